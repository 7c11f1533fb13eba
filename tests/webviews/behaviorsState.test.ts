// Behaviors' stored state, image decoding and header histograms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseBase, DEFAULT_STATE, parseBehaviorsState } from '../../extension/webviews/behaviors/behaviorsState';
import { histogramCounts } from '../../extension/webviews/behaviors/headerChart';
import { crispScale, decodeBase64, toRgba } from '../../extension/webviews/behaviors/instancePixels';

test('state keeps valid choices and drops what an older build stored', () => {
  assert.deepEqual(parseBehaviorsState(undefined), DEFAULT_STATE);
  const stored = { base: 'p50', rows: 'instances', metric: 'meanKl', relative: true, sort: { modelId: 'q8', descending: true }, search: 'shirt', change: 'broken', changeModel: 'q8', classIndex: 7 };
  assert.deepEqual(parseBehaviorsState({ ...stored, specUri: 'file:///x' }), stored);
  assert.deepEqual(parseBehaviorsState({ rows: 'tables', metric: 'f1', relative: 'yes', sort: { descending: true }, change: 'sideways', base: '', classIndex: -1 }), DEFAULT_STATE);
  assert.equal(parseBehaviorsState({ classIndex: 2.5 }).classIndex, null);
});

test('the stored base wins while it is compared; otherwise the host default', () => {
  const models = [{ id: 'cnn' }, { id: 'p50' }];
  assert.equal(chooseBase({ ...DEFAULT_STATE, base: 'p50' }, models, 'cnn'), 'p50');
  assert.equal(chooseBase({ ...DEFAULT_STATE, base: 'gone' }, models, 'cnn'), 'cnn');
  assert.equal(chooseBase(DEFAULT_STATE, models, 'cnn'), 'cnn');
});

test('grey and RGB bytes become RGBA; a wrong size says which', () => {
  assert.deepEqual([...toRgba(new Uint8Array([0, 128, 255, 7]), [2, 2, 1])], [0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255, 7, 7, 7, 255]);
  assert.deepEqual([...toRgba(new Uint8Array([1, 2, 3, 4, 5, 6]), [1, 2, 3])], [1, 2, 3, 255, 4, 5, 6, 255]);
  assert.throws(() => toRgba(new Uint8Array(3), [2, 2, 1]), /3 bytes, but a 2×2×1 image needs 4/);
  assert.throws(() => toRgba(new Uint8Array(8), [2, 2, 2]), /1 \(grey\) or 3 \(RGB\) channels, not 2/);
  assert.deepEqual([...decodeBase64(Buffer.from([9, 200, 0]).toString('base64'))], [9, 200, 0]);
});

test('images scale by a whole factor that fits the box', () => {
  assert.equal(crispScale(8, 8, 224), 28);
  assert.equal(crispScale(28, 28, 224), 8);
  assert.equal(crispScale(32, 300, 224), 1);
});

test('histogram counts finite values per bin, the top edge in the last bin', () => {
  assert.deepEqual(histogramCounts([0, 0.1, 0.5, 1, null, NaN], [0, 1], 4), [2, 0, 1, 1]);
  assert.deepEqual(histogramCounts([-0.3, 0.3], [-0.3, 0.3], 2), [1, 1]);
  assert.deepEqual(histogramCounts([1], [1, 1], 2), [0, 0]);
});
