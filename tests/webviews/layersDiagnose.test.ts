// "Which layer broke it?" as columns of the Layers table: each diagnosis lands on the module row of its name (never on a
// tensor row of the same name), sensitivity is a column only when measured, and the rows rank by either column like a
// model's, highest first with rows without a diagnosis last; a header's clicks cycle descending, ascending, unsorted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiagnoseResult } from '../../protocol/generated/contract';
import { diagnoseColumns, diagnoseValue, diagnosisByModule, nextDiagnoseSort, rowDiagnosis } from '../../extension/webviews/layers/diagnoseColumn';
import { sortSiblings, type LayerNode } from '../../extension/webviews/layers/layerTree';
import { rankedRows } from '../../extension/webviews/layers/moduleRanking';

const modules = [
  { module: 'layer1', params: 1, recovery: 0.2, restoredMetric: 0.6, sensitivity: 0.9, compressedAloneMetric: 0.1 },
  { module: 'fc', params: 1, recovery: null, restoredMetric: 0.5, sensitivity: null, compressedAloneMetric: null },
  { module: 'layer2', params: 1, recovery: 1, restoredMetric: 1, sensitivity: 0, compressedAloneMetric: 1 },
];
const result: DiagnoseResult = { base: 'cnn', model: 'p90', metric: 'accuracy', instances: 8, baseMetric: 1, modelMetric: 0.5, seconds: 1, modules };

const node = (key: string, kind: 'module' | 'tensor' = 'module', children: LayerNode[] = []): LayerNode =>
  ({ key, kind, label: key, parent: null, params: 1, stats: [null, null], outputCount: 0, weightless: false, children });

test('a diagnosis shows on the module row of its name, not on a tensor row of the same name, and nowhere else', () => {
  const byModule = diagnosisByModule(result);
  assert.equal(rowDiagnosis(node('layer1'), byModule)?.recovery, 0.2);
  assert.equal(rowDiagnosis(node('layer1', 'tensor'), byModule), undefined);
  assert.equal(rowDiagnosis(node('layer3'), byModule), undefined);
});

test('sensitivity is a column only when at least one module has it', () => {
  assert.deepEqual(diagnoseColumns(result), ['recovery', 'sensitivity']);
  assert.deepEqual(diagnoseColumns({ ...result, modules: modules.map((m) => ({ ...m, sensitivity: null, compressedAloneMetric: null })) }), ['recovery']);
  assert.deepEqual(diagnoseColumns({ ...result, modules: modules.map(({ sensitivity: _, ...m }) => m) }), ['recovery']);
});

test('rows rank by recovery or sensitivity, highest first, rows without a value last, across the whole model', () => {
  const byModule = diagnosisByModule(result);
  const tree = { roots: [node('layer1', 'module', [node('layer1.weight', 'tensor')]), node('layer2'), node('fc'), node('head')], byKey: new Map() };
  const by = (measure: 'recovery' | 'sensitivity', descending = true) =>
    rankedRows(tree, { model: 0, metric: 'relL2', descending, value: (n) => diagnoseValue(rowDiagnosis(n, byModule), measure) }, null).map((r) => r.node.key);
  assert.deepEqual(by('recovery'), ['layer2', 'layer1', 'fc', 'head']);
  assert.deepEqual(by('recovery', false), ['layer1', 'layer2', 'fc', 'head']);
  assert.deepEqual(by('sensitivity'), ['layer1', 'layer2', 'fc', 'head']);
  // Within each parent (the tree), the same order among siblings.
  assert.deepEqual(sortSiblings(tree.roots, { model: 0, metric: 'relL2', descending: true, value: (n) => diagnoseValue(rowDiagnosis(n, byModule), 'recovery') })
    .map((n) => n.key), ['layer2', 'layer1', 'fc', 'head']);
});

test('a diagnosis header sorts highest first, then lowest first, then not at all; another header starts over', () => {
  const first = nextDiagnoseSort(null, 'recovery');
  assert.deepEqual(first, { by: 'recovery', descending: true });
  const second = nextDiagnoseSort(first, 'recovery');
  assert.deepEqual(second, { by: 'recovery', descending: false });
  assert.equal(nextDiagnoseSort(second, 'recovery'), null);
  assert.deepEqual(nextDiagnoseSort(second, 'sensitivity'), { by: 'sensitivity', descending: true });
});
