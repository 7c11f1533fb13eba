// What extension/package.json must keep for the extension to work where its data is: it runs on the workspace side
// under VS Code Remote (so the backend runs on the GPU box or server that holds the models), and it declares the
// execution-provider settings the backend is started with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repoRoot';

interface SettingSchema {
  type?: string;
  enum?: string[];
  default?: unknown;
  scope?: string;
}

const manifest = JSON.parse(readFileSync(join(repoRoot(), 'extension', 'package.json'), 'utf8')) as {
  extensionKind?: string[];
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, SettingSchema> };
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    viewsWelcome: { view: string; contents: string }[];
    walkthroughs: { id: string; steps: { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }[] }[];
  };
};
const settings = manifest.contributes.configuration.properties;

test('the extension is a workspace extension, so under Remote it and its backend run where the workspace is', () => {
  assert.deepEqual(manifest.extensionKind, ['workspace']);
});

test('the execution provider setting offers cpu and cuda, defaults to the cpu, and a remote machine can set its own', () => {
  const provider = settings['compressCompare.evaluation.executionProvider'];
  assert.deepEqual(provider?.enum, ['cpu', 'cuda']);
  assert.equal(provider?.default, 'cpu');
  assert.equal(provider?.scope, 'machine-overridable');
  const device = settings['compressCompare.evaluation.cudaDevice'];
  assert.equal(device?.type, 'integer');
  assert.equal(device?.default, 0);
});

test("the default spec glob finds the paper's *_models.json files, and each of its names also activates the extension", () => {
  const glob = settings['compressCompare.specGlob']?.default;
  assert.equal(glob, '**/{models.json,*.models.json,*_models.json}');
  const names = /^\*\*\/\{(.+)\}$/.exec(String(glob))?.[1].split(',') ?? [];
  for (const name of names) assert.ok(manifest.activationEvents.includes(`workspaceContains:**/${name}`), name);
});

test('the empty sidebar names the spec files in plain text: viewsWelcome renders backticks literally', () => {
  const welcome = manifest.contributes.viewsWelcome.find((w) => w.view === 'compressCompare.specs')?.contents ?? '';
  assert.doesNotMatch(welcome, /`/);
  assert.match(welcome, /"\*_models\.json"/);
  const declared = new Set(manifest.contributes.commands.map((c) => c.command));
  for (const [, command] of welcome.matchAll(/\(command:([\w.]+)/g)) {
    assert.ok(declared.has(command) || command.startsWith('workbench.'), `${command} is a declared command`);
  }
});

test('Open as Compress & Compare Spec is offered on JSON files in the Explorer and the editor', () => {
  assert.equal(manifest.contributes.commands.find((c) => c.command === 'compressCompare.openAsSpec')?.title, 'Open as Compress & Compare Spec');
  for (const menu of ['explorer/context', 'editor/context', 'editor/title/context']) {
    const item = manifest.contributes.menus[menu]?.find((m) => m.command === 'compressCompare.openAsSpec');
    assert.equal(item?.when, 'resourceExtname == .json', menu);
  }
});

test('the walkthrough goes demo → overview → sweep → behaviors → layers, each button a declared command, each step completable', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  assert.deepEqual(walkthrough.steps.map((s) => s.id), ['generateDemo', 'openOverview', 'selectSweep', 'compareBehaviors', 'compareLayers']);
  const declared = new Set(manifest.contributes.commands.map((c) => c.command));
  for (const step of walkthrough.steps) {
    const buttons = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
    assert.equal(buttons.length, 1, `${step.id} has one button`);
    assert.ok(declared.has(buttons[0]), `${step.id}: ${buttons[0]} is a declared command`);
    assert.ok(step.completionEvents?.length, `${step.id} can complete`);
    for (const event of step.completionEvents ?? []) {
      const command = /^onCommand:(.+)$/.exec(event)?.[1];
      if (command) assert.ok(declared.has(command), `${step.id}: ${event}`);
      else assert.match(event, /^onContext:compressCompare\.\w+/, `${step.id}: ${event}`);
    }
    assert.ok(step.media.markdown && existsSync(join(repoRoot(), 'extension', step.media.markdown)), `${step.id}: ${step.media.markdown}`);
  }
  assert.equal(walkthrough.steps[0].description.match(/command:([\w.]+)/)?.[1], 'compressCompare.generateDemo');
});

const marketplace = JSON.parse(readFileSync(join(repoRoot(), 'extension', 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  icon?: string;
  repository?: { url?: string };
  license?: string;
  keywords?: string[];
  categories?: string[];
};

test('engines.vscode is the @types/vscode version the host type-checks against (the API floor), at most 1.100', () => {
  const floor = /^\^(\d+)\.(\d+)\.\d+$/.exec(marketplace.engines.vscode);
  assert.ok(floor, `engines.vscode "${marketplace.engines.vscode}" is a caret range`);
  assert.equal(marketplace.devDependencies['@types/vscode'], marketplace.engines.vscode.slice(1), 'vsce refuses @types/vscode newer than engines; older would hide API the floor lacks');
  assert.ok(Number(floor[1]) === 1 && Number(floor[2]) <= 100, 'code-server 4.100.3 (VS Code 1.100) runs the tests');
});

test('the Marketplace metadata is there: a 128×128 PNG icon, repository, licence file, changelog, keywords, categories', () => {
  const extension = join(repoRoot(), 'extension');
  const icon = readFileSync(join(extension, marketplace.icon ?? 'missing-icon'));
  assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG', 'the icon is a PNG (the Marketplace refuses SVG icons)');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  assert.match(marketplace.repository?.url ?? '', /^https:\/\//);
  assert.equal(marketplace.license, 'MIT');
  assert.match(readFileSync(join(extension, 'LICENSE.txt'), 'utf8'), /^MIT License/);
  assert.ok(existsSync(join(extension, 'CHANGELOG.md')));
  assert.ok((marketplace.keywords?.length ?? 0) >= 3 && (marketplace.keywords?.length ?? 0) <= 30, 'the Marketplace takes up to 30 keywords');
  assert.ok(marketplace.categories?.includes('Machine Learning'));
});
