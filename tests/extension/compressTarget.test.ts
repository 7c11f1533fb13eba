// compressCompare.compressModel's argument: the documented {specUri, model, operation?, parameters?} (what the Layers
// panel's "Restore this module" sends), the Model Map's context-menu payload, and refusals that say what to pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCompressArgument } from '../../extension/src/compress/compressTarget';

test('the documented argument runs directly when it names an operation and parameters', () => {
  assert.deepEqual(parseCompressArgument({ specUri: 'file:///w/models.json', model: 'cnn', operation: 'Restore Module', parameters: { module: 'features.0' } }),
    { specUri: 'file:///w/models.json', model: 'cnn', operation: 'Restore Module', parameters: { module: 'features.0' } });
  assert.deepEqual(parseCompressArgument({ specUri: 'file:///w/models.json', model: 'cnn' }), { specUri: 'file:///w/models.json', model: 'cnn' });
});

test('the Model Map context menu names the node under the pointer', () => {
  assert.deepEqual(parseCompressArgument({ webview: 'compressCompare.modelMap', webviewSection: 'model', modelId: 'm3', specUri: 'file:///w/models.json' }),
    { specUri: 'file:///w/models.json', model: 'm3' });
  assert.equal(typeof parseCompressArgument({ webviewSection: 'model' }), 'string');
});

test('no argument means the map selection; a malformed one is refused with what to pass', () => {
  assert.equal(parseCompressArgument(undefined), undefined);
  assert.equal(parseCompressArgument({ webview: 'x', webviewSection: 'map' }), undefined);
  assert.match(String(parseCompressArgument({ specUri: 'file:///w/models.json', model: 3 })), /specUri: string, model: string/);
  assert.match(String(parseCompressArgument({ specUri: 'file:///w/models.json', model: 'cnn', parameters: { amount: [0.5] } })), /parameters/);
  assert.match(String(parseCompressArgument({ specUri: 'file:///w/models.json', model: 'cnn', operation: '' })), /operation/);
});
