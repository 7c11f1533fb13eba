// Add Model to Spec…'s id step: the backend's safe-id rule and the spec's ids checked as the user types, a free id
// suggested from the file's name, and tags split as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idProblem, parseTags, suggestId } from '../../extension/src/addModel/modelId';

const taken = new Set(['cnn', 'my-net']);

test('an id the spec has, an unsafe id and an empty one are refused, each saying why', () => {
  assert.match(idProblem('cnn', taken) ?? '', /already has a model "cnn"/);
  for (const unsafe of ['../x', 'a/b', '-lead', 'dots..', 'end.', 'x'.repeat(129), 'with space'])
    assert.match(idProblem(unsafe, taken) ?? '', /letters, digits/, unsafe);
  assert.match(idProblem('', taken) ?? '', /Give the new model an id/);
  assert.equal(idProblem('cnn-2', taken), undefined);
  assert.equal(idProblem('ResNet18_int8+v2.1', taken), undefined);
});

test('the suggestion is the file name made safe, and free in the spec', () => {
  assert.equal(suggestId('ResNet 18 (pruned).onnx', taken), 'ResNet-18-pruned');
  assert.equal(suggestId('my-net.onnx', taken), 'my-net-2');
  assert.equal(suggestId('cnn.SAFETENSORS', taken), 'cnn-2');
  assert.equal(suggestId('__.onnx', taken), 'model');
  for (const name of ['ResNet 18 (pruned).onnx', '..weird..name.onnx', 'ü.onnx']) assert.equal(idProblem(suggestId(name, taken), taken), undefined, name);
});

test('tags are comma-separated, trimmed, and empty ones dropped', () => {
  assert.deepEqual(parseTags(' mine, v2 ,,'), ['mine', 'v2']);
  assert.deepEqual(parseTags(''), []);
});
