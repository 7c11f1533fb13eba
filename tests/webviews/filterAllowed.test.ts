import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { activeFilters, allowedModels, withinBudget } from '../../extension/webviews/overview/filter/allowedModels';

const models: { id: string; metrics: Record<string, number | null> }[] = [
  { id: 'base', metrics: { size: 44, acc: 0.94 } },
  { id: 'p50', metrics: { size: 22, acc: 0.93 } },
  { id: 'p90', metrics: { size: 4, acc: 0.77 } },
  { id: 'unmeasured', metrics: { size: null, acc: 0.9 } },
  { id: 'noacc', metrics: { size: 10 } },
];

describe('allowedModels', () => {
  test('no filter, or only unbrushed filters: null (everything allowed)', () => {
    assert.equal(allowedModels(models, []), null);
    assert.equal(allowedModels(models, [{ metric: 'size', range: null }]), null);
  });

  test('one budget keeps the models inside the inclusive range', () => {
    assert.deepEqual(allowedModels(models, [{ metric: 'size', range: [4, 22] }]), new Set(['p50', 'p90', 'noacc']));
  });

  test('several budgets combine with AND', () => {
    const filters = [
      { metric: 'size', range: [0, 30] as [number, number] },
      { metric: 'acc', range: [0.8, 1] as [number, number] },
    ];
    assert.deepEqual(allowedModels(models, filters), new Set(['p50']));
  });

  test('a missing or null value fails an active filter', () => {
    assert.deepEqual(allowedModels(models, [{ metric: 'acc', range: [0, 1] }]), new Set(['base', 'p50', 'p90', 'unmeasured']));
    assert.deepEqual(allowedModels(models, [{ metric: 'size', range: [-1e9, 1e9] }]), new Set(['base', 'p50', 'p90', 'noacc']));
  });

  test('an empty range intersection allows nothing (an empty set, not null)', () => {
    assert.deepEqual(allowedModels(models, [{ metric: 'size', range: [100, 200] }]), new Set());
  });
});

describe('activeFilters', () => {
  test('a filter on a metric the spec no longer declares is kept by the caller but not active', () => {
    const filters = [
      { metric: 'size', range: [0, 10] as [number, number] },
      { metric: 'gone', range: [0, 1] as [number, number] },
      { metric: 'acc', range: null },
    ];
    assert.deepEqual(activeFilters(filters, [{ name: 'size' }, { name: 'acc' }]), [filters[0]]);
    assert.deepEqual(activeFilters(filters, [{ name: 'size' }, { name: 'gone' }]), [filters[0], filters[1]]);
  });
});

describe('withinBudget', () => {
  test('drops filtered-out ids from a selection, keeping order', () => {
    assert.deepEqual(withinBudget(['c', 'a', 'b'], new Set(['a', 'c'])), ['c', 'a']);
    assert.deepEqual(withinBudget(['c', 'a'], null), ['c', 'a']);
  });
});
