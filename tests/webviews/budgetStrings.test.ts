// The Filter pane's brushed ranges become the budget strings a report states, in the backend's syntax.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgetStrings } from '../../extension/webviews/overview/filter/budgetStrings';

const metrics = [{ name: 'Model Size' }, { name: 'Top-1 Accuracy' }];

test('each brushed range is a lower and an upper budget, in the order the budgets were added', () => {
  assert.deepEqual(budgetStrings([{ metric: 'Top-1 Accuracy', range: [0.9, 1] }, { metric: 'Model Size', range: [1000, 2.5e6] }], metrics),
    ['Top-1 Accuracy>=0.9', 'Top-1 Accuracy<=1', 'Model Size>=1000', 'Model Size<=2500000']);
});

test('unbrushed filters and filters on metrics the spec no longer declares state no budget', () => {
  assert.deepEqual(budgetStrings([{ metric: 'Model Size', range: null }, { metric: 'Latency', range: [0, 3] }], metrics), []);
});
