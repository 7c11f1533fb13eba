// Layers webview ⇄ host params: the host acts only on well-formed requests, the webview only on well-formed
// envelopes of the host's notifications (a probe result was validated by the host at the backend connection).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLayersNotification, parseProbeParams } from '../../protocol/layersWebview';
import { cachedProbe } from '../../extension/src/panels/layersProbeCache';
import { PROBE, PROBE_WITH_ACTIVATIONS } from '../webviews/layersFixture';

test('probe params are accepted and trimmed to their fields; others are dropped', () => {
  assert.deepEqual(parseProbeParams({ base: 'cnn', files: ['/etc/passwd'] }), { base: 'cnn' });
  assert.equal(parseProbeParams({ base: '' }), undefined);
  assert.equal(parseProbeParams({}), undefined);
  assert.equal(parseProbeParams({ model: 'cnn' }), undefined);
  assert.equal(parseProbeParams(null), undefined);
});

test('a probe may ask for activations on 1 to 10,000 instances; 0 or null mean weights only; anything else is dropped', () => {
  assert.deepEqual(parseProbeParams({ base: 'cnn', activations: 64 }), { base: 'cnn', activations: 64 });
  assert.deepEqual(parseProbeParams({ base: 'cnn', activations: 10_000 }), { base: 'cnn', activations: 10_000 });
  assert.deepEqual(parseProbeParams({ base: 'cnn', activations: 0 }), { base: 'cnn' });
  assert.deepEqual(parseProbeParams({ base: 'cnn', activations: null }), { base: 'cnn' });
  for (const bad of [10_001, -1, 2.5, '64', Number.NaN, Infinity, [64]]) {
    assert.equal(parseProbeParams({ base: 'cnn', activations: bad }), undefined, String(bad));
  }
});

test('the webview takes setup, probing, probed and probeFailed envelopes of the right shape', () => {
  assert.deepEqual(parseLayersNotification({ type: 'setup', specName: 'm.json', models: [{ id: 'cnn', label: 'CNN' }, { id: 7 }], defaultBase: 'cnn' }),
    { type: 'setup', specName: 'm.json', models: [{ id: 'cnn', label: 'CNN' }], defaultBase: 'cnn' });
  assert.equal(parseLayersNotification({ type: 'setup', specName: 'm.json', models: [], defaultBase: 'cnn' }), undefined);
  assert.deepEqual(parseLayersNotification({ type: 'probing', base: 'cnn' }), { type: 'probing', base: 'cnn', activations: null });
  assert.deepEqual(parseLayersNotification({ type: 'probing', base: 'cnn', activations: 64 }), { type: 'probing', base: 'cnn', activations: 64 });
  assert.deepEqual(parseLayersNotification({ type: 'probed', base: 'cnn', result: PROBE }), { type: 'probed', base: 'cnn', activations: null, result: PROBE });
  assert.deepEqual(parseLayersNotification({ type: 'probed', base: 'cnn', activations: 4, result: PROBE_WITH_ACTIVATIONS }),
    { type: 'probed', base: 'cnn', activations: 4, result: PROBE_WITH_ACTIVATIONS });
  assert.deepEqual(parseLayersNotification({ type: 'probeFailed', base: 'cnn', message: 'Fix the artifact path.' }),
    { type: 'probeFailed', base: 'cnn', activations: null, message: 'Fix the artifact path.' });
  assert.deepEqual(parseLayersNotification({ type: 'probeFailed', base: 'cnn', activations: 64, message: 'The spec has no dataset.' }),
    { type: 'probeFailed', base: 'cnn', activations: 64, message: 'The spec has no dataset.' });
  assert.equal(parseLayersNotification({ type: 'probing', base: 'cnn', activations: 'many' }), undefined);
  assert.equal(parseLayersNotification({ type: 'probed', base: 'cnn', activations: 10_001, result: PROBE }), undefined, 'an echoed count out of bounds');
  assert.equal(parseLayersNotification({ type: 'probed', base: '', result: PROBE }), undefined);
  assert.equal(parseLayersNotification({ type: 'probeFailed', base: 'cnn' }), undefined, 'a failure without its message');
  assert.equal(parseLayersNotification({ type: 'other', base: 'cnn' }), undefined);
});

test('a probe result passes on as the host sent it: the host validated it at the backend connection', () => {
  const parsed = parseLayersNotification({ type: 'probed', base: 'cnn', activations: 4, result: PROBE_WITH_ACTIVATIONS });
  assert.equal(parsed?.type === 'probed' && parsed.result, PROBE_WITH_ACTIVATIONS);
});

test('the host re-sends a finished probe for the same base and count; a weights-only request takes one with activations too', () => {
  const weights = { base: 'cnn', activations: null, result: PROBE };
  const outputs = { base: 'cnn', activations: 64, result: PROBE_WITH_ACTIVATIONS };
  assert.equal(cachedProbe(weights, 'cnn', null), weights);
  assert.equal(cachedProbe(weights, 'cnn', 64), undefined, 'activations not run yet');
  assert.equal(cachedProbe(outputs, 'cnn', 64), outputs);
  assert.equal(cachedProbe(outputs, 'cnn', null), outputs);
  assert.equal(cachedProbe(outputs, 'cnn', 128), undefined, 'another sample size runs again');
  assert.equal(cachedProbe(outputs, 'p90', null), undefined, 'another base');
  assert.equal(cachedProbe(undefined, 'cnn', null), undefined);
});
