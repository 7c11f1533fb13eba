import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SelectionExplanation } from '../../protocol/generated/contract';
import { tableColumns } from '../../extension/webviews/overview/details/tableColumns';
import { nextSort, sortRows } from '../../extension/webviews/overview/details/tableSort';

describe('sortRows', () => {
  const rows = [
    { id: 'a', v: 3 },
    { id: 'b', v: null },
    { id: 'c', v: 1 },
    { id: 'd', v: 3 },
    { id: 'e', v: Number.NaN },
    { id: 'f', v: 2 },
  ];

  test('ascending with missing values last and ties in their original order', () => {
    assert.deepEqual(sortRows(rows, (r) => r.v, false).map((r) => r.id), ['c', 'f', 'a', 'd', 'b', 'e']);
  });

  test('descending still keeps missing values last', () => {
    assert.deepEqual(sortRows(rows, (r) => r.v, true).map((r) => r.id), ['a', 'd', 'f', 'c', 'b', 'e']);
  });

  test('strings sort naturally, so p9 comes before p10', () => {
    assert.deepEqual(sortRows(['p10', 'P9', 'p1'], (s) => s, false), ['p1', 'P9', 'p10']);
  });

  test('does not change the rows it was given', () => {
    const input = [3, 1, 2];
    sortRows(input, (n) => n, false);
    assert.deepEqual(input, [3, 1, 2]);
  });
});

describe('nextSort', () => {
  test('a new column sorts ascending; the same column flips', () => {
    assert.deepEqual(nextSort(null, 'model'), { column: 'model', descending: false });
    assert.deepEqual(nextSort({ column: 'model', descending: false }, 'model'), { column: 'model', descending: true });
    assert.deepEqual(nextSort({ column: 'model', descending: true }, 'model'), { column: 'model', descending: false });
    assert.deepEqual(nextSort({ column: 'model', descending: true }, 'metric:size'), { column: 'metric:size', descending: false });
  });
});

describe('tableColumns', () => {
  const summary = {
    metrics: [
      { name: 'Top-1 Accuracy', primary: false, format: '.1%' },
      { name: 'Model Size', primary: false, format: '.2~s', unit: 'B' },
    ],
    models: [
      { id: 'p30', metrics: { 'Top-1 Accuracy': 0.941, 'Model Size': 31_300_000 }, line: 1, column: 1 },
      { id: 'p70', metrics: { 'Top-1 Accuracy': 0.9, 'Model Size': null }, line: 2, column: 1 },
    ],
  };
  const explanation: SelectionExplanation = {
    modelIds: ['p70', 'p30', 'removed'],
    unknownIds: [], chart: 'grouped',
    variables: [{ name: 'Prune · amount', kind: 'parameter', levels: ['0.3', '0.7', '0.9'], values: [1, 0, 2], numeric: false, parts: [] }],
  };
  const columns = tableColumns(summary, explanation);

  test('model, then each metric with its unit, then each variable', () => {
    assert.deepEqual(columns.map((c) => [c.key, c.label, c.kind]), [
      ['model', 'Model', 'model'],
      ['metric:Top-1 Accuracy', 'Top-1 Accuracy', 'metric'],
      ['metric:Model Size', 'Model Size (B)', 'metric'],
      ['variable:Prune · amount', 'Prune · amount', 'variable'],
    ]);
  });

  test('cells are formatted by the spec, missing values and models shown as a dash', () => {
    assert.deepEqual([0, 1, 2].map((i) => columns.map((c) => c.text(i))), [
      ['p70', '90.0%', '—', '0.7'],
      ['p30', '94.1%', '31M B', '0.3'],
      ['removed', '—', '—', '0.9'],
    ]);
  });

  test('variables sort by level order, metrics by value', () => {
    const byAmount = columns[3];
    assert.deepEqual(sortRows([0, 1, 2], (i) => byAmount.value(i), false), [1, 0, 2]);
    const bySize = columns[2];
    assert.deepEqual(sortRows([0, 1, 2], (i) => bySize.value(i), true), [1, 0, 2]);
  });
});
