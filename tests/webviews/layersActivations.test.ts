// Layers in Activations mode: which output a module row shows, output-only modules merged into the tree
// in execution order, sorting by activation statistics, hover numbers and the unmatched list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstOutputIndex, mergeByExecution, moduleOutputs } from '../../extension/webviews/layers/activationOutputs';
import { outputTitle } from '../../extension/webviews/layers/cellText';
import { buildLayerTree, metricValue, sortTree, type LayerNode } from '../../extension/webviews/layers/layerTree';
import { outputHistogram } from '../../extension/webviews/layers/stackedHistogram';
import { unmatchedEntries, unmatchedSummary } from '../../extension/webviews/layers/unmatchedList';
import { PROBE, PROBE_WITH_ACTIVATIONS } from './layersFixture';

const keys = (nodes: readonly LayerNode[]) => nodes.map((n) => n.key);
const activations = PROBE_WITH_ACTIVATIONS.activations!;

test('a module with several outputs shows its last; counts say how many it produced', () => {
  const outputs = moduleOutputs(activations);
  assert.deepEqual([...outputs.keys()], ['features.0', 'features.1', 'features.2', 'features.3', 'features.4', 'classifier']);
  assert.equal(outputs.get('features.3')!.output.name, '/features/features.3/Add_output_0');
  assert.equal(outputs.get('features.3')!.count, 2);
  assert.equal(outputs.get('features.1')!.count, 1);
});

test('the first output under each module and its ancestors, in execution order', () => {
  const first = firstOutputIndex(activations);
  assert.equal(first.get(''), 0);
  assert.equal(first.get('features'), 0);
  assert.equal(first.get('features.3'), 3);
  assert.equal(first.get('classifier'), 6);
  assert.equal(first.has('features.0.weight'), false);
});

test('output-only modules (ReLU, pool) get rows among their siblings in execution order, before tensors', () => {
  const tree = buildLayerTree(PROBE_WITH_ACTIVATIONS);
  assert.deepEqual(keys(tree.roots), ['features', 'classifier']);
  assert.deepEqual(keys(tree.byKey.get('features')!.children), ['features.0', 'features.1', 'features.2', 'features.3', 'features.4']);
  const relu = tree.byKey.get('features.1')!;
  assert.equal(relu.kind, 'module');
  assert.equal(relu.weightless, true);
  assert.equal(relu.parent, 'features');
  assert.deepEqual(relu.stats, [null, null], 'no weights: no weight numbers, not zeros');
  assert.equal(relu.output?.name, '/features/features.1/Relu_output_0');
  const conv = tree.byKey.get('features.3')!;
  assert.equal(conv.weightless, false);
  assert.equal(conv.outputCount, 2);
  assert.deepEqual(keys(conv.children), ['features.3.weight'], 'weight tensors stay where they were');
  assert.equal(tree.byKey.get('features')!.output, undefined, 'a parent without an output of its own has none');
});

test('without activations the tree has no output-only rows and no outputs', () => {
  const tree = buildLayerTree(PROBE);
  assert.deepEqual(keys(tree.byKey.get('features')!.children), ['features.0', 'features.3']);
  assert.ok([...tree.byKey.values()].every((n) => !n.weightless && n.output === undefined && n.outputCount === 0));
});

test('merging: extras go before the first later-running module and before tensors; modules without outputs do not move it', () => {
  const m = (key: string) => ({ key, kind: 'module' as const });
  const t = (key: string) => ({ key, kind: 'tensor' as const });
  const first = new Map([['a', 0], ['relu0', 1], ['b', 2], ['relu1', 3], ['late', 9]]);
  assert.deepEqual(keys(mergeByExecution([m('a'), m('quiet'), m('b'), t('w')] as LayerNode[], [m('relu1'), m('relu0'), m('late')] as LayerNode[], first)),
    ['a', 'quiet', 'relu0', 'b', 'relu1', 'late', 'w']);
  assert.deepEqual(keys(mergeByExecution([m('b')] as LayerNode[], [m('relu0')] as LayerNode[], first)), ['relu0', 'b']);
  assert.deepEqual(keys(mergeByExecution([] as LayerNode[], [m('relu0')] as LayerNode[], first)), ['relu0']);
});

test('a tensor named like an output-only module keeps its own row', () => {
  const probe = { ...PROBE_WITH_ACTIVATIONS, tensors: [...PROBE.tensors, { ...PROBE.tensors[0], name: 'features.1', module: 'features' }] };
  const tree = buildLayerTree(probe);
  assert.equal(tree.byKey.get('features.1')!.weightless, true);
  assert.equal(tree.byKey.get('features.1#tensor')!.kind, 'tensor');
});

