// The Layers panel's module types, the paper's sparsity split (zero in both, zero only in this model), the
// whole-model ranking and the regular-expression name filter, on the hand-made probe.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellTitle } from '../../extension/webviews/layers/cellText';
import { buildLayerTree, visibleLayerRows } from '../../extension/webviews/layers/layerTree';
import { rankedRows } from '../../extension/webviews/layers/moduleRanking';
import { nameFilter } from '../../extension/webviews/layers/nameFilter';
import { sparsityLegend, sparsitySplit } from '../../extension/webviews/layers/sparsitySplit';
import { PROBE, PROBE_WITH_ACTIVATIONS } from './layersFixture';

const keys = (rows: readonly { node: { key: string } }[]) => rows.map((r) => r.node.key);

test('module rows carry the type the probe gives them; tensors and untyped modules none', () => {
  const tree = buildLayerTree(PROBE);
  assert.deepEqual(['features', 'features.0', 'features.3', 'classifier'].map((k) => tree.byKey.get(k)!.type), ['Sequential', 'Conv', 'Conv', 'Linear']);
  assert.equal(tree.byKey.get('features.0.weight')!.type, undefined);
  assert.equal(tree.byKey.get('')!.type, undefined);
});

test('plain text matches as a case-insensitive substring, even where it looks like a pattern', () => {
  const { match, error } = nameFilter(' Features.0 ', false);
  assert.equal(error, null);
  assert.ok(match!('features.0.weight'));
  assert.ok(!match!('features.3.weight'), 'the dot is a dot, not "any character"');
  assert.equal(nameFilter('   ', false).match, null);
  assert.equal(nameFilter('', true).match, null);
});

test('with .* on, the filter is a case-insensitive regular expression', () => {
  const { match, error } = nameFilter('^FEATURES\\.\\d\\.(weight|bias)$', true);
  assert.equal(error, null);
  assert.deepEqual(['features.0.weight', 'features.3.bias', 'features.0', 'classifier.weight'].map((n) => match!(n)), [true, true, false, false]);
  const rows = visibleLayerRows(buildLayerTree(PROBE), new Set(), nameFilter('\\.bias$', true).match);
  assert.deepEqual(keys(rows), ['features', 'features.0', 'features.0.bias']);
});

test('an invalid pattern filters nothing and says why and what to do, instead of throwing', () => {
  const { match, error } = nameFilter('features.(0', true);
  assert.equal(match, null);
  assert.match(error!, /Invalid regular expression.*Unterminated group.*Fix the pattern, or turn off \.\* to match plain text/);
  assert.equal(nameFilter('features.(0', false).error, null, 'the same text is fine as plain text');
  assert.match(nameFilter('a'.repeat(201), true).error!, /longer than 200 characters/);
});

test('ranking across the whole model lists every module by the chosen statistic, with full names', () => {
  const tree = buildLayerTree(PROBE);
  const rows = rankedRows(tree, { model: 1, metric: 'sparsity', descending: true }, null);
  // p90's sparsity: features.0 81% > features 58% > features.3 50%; classifier has no p90 numbers and goes last.
  assert.deepEqual(keys(rows), ['features.0', 'features', 'features.3', 'classifier']);
  assert.deepEqual(rows.map((r) => r.node.label), ['features.0', 'features', 'features.3', 'classifier']);
  assert.ok(rows.every((r) => r.depth === 0 && !r.expanded && r.node.children.length === 0));
  // Zero only in p90: features 55% > features.3 50% > features.0 41% (most of its zeros were in the base already).
  assert.deepEqual(keys(rankedRows(tree, { model: 1, metric: 'zeroOnlyHere', descending: true }, null)), ['features', 'features.3', 'features.0', 'classifier']);
  assert.deepEqual(keys(rankedRows(tree, { model: 1, metric: 'sparsity', descending: false }, nameFilter('features', false).match)),
    ['features.3', 'features', 'features.0']);
  assert.deepEqual(keys(rankedRows(tree, null, null)), ['features', 'features.0', 'features.3', 'classifier'], 'no sort: file order');
  assert.equal(tree.byKey.get('features.0')!.label, '0', 'the tree keeps its short labels');
});

test('ranking includes weightless modules (for their outputs) and tensors outside any module', () => {
  const withOutputs = rankedRows(buildLayerTree(PROBE_WITH_ACTIVATIONS), { model: 1, metric: 'relL2', descending: true, source: 'activations' }, null);
  // Output relL2 in p90: classifier 0.8 > the ReLU features.1 0.6 > the pooling features.2 0.5.
  assert.deepEqual(keys(withOutputs).slice(0, 3), ['classifier', 'features.1', 'features.2']);
  const flat = { ...PROBE, modules: [PROBE.modules[0]], tensors: PROBE.tensors.map((t) => ({ ...t, name: t.name.replaceAll('.', '_'), module: '' })) };
  assert.deepEqual(keys(rankedRows(buildLayerTree(flat), null, null)), ['features_0_weight', 'features_0_bias', 'features_3_weight', 'classifier_weight']);
});

test('the sparsity split comes from the stats, and the legend gives each compared model\'s whole-model split', () => {
  const tree = buildLayerTree(PROBE);
  assert.deepEqual(sparsitySplit(tree.byKey.get('features.0')!.stats[1]), { both: 0.4, onlyHere: 0.81 - 0.4 });
  assert.equal(sparsitySplit({ sparsity: 0.5, relL2: 0, changed: 0 }), null, 'an older backend sends no split');
  assert.equal(sparsitySplit({ sparsity: 0.5, zeroInBoth: null, zeroOnlyHere: null, relL2: 0, changed: 0 }), null, 'activations have none');
  assert.deepEqual(sparsityLegend(PROBE, (m) => m.toUpperCase()), ['P90: 2.0% in both + 52.0% only here']);
  const noSplit = { ...PROBE, modules: PROBE.modules.map((m) => ({ ...m, models: m.models.map((s) => s && { ...s, zeroInBoth: null, zeroOnlyHere: null }) })) };
  assert.equal(sparsityLegend(noSplit, (m) => m), null);
});

test('a compared model\'s hover gives the split; the base\'s does not repeat its sparsity', () => {
  const weight = buildLayerTree(PROBE).byKey.get('features.0.weight')!;
  assert.match(cellTitle(weight, 1, 'p90', false), /sparsity 90\.0%\n {2}zero in both 10\.0% · zero only in this model 80\.0%/);
  assert.ok(!cellTitle(weight, 0, 'cnn', true).includes('zero in both'));
});
