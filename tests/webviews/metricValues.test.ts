import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SpecSummary } from '../../protocol/generated/contract';
import { fromSummaryColumns, summaryMetricValues, toSummaryColumns } from '../../protocol/summaryColumns';
import { metricValues, rememberMetricValues } from '../../extension/webviews/overview/metricValues';

// Every way a model can lack a value: no metrics object, a null one, a missing key, a null value, a string; and a
// metric that is a string for one model and a number for another.
const models = [
  { id: 'a', metrics: { acc: 0.5, size: 2, note: 'x', mixed: 1 } },
  { id: 'b', metrics: { acc: null, size: 4, mixed: 'n/a' } },
  { id: 'c', metrics: null },
  { id: 'd' },
  { id: 'e', metrics: { size: -0, acc: 1e-300 } },
  { id: 'f', metrics: {} },
];
const summary = { path: '/w/models.json', models, metrics: [], operations: [], roots: [], layout: { nodes: [], columns: [], rowCount: 0, stepCount: 0 }, diagnostics: [] } as unknown as SpecSummary;
const plain = (values: Float64Array) => [...values].map((v) => (Number.isNaN(v) ? 'NaN' : v));

test('each number metric read from the columns equals what the decoded models hold, NaN where there is no number', () => {
  const columns = structuredClone(toSummaryColumns(summary));
  const fromColumns = summaryMetricValues(columns);
  assert.deepEqual([...fromColumns.keys()].sort(), ['acc', 'size'], 'a metric holding a string for some model is not a number column');
  assert.deepEqual(plain(fromColumns.get('acc')!), [0.5, 'NaN', 'NaN', 'NaN', 1e-300, 'NaN']);
  assert.deepEqual(plain(fromColumns.get('size')!), [2, 4, 'NaN', 'NaN', -0, 'NaN']);
  // The same from the objects, as a summary that came without columns is read.
  const decoded = fromSummaryColumns(columns);
  for (const name of ['acc', 'size']) assert.deepEqual(plain(metricValues([...decoded.models], name)), plain(fromColumns.get(name)!), name);
  assert.deepEqual(plain(metricValues(decoded.models, 'mixed')), [1, 'NaN', 'NaN', 'NaN', 'NaN', 'NaN']);
  assert.deepEqual(plain(metricValues(decoded.models, 'note')), Array(6).fill('NaN'));
});

test('the columns a summary was decoded with are what its views read; one of the wrong length is not', () => {
  const columns = structuredClone(toSummaryColumns(summary));
  const decoded = fromSummaryColumns(columns);
  const fromColumns = summaryMetricValues(columns);
  rememberMetricValues(decoded.models, new Map([...fromColumns, ['short', new Float64Array(2)]]));
  assert.equal(metricValues(decoded.models, 'acc'), fromColumns.get('acc'));
  assert.equal(metricValues(decoded.models, 'short').length, models.length);
  // Read once per models array and metric.
  assert.equal(metricValues(decoded.models, 'mixed'), metricValues(decoded.models, 'mixed'));
});
