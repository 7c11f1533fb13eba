// Class and subgroup rows: values absolute or relative to the base, sorting worst first, search, bar geometry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { barDomain, barGeometry, classOfRowKey, classRows, nextSort, searchRows, sortRows, subgroupRows } from '../../extension/webviews/behaviors/behaviorRows';
import { cellValue, comparisonMetric, formatMetricValue, isWorse } from '../../extension/webviews/behaviors/comparisonMetrics';
import { groupRowView, instanceRowView } from '../../extension/webviews/behaviors/rowViews';
import { COMPARISON, instanceRow, stats } from './behaviorsFixture';

const close = (a: number | null, b: number) => assert.ok(a !== null && Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

test('a relative value is the model minus the base on the same rows', () => {
  const shirt = COMPARISON.classes[1].models;
  close(cellValue(shirt.p50, shirt.cnn, 'accuracy', true), -0.3);
  close(cellValue(shirt.p50, shirt.cnn, 'accuracy', false), 0.4);
  close(cellValue(shirt.cnn, shirt.cnn, 'meanKl', true), 0);
  assert.equal(cellValue(undefined, shirt.cnn, 'accuracy', true), null);
  assert.equal(cellValue(shirt.p50, undefined, 'accuracy', true), null);
  // Unbounded relative error change (base had no errors) stays missing instead of becoming a number.
  assert.equal(cellValue(stats(10, 0.9, 1, 0, 0), undefined, 'relativeErrorChange', false), null);
});

test('sorting by relative accuracy puts the class compression hurts most on top, ascending on first click', () => {
  const sort = nextSort(null, 'p50', 'accuracy');
  assert.deepEqual(sort, { modelId: 'p50', descending: false });
  const rows = sortRows(classRows(COMPARISON), sort, 'accuracy', true, 'cnn');
  assert.deepEqual(rows.map((r) => r.label), ['shirt', 't-shirt', 'bag']);
  const reversed = sortRows(classRows(COMPARISON), nextSort(sort, 'p50', 'accuracy'), 'accuracy', true, 'cnn');
  assert.deepEqual(reversed.map((r) => r.label), ['bag', 't-shirt', 'shirt']);
});

test('absolute and relative sorts differ when base accuracies differ', () => {
  // Absolute q8 accuracy: shirt .69 < t-shirt .89 < bag .95; relative: t-shirt −.01 = shirt −.01 (tie keeps order) < bag 0.
  assert.deepEqual(sortRows(classRows(COMPARISON), { modelId: 'q8', descending: true }, 'accuracy', false, 'cnn').map((r) => r.label), ['bag', 't-shirt', 'shirt']);
  assert.deepEqual(sortRows(classRows(COMPARISON), { modelId: 'q8', descending: false }, 'accuracy', true, 'cnn').map((r) => r.label), ['t-shirt', 'shirt', 'bag']);
});

test('lower-is-better metrics sort largest first on the first click', () => {
  assert.deepEqual(nextSort(null, 'p50', 'meanKl'), { modelId: 'p50', descending: true });
  assert.deepEqual(nextSort({ modelId: 'q8', descending: false }, 'p50', 'relativeErrorChange'), { modelId: 'p50', descending: true });
});

test('rows without a value sort last in both directions', () => {
  const rows = classRows(COMPARISON);
  const broken = { ...rows[0], key: 'x', label: 'missing', stats: { cnn: rows[0].stats.cnn } };
  for (const descending of [false, true])
    assert.equal(sortRows([broken, ...rows], { modelId: 'p50', descending }, 'accuracy', false, 'cnn').at(-1)?.label, 'missing');
});

test('search keeps rows whose label contains the text, ignoring case', () => {
  assert.deepEqual(searchRows(classRows(COMPARISON), ' SHIRT').map((r) => r.label), ['t-shirt', 'shirt']);
  assert.deepEqual(searchRows(subgroupRows(COMPARISON), 'false').map((r) => r.key), ['subgroup:light=false']);
  assert.equal(searchRows(classRows(COMPARISON), '').length, 3);
});

test('formatting: percentages, percentage points, signed relative error change', () => {
  assert.equal(formatMetricValue(0.8431, comparisonMetric('accuracy'), false), '84.3%');
  assert.equal(formatMetricValue(-0.3, comparisonMetric('accuracy'), true), '−30.0 pp');
  assert.equal(formatMetricValue(1.455, comparisonMetric('relativeErrorChange'), false), '+145.5%');
  assert.equal(formatMetricValue(0.0341, comparisonMetric('meanKl'), false), '0.034');
  assert.equal(formatMetricValue(null, comparisonMetric('meanKl'), true), '—');
  assert.equal(comparisonMetric('nonsense').key, 'accuracy');
  assert.ok(isWorse(-0.1, comparisonMetric('accuracy')) && isWorse(0.1, comparisonMetric('meanKl')) && !isWorse(0, comparisonMetric('accuracy')));
});

test('bars grow from zero: right for positive, left for negative, clamped to the domain', () => {
  assert.deepEqual(barGeometry(0.5, [0, 1]), { left: 0, width: 50 });
  assert.deepEqual(barGeometry(-0.15, [-0.3, 0.3]), { left: 25, width: 25 });
  assert.deepEqual(barGeometry(0.3, [-0.3, 0.3]), { left: 50, width: 50 });
  assert.deepEqual(barGeometry(2, [0, 1]), { left: 0, width: 100 });
  assert.deepEqual(barGeometry(null, [0, 1]), { left: 0, width: 0 });
  assert.deepEqual(barDomain([-0.3, 0.1, null], true, true), [-0.3, 0.3]);
  assert.deepEqual(barDomain([0.2, 0.4], true, false), [0, 1]);
  assert.deepEqual(barDomain([0.2, 0.4], false, false), [0, 0.4]);
});

test('a group row view marks cells worse than the base', () => {
  const shirt = classRows(COMPARISON)[1];
  const view = groupRowView(shirt, COMPARISON.models, 'cnn', comparisonMetric('accuracy'), true, [-0.3, 0.3]);
  assert.deepEqual(view.cells.map((c) => c.text), ['±0.0 pp', '−30.0 pp', '−1.0 pp']);
  assert.deepEqual(view.cells.map((c) => c.worse), [false, true, true]);
  assert.equal(view.key, 'class:1');
});

test('an instance row view shows each prediction, flags disagreement with the base and wrong predictions', () => {
  const view = instanceRowView(instanceRow(3), COMPARISON.classNames, false);
  // Instance 3: label 0 (t-shirt), base predicts 1 (wrong), p50 flips to 2, q8 keeps 1.
  assert.equal(view.label, '#3 · t-shirt');
  assert.deepEqual(view.cells.map((c) => c.text.split(' ')[0]), ['shirt', 'bag', 'shirt']);
  assert.deepEqual(view.cells.map((c) => c.worse), [false, true, false]);
  assert.deepEqual(view.cells.map((c) => c.wrong), [true, true, true]);
  assert.equal(view.detail, '1 flip');
});

test('an instance cell keeps the prediction and the confidence apart, so "3" and "100.0%" never read as 3100.0%', () => {
  const names = ['0', '1', '2', '3'];
  const view = instanceRowView(instanceRow(3, 4), names, false);
  // Instance 3 of four classes: label 3, the base predicts 0 at 53% confidence.
  assert.deepEqual(view.cells[0].parts, { prediction: '0', amount: '53.0%' });
  assert.deepEqual(view.cells.map((c) => c.parts?.amount), ['53.0%', '43.0%', '33.0%']);
  const relative = instanceRowView(instanceRow(3, 4), names, true);
  assert.deepEqual(relative.cells.map((c) => c.parts?.amount), ['±0.0%', '−10.0%', '−20.0%']);
});

test('a class row key names its class index; other rows name none', () => {
  assert.deepEqual(classRows(COMPARISON).map((r) => classOfRowKey(r.key)), COMPARISON.classes.map((c) => c.index));
  assert.equal(classOfRowKey('class:17'), 17);
  for (const key of ['subgroup:light=true', 'instance:3', 'class:', 'class:x', 'class:-1']) assert.equal(classOfRowKey(key), null, key);
});
