// The rows each panel saves as CSV: in the order shown, with the full numbers behind the rounded cells.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BehaviorStats } from '../../protocol/generated/contract';
import { groupTableRows } from '../../extension/webviews/behaviors/behaviorsCsv';
import { layersTableRows } from '../../extension/webviews/layers/layersCsv';
import type { LayerNode } from '../../extension/webviews/layers/layerTree';
import { csvCell } from '../../extension/webviews/overview/details/renderTable';
import type { TableColumn } from '../../extension/webviews/overview/details/tableColumns';

const stats = (accuracy: number) => ({ accuracy, count: 10 }) as unknown as BehaviorStats;

describe('Behaviors table rows', () => {
  const rows = [
    { key: 'class:1', label: 'cat, small', count: 7, stats: { base: stats(0.9), small: stats(0.8) } },
    { key: 'class:0', label: 'dog', count: 3, stats: { base: stats(0.5), small: stats(0.75) } },
  ];
  const models = [{ id: 'base', label: 'Base' }, { id: 'small', label: 'Small' }];

  test('keep the order given, with each model\'s value unrounded', () => {
    const table = groupTableRows('Class', rows, models, 'base', { key: 'accuracy', label: 'Accuracy' }, false);
    assert.deepEqual(table.header, ['Class', 'Instances', 'Base (base): Accuracy', 'Small: Accuracy']);
    assert.deepEqual(table.rows, [['cat, small', 7, 0.9, 0.8], ['dog', 3, 0.5, 0.75]]);
  });

  test('relative to the base: the models\' changes, the base\'s own value', () => {
    const table = groupTableRows('Class', rows, models, 'base', { key: 'accuracy', label: 'Accuracy' }, true);
    assert.equal(table.header[3], 'Small: Accuracy (change from base)');
    assert.deepEqual(table.rows.map((r) => r.slice(2)), [[0.9, 0.8 - 0.9], [0.5, 0.25]]);
  });
});

describe('Layers table rows', () => {
  const node = (key: string, kind: 'module' | 'tensor', s: Record<string, number | null>[]): LayerNode => ({
    key, kind, label: key, params: 12, stats: s as unknown as LayerNode['stats'], outputCount: 0, weightless: false, children: [], parent: null,
  });

  test('name, kind, type and parameters, then each model\'s statistics; a missing model leaves its cells empty', () => {
    const rows = [
      { node: { ...node('features.0', 'module', [{ sparsity: 0, zeroOnlyHere: 0, changed: 0, relL2: 0 }, { sparsity: 0.5, zeroOnlyHere: 0.5, changed: 0.5, relL2: 0.123456789 }]), type: 'Conv' }, depth: 0, expanded: true },
      { node: node('fc.weight', 'tensor', [{ sparsity: 0.25, zeroOnlyHere: null, changed: 0, relL2: null }, null as unknown as Record<string, number>]), depth: 1, expanded: false },
    ];
    const table = layersTableRows(rows, ['Base', 'Pruned']);
    assert.deepEqual(table.header.slice(0, 5), ['Name', 'Kind', 'Type', 'Parameters', 'Base (base): sparsity']);
    assert.equal(table.header.length, 4 + 2 * 4);
    assert.deepEqual(table.rows[0], ['features.0', 'module', 'Conv', 12, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.123456789]);
    assert.deepEqual(table.rows[1], ['fc.weight', 'tensor', '', 12, 0.25, null, 0, null, null, null, null, null]);
  });
});

describe('Selection Details table cells', () => {
  const column = (kind: TableColumn['kind']): TableColumn => ({ key: kind, label: kind, kind, value: () => 0.123456789, text: () => '12.3%' });

  test('a metric is saved as its number, a model or variable as the text shown', () => {
    assert.equal(csvCell(column('metric'), 0), 0.123456789);
    assert.equal(csvCell(column('variable'), 0), '12.3%');
    assert.equal(csvCell(column('model'), 0), '12.3%');
  });
});
