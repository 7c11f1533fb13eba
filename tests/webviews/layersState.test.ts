// What the Layers panel restores from vscode.getState, header-click sorting, and cell text/hover numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellText, cellTitle } from '../../extension/webviews/layers/cellText';
import { buildLayerTree } from '../../extension/webviews/layers/layerTree';
import { DEFAULT_STATE, metricForCells, nextSort, parseLayersState } from '../../extension/webviews/layers/layersState';
import { PROBE } from './layersFixture';

test('a stored state comes back whole', () => {
  const stored = { base: 'cnn', cells: 'weights', sortMetric: 'relL2', sort: { model: 'p90', metric: 'changed', descending: true },
    expanded: ['features'], filter: 'conv', unmatchedOpen: true };
  assert.deepEqual(parseLayersState(stored), stored);
});

test('anything malformed falls back field by field', () => {
  assert.deepEqual(parseLayersState(undefined), DEFAULT_STATE);
  const parsed = parseLayersState({ base: '', cells: 'pixels', sortMetric: 'accuracy', sort: { model: 'p90', metric: 'kl' },
    expanded: ['a', 3, null], filter: 'x'.repeat(500), unmatchedOpen: 'yes' });
  assert.deepEqual(parsed, { ...DEFAULT_STATE, expanded: ['a'], filter: 'x'.repeat(200) });
});

test('a header click sorts descending, then ascending, then not at all', () => {
  const first = nextSort(null, 'p90', 'sparsity');
  assert.deepEqual(first, { model: 'p90', metric: 'sparsity', descending: true });
  const second = nextSort(first, 'p90', 'sparsity');
  assert.deepEqual(second, { model: 'p90', metric: 'sparsity', descending: false });
  assert.equal(nextSort(second, 'p90', 'sparsity'), null);
  assert.deepEqual(nextSort(second, 'cnn', 'sparsity'), { model: 'cnn', metric: 'sparsity', descending: true });
  assert.deepEqual(nextSort(first, 'p90', 'relL2'), { model: 'p90', metric: 'relL2', descending: true });
  assert.deepEqual(['sparsity', 'weights', 'change'].map((c) => metricForCells(c as 'sparsity')), ['sparsity', 'changed', 'relL2']);
});

test('cells show sparsity as a percentage and change as relL2; the hover lists every number', () => {
  const weight = buildLayerTree(PROBE).byKey.get('features.0.weight')!;
  assert.equal(cellText(weight, 1, 'sparsity'), '90.0%');
  assert.equal(cellText(weight, 1, 'change'), '0.9500');
  assert.equal(cellText(weight, 0, 'change'), 'base');
  const title = cellTitle(weight, 1, 'p90', false);
  for (const part of ['Tensor features.0.weight · p90', 'params 72', 'shape [8, 1, 3, 3]', 'sparsity 90.0%', 'min -1.000 · max 1.000',
    'mean 0.01000 · std 0.5000', 'relL2 0.9500', 'changed 90.0%']) assert.ok(title.includes(part), `${part} in ${title}`);
  assert.ok(!cellTitle(weight, 0, 'cnn', true).includes('relL2'));
  const missing = buildLayerTree(PROBE).byKey.get('classifier.weight')!;
  assert.equal(cellText(missing, 1, 'sparsity'), '—');
  assert.match(cellTitle(missing, 1, 'p90', false), /no matching values/);
});
