// The Layers tree: hierarchy from ModuleProbe.parent with tensors as leaves, sorting within parents, expand/filter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProbeResult } from '../../protocol/generated/contract';
import { buildLayerTree, defaultExpanded, metricValue, sortSiblings, sortTree, visibleLayerRows, type LayerNode } from '../../extension/webviews/layers/layerTree';
import { nameFilter } from '../../extension/webviews/layers/nameFilter';
import { PROBE } from './layersFixture';

const keys = (nodes: readonly LayerNode[]) => nodes.map((n) => n.key);

test('modules nest by parent, tensors hang under their module, and the whole-model row is left out', () => {
  const tree = buildLayerTree(PROBE);
  assert.deepEqual(keys(tree.roots), ['features', 'classifier']);
  assert.deepEqual(keys(tree.byKey.get('features')!.children), ['features.0', 'features.3']);
  assert.deepEqual(keys(tree.byKey.get('features.0')!.children), ['features.0.weight', 'features.0.bias']);
  const weight = tree.byKey.get('features.0.weight')!;
  assert.equal(weight.kind, 'tensor');
  assert.equal(weight.label, 'weight');
  assert.equal(weight.parent, 'features.0');
});

test('a tensor whose module is not listed hangs under its nearest listed ancestor', () => {
  const probe: ProbeResult = { ...PROBE, tensors: [{ ...PROBE.tensors[0], name: 'features.9.sub.weight', module: 'features.9.sub' }] };
  const tree = buildLayerTree(probe);
  assert.ok(keys(tree.byKey.get('features')!.children).includes('features.9.sub.weight'));
});

test('a tensor named like a module gets its own key, so both rows exist', () => {
  const probe: ProbeResult = { ...PROBE, tensors: [{ ...PROBE.tensors[0], name: 'features.0', module: 'features' }] };
  const tree = buildLayerTree(probe);
  assert.equal(tree.byKey.get('features.0')!.kind, 'module');
  assert.equal(tree.byKey.get('features.0#tensor')!.kind, 'tensor');
});

test('sorting by the pruned model\'s sparsity puts the most pruned children first within each parent', () => {
  const tree = sortTree(buildLayerTree(PROBE), { model: 1, metric: 'sparsity', descending: true });
  // classifier has no numbers for p90 and goes last whichever the direction.
  assert.deepEqual(keys(tree.roots), ['features', 'classifier']);
  assert.deepEqual(keys(tree.byKey.get('features')!.children), ['features.0', 'features.3']);
  assert.deepEqual(keys(tree.byKey.get('features.0')!.children), ['features.0.weight', 'features.0.bias']);
  const ascending = sortTree(buildLayerTree(PROBE), { model: 1, metric: 'sparsity', descending: false });
  assert.deepEqual(keys(ascending.byKey.get('features')!.children), ['features.3', 'features.0']);
  assert.deepEqual(keys(ascending.byKey.get('features.0')!.children), ['features.0.bias', 'features.0.weight']);
  assert.deepEqual(keys(ascending.roots), ['features', 'classifier']);
});

test('ties keep file order and a null relL2 sorts last', () => {
  const a = { ...buildLayerTree(PROBE).byKey.get('features.0')!, key: 'a', stats: [null, { sparsity: 0, relL2: 0.5, changed: 0 }] };
  const b = { ...a, key: 'b', stats: [null, { sparsity: 0, relL2: null, changed: 0 }] };
  const c = { ...a, key: 'c' };
  assert.deepEqual(keys(sortSiblings([b, a, c], { model: 1, metric: 'relL2', descending: true })), ['a', 'c', 'b']);
  assert.equal(metricValue(b, 1, 'relL2'), null);
  assert.equal(metricValue(b, 0, 'sparsity'), null);
});

test('only expanded modules show their children, with depths', () => {
  const tree = buildLayerTree(PROBE);
  assert.deepEqual(defaultExpanded(tree), ['features', 'classifier']);
  const rows = visibleLayerRows(tree, new Set(['features', 'features.3']), null);
  assert.deepEqual(rows.map((r) => [r.node.key, r.depth, r.expanded]),
    [['features', 0, true], ['features.0', 1, false], ['features.3', 1, true], ['features.3.weight', 2, false], ['classifier', 0, false]]);
});

test('a filter shows matches with the modules on their way, opened even when collapsed', () => {
  const rows = visibleLayerRows(buildLayerTree(PROBE), new Set(), nameFilter('BIAS', false).match);
  assert.deepEqual(rows.map((r) => r.node.key), ['features', 'features.0', 'features.0.bias']);
  assert.deepEqual(visibleLayerRows(buildLayerTree(PROBE), new Set(), nameFilter('nothing-like-this', false).match), []);
});
