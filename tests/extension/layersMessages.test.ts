// Layers webview ⇄ host messages: the host acts only on well-formed requests, the webview only on well-formed answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLayersHostMessage, parseLayersMessage } from '../../protocol/layersWebview';
import { parseWebviewMessage } from '../../protocol/webview';
import { PROBE } from '../webviews/layersFixture';

test('the overview asks for Layers on one or more models', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'compareLayers', ids: ['a', 'b'] }), { type: 'compareLayers', ids: ['a', 'b'] });
  assert.equal(parseWebviewMessage({ type: 'compareLayers', ids: [] }), undefined);
  assert.equal(parseWebviewMessage({ type: 'compareLayers', ids: [3] }), undefined);
});

test('ready and probe requests are accepted and trimmed to their fields; others are dropped', () => {
  assert.deepEqual(parseLayersMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
  assert.deepEqual(parseLayersMessage({ type: 'probe', base: 'cnn', files: ['/etc/passwd'] }), { type: 'probe', base: 'cnn' });
  assert.equal(parseLayersMessage({ type: 'probe', base: '' }), undefined);
  assert.equal(parseLayersMessage({ type: 'probe' }), undefined);
  assert.equal(parseLayersMessage({ type: 'compare', base: 'cnn' }), undefined);
  assert.equal(parseLayersMessage(null), undefined);
});

test('the webview takes setup, probing, probed and probeFailed of the right shape', () => {
  assert.deepEqual(parseLayersHostMessage({ type: 'setup', specName: 'm.json', models: [{ id: 'cnn', label: 'CNN' }, { id: 7 }], defaultBase: 'cnn' }),
    { type: 'setup', specName: 'm.json', models: [{ id: 'cnn', label: 'CNN' }], defaultBase: 'cnn' });
  assert.equal(parseLayersHostMessage({ type: 'setup', specName: 'm.json', models: [], defaultBase: 'cnn' }), undefined);
  assert.deepEqual(parseLayersHostMessage({ type: 'probing', base: 'cnn' }), { type: 'probing', base: 'cnn' });
  assert.deepEqual(parseLayersHostMessage({ type: 'probed', base: 'cnn', result: PROBE }), { type: 'probed', base: 'cnn', result: PROBE });
  assert.deepEqual(parseLayersHostMessage({ type: 'probeFailed', base: 'cnn', message: 'Fix the artifact path.' }),
    { type: 'probeFailed', base: 'cnn', message: 'Fix the artifact path.' });
});

test('a probe result missing an array the view indexes into is dropped', () => {
  for (const key of ['tensors', 'modules', 'unmatched', 'changeBands', 'models'] as const) {
    assert.equal(parseLayersHostMessage({ type: 'probed', base: 'cnn', result: { ...PROBE, [key]: undefined } }), undefined, key);
  }
  assert.equal(parseLayersHostMessage({ type: 'probed', base: 'cnn', result: { ...PROBE, tensors: [{ name: 'x' }] } }), undefined);
  assert.equal(parseLayersHostMessage({ type: 'probed', base: 'cnn', result: { ...PROBE, models: [] } }), undefined);
});
