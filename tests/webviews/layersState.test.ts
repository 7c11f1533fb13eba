// What the Layers panel restores from vscode.getState, header-click sorting, and cell text/hover numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellText, cellTitle } from '../../extension/webviews/layers/cellText';
import { buildLayerTree } from '../../extension/webviews/layers/layerTree';
import { DEFAULT_STATE, metricForCells, nextSort, parseLayersState, parseSampleSize, sourceOfCells } from '../../extension/webviews/layers/layersState';
import { PROBE } from './layersFixture';

test('a stored state comes back whole', () => {
  const stored = { base: 'cnn', cells: 'weights', sortMetric: 'relL2', sort: { model: 'p90', metric: 'changed', descending: true },
    rank: 'model', expanded: ['features'], filter: 'conv', filterRegex: true, unmatchedOpen: true, sampleSize: 128 };
  assert.deepEqual(parseLayersState(stored), stored);
  assert.equal(parseLayersState({ ...stored, cells: 'activations' }).cells, 'activations');
});

test('anything malformed falls back field by field', () => {
  assert.deepEqual(parseLayersState(undefined), DEFAULT_STATE);
  const parsed = parseLayersState({ base: '', cells: 'pixels', sortMetric: 'accuracy', sort: { model: 'p90', metric: 'kl' },
    rank: 'everywhere', expanded: ['a', 3, null], filter: 'x'.repeat(500), filterRegex: 'yes', unmatchedOpen: 'yes' });
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
  assert.deepEqual(['sparsity', 'weights', 'change', 'activations'].map((c) => metricForCells(c as 'sparsity')), ['sparsity', 'changed', 'relL2', 'relL2']);
  assert.deepEqual(['sparsity', 'weights', 'change', 'activations'].map((c) => sourceOfCells(c as 'sparsity')), ['weights', 'weights', 'weights', 'activations']);
});

test('the sample size is a whole number from 1 to 10,000; a stored one out of bounds falls back to 64', () => {
  assert.equal(DEFAULT_STATE.sampleSize, 64);
  assert.equal(parseSampleSize('256'), 256);
  assert.equal(parseSampleSize(' 1 '), 1);
  assert.equal(parseSampleSize('10000'), 10_000);
  for (const bad of ['0', '10001', '1.5', '-3', '', 'abc', '1e3']) assert.equal(parseSampleSize(bad), null, bad);
  assert.equal(parseLayersState({ sampleSize: 0 }).sampleSize, 64);
  assert.equal(parseLayersState({ sampleSize: 2.5 }).sampleSize, 64);
  assert.equal(parseLayersState({ sampleSize: '128' }).sampleSize, 64);
  assert.equal(parseLayersState({ sampleSize: 500 }).sampleSize, 500);
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
  assert.ok(!title.includes('NaN'), 'finite weights say nothing about NaN');
  const broken = buildLayerTree({ ...PROBE, tensors: PROBE.tensors.map((t) => ({ ...t, models: t.models.map((s) => s && { ...s, nonFinite: 3 }) })) });
  assert.match(cellTitle(broken.byKey.get('features.0.weight')!, 1, 'p90', false), /⚠ 3 NaN or ±Inf values, left out of the numbers above/);
  const missing = buildLayerTree(PROBE).byKey.get('classifier.weight')!;
  assert.equal(cellText(missing, 1, 'sparsity'), '—');
  assert.match(cellTitle(missing, 1, 'p90', false), /no matching values/);
});
