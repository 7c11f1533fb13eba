// The CLI as a pipeline uses it, through the real process (`dotnet run`, built beforehand): `check` exits 0 when every
// threshold holds and 1 when one does not, 2 on a usage error naming the closest option; --help, --version and shell
// completion through the [suggest] directive.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'cc-check-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(...args) {
  const run = spawnSync('dotnet', ['run', '--project', 'backend', '-c', 'Release', '--no-build', '--', ...args],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  assert.equal(run.error, undefined, String(run.error));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const spec = join(work, 'models.json');
writeFileSync(spec, JSON.stringify({
  metrics: [
    { name: 'Top-1 Accuracy', min: 0, max: 1, format: '.2~%' },
    { name: 'Model Size', min: 0, format: '.3~s', unit: 'B' },
  ],
  models: [
    { id: 'base', metrics: { 'Top-1 Accuracy': 0.91, 'Model Size': 8e6 } },
    { id: 'int8', base: 'base', metrics: { 'Top-1 Accuracy': 0.905, 'Model Size': 2e6 } },
  ],
}));

test('check exits 0 when every threshold holds and prints each verdict', { timeout: 180_000 }, () => {
  const { status, stdout } = cli('check', spec, '--base', 'base', '--model', 'int8', '--max-drop', 'Top-1 Accuracy=0.01', '--max', 'Model Size=5MB');
  const report = JSON.parse(stdout);
  assert.equal(status, 0, stdout);
  assert.equal(report.passed, true);
  assert.deepEqual(report.checks.map((c) => [c.metric, c.kind, c.passed, c.source]),
    [['Top-1 Accuracy', 'max-drop', true, 'spec'], ['Model Size', 'max', true, 'spec']]);
  assert.equal(report.checks[1].threshold, 5e6);
});

test('check exits 1 when a threshold does not hold', { timeout: 180_000 }, () => {
  const { status, stdout } = cli('check', spec, '--base', 'base', '--model', 'int8', '--max-drop', 'Top-1 Accuracy=0.1%');
  const report = JSON.parse(stdout);
  assert.equal(status, 1, stdout);
  assert.equal(report.passed, false);
  assert.equal(report.checks[0].relative, 0.001);
});

test('an unknown flag exits 2 naming the closest valid one; an unknown metric exits 2 listing the spec\'s', { timeout: 180_000 }, () => {
  let { status, stdout } = cli('check', spec, '--base', 'base', '--modle', 'int8');
  assert.equal(status, 2, stdout);
  assert.match(JSON.parse(stdout).error.message, /Unknown option '--modle' for check; did you mean --model\?/);
  ({ status, stdout } = cli('check', spec, '--base', 'base', '--model', 'int8', '--min', 'Accuracy=0.9'));
  assert.equal(status, 2, stdout);
  const { error } = JSON.parse(stdout);
  assert.match(error.message, /no metric "Accuracy"/);
  assert.match(error.hint, /"Top-1 Accuracy", "Model Size"/);
});

test('--help, --version and completion print text on stdout and exit 0', { timeout: 180_000 }, () => {
  const help = cli('check', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--max-drop/);
  assert.match(help.stdout, /Prints on stdout:/);
  const version = cli('--version');
  assert.equal(version.status, 0);
  assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
  const suggest = cli('[suggest:4]', 'summ');
  assert.equal(suggest.status, 0);
  assert.deepEqual(suggest.stdout.trim().split('\n'), ['summarize']);
  const options = cli('[suggest:15]', 'explain x.json ');
  assert.ok(options.stdout.split('\n').includes('--models'), options.stdout);
  const script = cli('completion', 'bash');
  assert.equal(script.status, 0);
  assert.match(script.stdout, /complete -o default -F _cc_complete_CompressCompare_Backend 'CompressCompare.Backend'/);
});
