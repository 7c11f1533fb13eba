// Layers webview ⇄ host params: the host acts only on well-formed requests, the webview only on well-formed answers.
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

test('the webview takes setup, probing, probed and probeFailed of the right shape', () => {
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
});

test('activations the view would index into must be arrays of outputs; a malformed one drops the whole result', () => {
  const a = PROBE_WITH_ACTIVATIONS.activations!;
  for (const bad of [{ ...a, outputs: undefined }, { ...a, unmatched: null }, { ...a, outputs: [{ name: 'x' }] }, { ...a, instances: '4' }, []]) {
    assert.equal(parseLayersNotification({ type: 'probed', base: 'cnn', activations: 4, result: { ...PROBE, activations: bad } }), undefined, JSON.stringify(bad));
  }
  assert.ok(parseLayersNotification({ type: 'probed', base: 'cnn', activations: 4, result: { ...PROBE, activations: null } }), 'null: the backend ran none');
});

test('a probe result missing an array the view indexes into is dropped', () => {
  for (const key of ['tensors', 'modules', 'unmatched', 'changeBands', 'models'] as const) {
    assert.equal(parseLayersNotification({ type: 'probed', base: 'cnn', result: { ...PROBE, [key]: undefined } }), undefined, key);
  }
  assert.equal(parseLayersNotification({ type: 'probed', base: 'cnn', result: { ...PROBE, tensors: [{ name: 'x' }] } }), undefined);
  assert.equal(parseLayersNotification({ type: 'probed', base: 'cnn', result: { ...PROBE, models: [] } }), undefined);
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
