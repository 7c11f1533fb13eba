// Weights cells: stacked-histogram geometry and a module's histogram pooled from its tensors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLayerTree } from '../../extension/webviews/layers/layerTree';
import { bandPaths, pooledHistogram, stackedRects, tensorHistogram } from '../../extension/webviews/layers/stackedHistogram';
import { PROBE } from './layersFixture';

test('bands stack bottom-up from the least changed and the tallest bin fills the height', () => {
  const rects = stackedRects([[1, 2], [3, 0]], 100, 40);
  assert.deepEqual(rects, [
    { band: 0, x: 0, y: 30, width: 50, height: 10 },
    { band: 1, x: 0, y: 0, width: 50, height: 30 },
    { band: 0, x: 50, y: 20, width: 50, height: 20 },
  ]);
});

test('an empty histogram draws nothing', () => {
  assert.deepEqual(stackedRects([[0, 0]], 100, 40), []);
  assert.deepEqual(stackedRects([], 100, 40), []);
});

test('the base column shows the plain histogram; others the base\'s values split by change band', () => {
  const weight = buildLayerTree(PROBE).byKey.get('features.0.weight')!;
  assert.deepEqual(tensorHistogram(weight, 0)!.bands, [[2, 6, 10, 6, 2]]);
  const p90 = tensorHistogram(weight, 1)!;
  assert.equal(p90.bands.length, 5);
  // The change bands of a model split the base's values: summed per bin they are the base's histogram.
  assert.deepEqual(p90.bands[0].map((_, i) => p90.bands.reduce((s, b) => s + b[i], 0)), [2, 6, 10, 6, 2]);
  assert.equal(tensorHistogram(buildLayerTree(PROBE).byKey.get('classifier.weight')!, 1), null);
});

test('a module pools its tensors\' counts on shared bins, each count moved whole to the bin of its centre', () => {
  const tree = buildLayerTree(PROBE);
  const pooled = pooledHistogram(tree.byKey.get('features')!, 0, 5)!;
  assert.equal(pooled.binMin, -1);
  assert.equal(pooled.binMax, 1);
  // features.0.weight + features.0.bias + features.3.weight, bin by bin (same ranges here).
  assert.deepEqual(pooled.bands, [[102, 308, 366, 308, 102]]);
  const coarse = pooledHistogram(tree.byKey.get('features.0')!, 1, 2)!;
  // Bin centres -0.8, -0.4 → first half; 0 → second (the edge belongs to the upper bin); 0.4, 0.8 → second.
  assert.deepEqual(coarse.bands[4], [7, 15]);
  assert.equal(coarse.bands.flat().reduce((a, b) => a + b, 0), 26 + 8);
});

test('each band becomes one path of its rects, empty bands none', () => {
  const rects = stackedRects([[1, 2], [3, 0], [0, 0]], 100, 40);
  assert.deepEqual(bandPaths(rects, 3), ['M0 30h50v10h-50ZM50 20h50v20h-50Z', 'M0 0h50v30h-50Z', '']);
});
