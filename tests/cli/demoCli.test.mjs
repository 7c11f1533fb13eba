// The CLI as scripts use it, from the repository root: `demo` builds the Fashion-MNIST demo (Debian's
// dataset-fashion-mnist, installed by scripts/setup.sh), `summarize` reads it back, `compress` adds to it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const Ajv = createRequire(join(root, 'extension/package.json'))('ajv');
const work = mkdtempSync(join(tmpdir(), 'cc-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(...args) {
  const stdout = execFileSync('dotnet', ['run', '--project', 'backend', '-c', 'Release', '--no-build', '--', ...args],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, timeout: 600_000 });
  return JSON.parse(stdout);
}

test('demo --dataset fashion-mnist builds 25+ real models measured on the 10,000 test images', { timeout: 900_000 }, () => {
  const folder = join(work, 'fashion');
  const report = cli('demo', folder, '--dataset', 'fashion-mnist', '--seed', '3');
  assert.ok(report.models >= 25, `${report.models} models`);
  for (const field of ['trainSeconds', 'compressSeconds', 'measureSeconds', 'peakWorkingSetBytes']) assert.ok(report[field] > 0, field);

  // What the backend writes is what the editor's schema accepts.
  const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(root, 'protocol/spec.schema.json'), 'utf8')));
  assert.ok(validate(JSON.parse(readFileSync(join(folder, 'models.json'), 'utf8'))), JSON.stringify(validate.errors));

  const spec = cli('summarize', join(folder, 'models.json'));
  assert.deepEqual(spec.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.equal(spec.dataset.classes.length, 10);
  assert.deepEqual(spec.dataset.instance.shape, [28, 28]);
  for (const model of spec.models) assert.ok(existsSync(join(folder, model.artifact)), model.artifact);
  const byId = Object.fromEntries(spec.models.map((m) => [m.id, m.metrics]));
  assert.ok(byId.cnn['Top-1 Accuracy'] > 0.8, `cnn accuracy ${byId.cnn['Top-1 Accuracy']}`);
  assert.ok(byId['cnn-int8']['Model Size'] < byId.cnn['Model Size'] / 2.5, 'int8 really shrinks the file');

  const child = cli('compress', join(folder, 'models.json'), '--model', 'cnn-prune50', '--operation', 'Int8 Quantize', '--id', 'cnn-prune50-q8');
  assert.equal(child.base, 'cnn-prune50');
  assert.equal(cli('summarize', join(folder, 'models.json')).models.at(-1).id, 'cnn-prune50-q8');
});