test('an output of a module nested under unlisted ones hangs under its nearest listed ancestor', () => {
  const probe = { ...PROBE_WITH_ACTIVATIONS, activations: { ...activations,
    outputs: [...activations.outputs, { ...activations.outputs[1], name: 'gelu', module: 'features.9.mlp.act' }] } };
  const tree = buildLayerTree(probe);
  assert.equal(tree.byKey.get('features.9.mlp.act')!.parent, 'features');
  assert.equal(keys(tree.byKey.get('features')!.children).at(-1), 'features.9.mlp.act');
});

test('in Activations mode rows sort by their outputs\' numbers; rows without an output go last', () => {
  const tree = buildLayerTree(PROBE_WITH_ACTIVATIONS);
  const byChange = sortTree(tree, { model: 1, metric: 'relL2', descending: true, source: 'activations' });
  assert.deepEqual(keys(byChange.byKey.get('features')!.children), ['features.1', 'features.2', 'features.0', 'features.3', 'features.4']);
  const bySparsity = sortTree(tree, { model: 1, metric: 'sparsity', descending: true, source: 'activations' });
  assert.deepEqual(keys(bySparsity.byKey.get('features')!.children), ['features.1', 'features.2', 'features.0', 'features.3', 'features.4']);
  // Weights order them differently: features.0 (90% pruned) first, output-only rows have no weights.
  const byWeights = sortTree(tree, { model: 1, metric: 'sparsity', descending: true });
  assert.deepEqual(keys(byWeights.byKey.get('features')!.children), ['features.0', 'features.3', 'features.1', 'features.2', 'features.4']);
  assert.equal(metricValue(tree.byKey.get('features.3')!, 1, 'relL2', 'activations'), 0.2, 'the last output\'s numbers');
  assert.equal(metricValue(tree.byKey.get('features')!, 1, 'relL2', 'activations'), null);
});

test('an output cell stacks the base\'s activations by change band; the base draws a plain histogram', () => {
  const tree = buildLayerTree(PROBE_WITH_ACTIVATIONS);
  const relu = tree.byKey.get('features.1')!;
  assert.deepEqual(outputHistogram(relu, 0), { binMin: 0, binMax: 4, bands: [[5, 3, 2, 1, 1]] });
  assert.equal(outputHistogram(relu, 1)!.bands.length, 5);
  assert.equal(outputHistogram(tree.byKey.get('features.4')!, 1), null, 'p90 lacks this output');
  assert.equal(outputHistogram(tree.byKey.get('features')!, 0), null);
});

test('an output cell\'s hover gives the instances and every number; empty cells say why', () => {
  const tree = buildLayerTree(PROBE_WITH_ACTIVATIONS);
  const title = outputTitle(tree.byKey.get('features.3')!, 1, 'Prune 90%', false, 4);
  for (const part of ['Output /features/features.3/Add_output_0 of module features.3 · Prune 90%', 'instances: 4', 'shape [4, 8, 6, 6]',
    'the last of the module\'s 2 outputs', 'sparsity 5.0% (zero activations)', 'min -1.000 · max 1.000', 'mean 0.01000 · std 0.5000',
    'relL2 0.2000', 'changed 100.0%']) assert.ok(title.includes(part), `${part} in ${title}`);
  assert.ok(!outputTitle(tree.byKey.get('features.1')!, 0, 'CNN', true, 4).includes('relL2'), 'the base has no change');
  assert.match(outputTitle(tree.byKey.get('features.4')!, 1, 'Prune 90%', false, 4), /no matching output \(see Unmatched\)/);
  assert.match(outputTitle(tree.byKey.get('features')!, 1, 'Prune 90%', false, 4), /no output of its own/);
  assert.match(outputTitle(tree.byKey.get('features.0.weight')!, 1, 'Prune 90%', false, 4), /Activations are per module/);
});

test('the unmatched list holds tensors, then activation outputs, labelled by kind', () => {
  const entries = unmatchedEntries(PROBE_WITH_ACTIVATIONS);
  assert.deepEqual(entries.map((e) => [e.kind, e.name]), [['tensor', 'classifier.weight'], ['output', '/features/features.4/Relu_output_0']]);
  assert.equal(unmatchedSummary(entries), 'Unmatched tensors and activation outputs (2): in some models but not compared');
  assert.equal(unmatchedSummary(unmatchedEntries(PROBE)), 'Unmatched tensors (1): in some models but not compared');
  assert.equal(unmatchedSummary(entries.slice(1)), 'Unmatched activation outputs (1): in some models but not compared');
});
