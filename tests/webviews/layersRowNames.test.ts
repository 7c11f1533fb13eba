// A row named from the graph is also found, and explained, by the name its file stores and each model's own name
// for it: the filter matches them and the name cell's tooltip lists them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLayerTree, visibleLayerRows } from '../../extension/webviews/layers/layerTree';
import { rankedRows } from '../../extension/webviews/layers/moduleRanking';
import { nameFilter } from '../../extension/webviews/layers/nameFilter';
import { rowNames, rowTitle } from '../../extension/webviews/layers/rowNames';
import { PROBE } from './layersFixture';

const PROBE_WITH_STORED_NAMES = {
  ...PROBE,
  tensors: PROBE.tensors.map((t) => t.name === 'features.3.weight' ? { ...t, stored: 'Parameter91', matchedAs: [null, 'Parameter91_quantized'] } : t),
};
const keys = (rows: readonly { node: { key: string } }[]) => rows.map((r) => r.node.key);

test('a tensor answers to its own, its stored and each model\'s name; modules to their own only', () => {
  const tree = buildLayerTree(PROBE_WITH_STORED_NAMES);
  assert.deepEqual(rowNames(tree.byKey.get('features.3.weight')!), ['features.3.weight', 'Parameter91', 'Parameter91_quantized']);
  assert.deepEqual(rowNames(tree.byKey.get('features.0.weight')!), ['features.0.weight']);
  assert.deepEqual(rowNames(tree.byKey.get('features.3')!), ['features.3']);
});

test('filtering by the stored name finds the row and opens its module; by a model\'s name too, also in the ranking', () => {
  const tree = buildLayerTree(PROBE_WITH_STORED_NAMES);
  assert.deepEqual(keys(visibleLayerRows(tree, new Set(), nameFilter('parameter91', false).match)), ['features', 'features.3', 'features.3.weight']);
  assert.deepEqual(keys(visibleLayerRows(tree, new Set(), nameFilter('_quantized$', true).match)), ['features', 'features.3', 'features.3.weight']);
  assert.deepEqual(keys(visibleLayerRows(buildLayerTree(PROBE), new Set(), nameFilter('parameter91', false).match)), []);
  assert.deepEqual(keys(rankedRows(tree, null, nameFilter('Parameter91', false).match)), []); // the ranking lists modules, none named so
});

test('the tooltip gives the full name, the stored name and the model that stores it differently', () => {
  const tree = buildLayerTree(PROBE_WITH_STORED_NAMES);
  assert.equal(rowTitle(tree.byKey.get('features.3.weight')!, ['cnn', 'p90']),
    'features.3.weight\nstored in the file as Parameter91\np90 stores it as Parameter91_quantized');
  assert.equal(rowTitle(tree.byKey.get('features.0.weight')!, ['cnn', 'p90']), 'features.0.weight');
  assert.equal(rowTitle(tree.byKey.get('')!, ['cnn', 'p90']), 'whole model');
});
