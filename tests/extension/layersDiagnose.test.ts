// "Which layer broke it?" between the Layers webview and its host: the host acts only on well-formed diagnose and
// restore requests, the webview only on well-formed diagnosis envelopes, and "Restore this module" becomes the compress
// command with the Restore Module operation (stubbed here: that command comes with the compress branch), its failures
// turned into messages that say what to do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDiagnoseParams, parseLayersNotification, parseRestoreParams } from '../../protocol/layersWebview';
import { COMPRESS_MODEL_COMMAND, restoreModule, type CompressModelArgs } from '../../extension/src/panels/restoreModule';

test('diagnose params need a base, another model and 1 to 100,000 instances; depth and sensitivity are optional', () => {
  assert.deepEqual(parseDiagnoseParams({ base: 'cnn', model: 'p90', instances: 256, path: '/etc' }),
    { base: 'cnn', model: 'p90', instances: 256, depth: null, sensitivity: false });
  assert.deepEqual(parseDiagnoseParams({ base: 'cnn', model: 'p90', instances: 8, depth: 2, sensitivity: true }),
    { base: 'cnn', model: 'p90', instances: 8, depth: 2, sensitivity: true });
  for (const bad of [
    { base: 'cnn', model: 'p90', instances: 8, depth: 0 },
    { base: 'cnn', model: 'p90', instances: 8, depth: 1.5 },
    { base: 'cnn', model: 'p90', instances: 8, sensitivity: 'yes' },
    { base: 'cnn', model: 'cnn', instances: 256 },
    { base: 'cnn', model: 'p90', instances: 0 },
    { base: 'cnn', model: 'p90', instances: 100_001 },
    { base: 'cnn', model: 'p90', instances: 2.5 },
    { base: 'cnn', model: '', instances: 8 },
    { model: 'p90', instances: 8 },
    null,
  ]) assert.equal(parseDiagnoseParams(bad), undefined, JSON.stringify(bad));
});

test('restore params name a module as a string, the whole model ("") included', () => {
  assert.deepEqual(parseRestoreParams({ base: 'cnn', model: 'p90', module: 'features.0', extra: 1 }), { base: 'cnn', model: 'p90', module: 'features.0' });
  assert.deepEqual(parseRestoreParams({ base: 'cnn', model: 'p90', module: '' }), { base: 'cnn', model: 'p90', module: '' });
  assert.equal(parseRestoreParams({ base: 'cnn', model: 'p90', module: 3 }), undefined);
  assert.equal(parseRestoreParams({ base: 'cnn', model: 'cnn', module: 'fc' }), undefined);
  assert.equal(parseRestoreParams({ base: 'cnn', model: 'p90', module: 'x'.repeat(5000) }), undefined);
});

test('the webview takes diagnosing, diagnosed, diagnoseFailed and restoreFailed envelopes of the right shape', () => {
  const key = { base: 'cnn', model: 'p90', instances: 64, depth: 1, sensitivity: true };
  const result = { base: 'cnn', model: 'p90', metric: 'accuracy', instances: 64, baseMetric: 1, modelMetric: 0.5, seconds: 1, modules: [] };
  assert.deepEqual(parseLayersNotification({ type: 'diagnosing', ...key }), { type: 'diagnosing', ...key });
  assert.deepEqual(parseLayersNotification({ type: 'diagnosed', ...key, result }), { type: 'diagnosed', ...key, result });
  assert.deepEqual(parseLayersNotification({ type: 'diagnoseFailed', ...key, message: 'Add a dataset.' }), { type: 'diagnoseFailed', ...key, message: 'Add a dataset.' });
  assert.deepEqual(parseLayersNotification({ type: 'restoreFailed', module: 'fc', message: 'No.' }), { type: 'restoreFailed', module: 'fc', message: 'No.' });
  assert.equal(parseLayersNotification({ type: 'diagnosed', ...key, result: 'nope' }), undefined);
  assert.equal(parseLayersNotification({ type: 'diagnosing', base: 'cnn', model: 'p90', instances: -1 }), undefined);
  assert.equal(parseLayersNotification({ type: 'diagnoseFailed', ...key }), undefined);
  assert.equal(parseLayersNotification({ type: 'restoreFailed', message: 'No.' }), undefined);
});

test('Restore this module runs the compress command with the Restore Module operation from the base', async () => {
  const calls: [string, CompressModelArgs][] = [];
  const spec = 'file:///w/models.json';
  const message = await restoreModule(async (command, args) => {
    calls.push([command, args]);
  }, spec, { base: 'cnn', model: 'p90', module: 'features.0' });
  assert.equal(message, undefined);
  assert.deepEqual(calls, [[COMPRESS_MODEL_COMMAND, { specUri: spec, model: 'p90', operation: 'Restore Module', parameters: { module: 'features.0', from: 'cnn' } }]]);
});

test('a failed or missing compress command becomes a message that says what to do', async () => {
  const missing = await restoreModule(() => Promise.reject(new Error("command 'compressCompare.compressModel' not found")), 'file:///w/models.json',
    { base: 'cnn', model: 'p90', module: 'fc' });
  assert.match(missing ?? '', /Update the extension, or run: compress --model p90 --operation "Restore Module"/);
  const failed = await restoreModule(() => Promise.reject(new Error('The spec changed meanwhile; nothing was written.')), 'file:///w/models.json',
    { base: 'cnn', model: 'p90', module: '' });
  assert.equal(failed, 'Restoring the whole model of p90 failed: The spec changed meanwhile; nothing was written.');
});
