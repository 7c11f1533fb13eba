// The backend through the real client: the extension's BackendConnection (vscode-jsonrpc) talking to the
// published backend over stdio, exactly as in VS Code. Needs `scripts/build.sh` to have run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repoRoot';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { ProgressValue } from '../../protocol/generated/contract';
import { BackendConnection, BackendRequestError } from '../../extension/src/backend/backendConnection';
import { locateBackend } from '../../extension/src/backend/backendLocator';

const repo = repoRoot();
const extensionRoot = join(repo, 'extension');
const fixture = join(repo, 'tests/fixtures/specs/demo.models.json');
const logLines: string[] = [];
let backend: BackendConnection;
let work: string;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'cc-rpc-'));
  const command = locateBackend(extensionRoot, { backendPath: '', dotnetPath: '' });
  backend = await BackendConnection.start(command, { info: (l) => logLines.push(l), error: (l) => logLines.push(l) }, 'node-test', { trusted: true });
});

after(async () => {
  await backend?.stop();
});

test('initialize reports the protocol version and the process', () => {
  assert.equal(backend.info.protocolVersion, 2);
  assert.ok(backend.info.processId > 0);
  assert.ok(logLines.some((l) => /ready in \d+ ms/.test(l)), 'the start-up is logged');
});

test('spec/summarize returns what the CLI prints (one code path), camelCase intact', async () => {
  const viaRpc = await backend.request('spec/summarize', { path: fixture });
  const command = locateBackend(extensionRoot, { backendPath: '', dotnetPath: '' });
  const cliArgs = [...command.args.slice(0, -1), 'summarize', fixture];
  const viaCli = JSON.parse(execFileSync(command.file, cliArgs, { encoding: 'utf8' }));
  assert.deepEqual(viaRpc, viaCli);
  // Non-default values in every nested record: a camelCase mis-binding would turn these into null/0/false.
  const prune = viaRpc.models.find((m) => m.id === 'cnn-prune50')!;
  assert.equal(prune.base, 'cnn');
  assert.deepEqual(prune.operation, { name: 'Magnitude Prune', parameters: { amount: 0.5, scope: 'global' } });
  assert.ok(prune.line > 1 && prune.column > 1);
  const size = viaRpc.metrics.find((m) => m.name === 'Model Size')!;
  assert.deepEqual(size, { name: 'Model Size', min: 0, max: null, primary: true, format: '.3~s', unit: 'B' });
  assert.deepEqual(viaRpc.operations[0].parameters[1], { name: 'scope', type: 'ordinal', min: null, max: null, options: ['global', 'skip first/norm layers'] });
  assert.deepEqual(viaRpc.roots, ['cnn']);
});

test('spec/summarize reads unsaved editor text instead of the file when given', async () => {
  const text = JSON.stringify({ metrics: [], models: [{ id: 'a' }, { id: 'a' }] });
  const summary = await backend.request('spec/summarize', { path: fixture, text });
  assert.deepEqual(summary.models.map((m) => m.id), ['a']);
  assert.equal(summary.diagnostics.find((d) => d.code === 'duplicate-id')?.line, 1);
});

test('a missing spec is an application error with a hint, and the connection survives it', async () => {
  const missing = join(work, 'nope.models.json');
  await assert.rejects(backend.request('spec/summarize', { path: missing }), (e: BackendRequestError) => {
    assert.equal(e.code, 1001);
    assert.match(e.message, /does not exist/);
    assert.ok(e.hint);
    assert.equal(e.file, missing);
    return true;
  });
  await assert.rejects(backend.request('spec/summarize', { path: 'relative/models.json' }), (e: BackendRequestError) => e.code === 1002);
  assert.equal((await backend.request('spec/summarize', { path: fixture })).models.length, 20);
});

test('spec/validateMany reports progress and turns unreadable files into diagnostics', async () => {
  const paths = Array.from({ length: 5 }, (_, i) => {
    const p = join(work, `s${i}.models.json`);
    copyFileSync(fixture, p);
    return p;
  });
  paths.push(join(work, 'gone.models.json'));
  const reports: ProgressValue[] = [];
  const result = await backend.request('spec/validateMany', { paths }, undefined, (p) => reports.push(p));
  assert.deepEqual(result.results.map((r) => r.modelCount), [20, 20, 20, 20, 20, 0]);
  assert.equal(result.results[5].diagnostics[0].code, 'file-unreadable');
  await waitFor(() => reports.some((r) => r.kind === 'end'));
  assert.equal(reports[0].kind, 'begin');
  assert.ok(reports.filter((r) => r.kind === 'report').length >= 6);
});

test('cancelling a request ($/cancelRequest) stops the work promptly and keeps the backend usable', async () => {
  const big = join(work, 'big.models.json');
  const models = Array.from({ length: 4000 }, (_, i) => ({ id: `m${i}`, base: i ? `m${Math.floor(i / 3)}` : null, metrics: { acc: i / 4000 } }));
  writeFileSync(big, JSON.stringify({ metrics: [{ name: 'acc' }], models }));
  const source = new CancellationTokenSource();
  const started = Date.now();
  const request = backend.request('spec/validateMany', { paths: Array(2000).fill(big) }, source.token, () => source.cancel());
  await assert.rejects(request, (e: BackendRequestError) => e.code === -32800);
  assert.ok(Date.now() - started < 20_000, 'cancelled long before 2000 files were read');
  assert.equal((await backend.request('spec/summarize', { path: fixture })).models.length, 20);
});

async function waitFor(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
