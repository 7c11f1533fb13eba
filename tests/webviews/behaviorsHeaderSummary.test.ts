// The Behaviors header's counts and summary numbers follow the filters (issue 17: they ignored them).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classRows, searchRows, subgroupRows } from '../../extension/webviews/behaviors/behaviorRows';
import { groupHeaderSummary, instanceHeaderSummary, mergeStats } from '../../extension/webviews/behaviors/headerSummary';
import { COMPARISON, stats } from './behaviorsFixture';

const { models, base, overall } = COMPARISON;

test('without a search the header counts every row and summarises every instance', () => {
  const rows = classRows(COMPARISON);
  const summary = groupHeaderSummary('Class', rows, rows, models, base, overall);
  assert.equal(summary.firstColumn, 'Class · 3');
  assert.equal(summary.stats.p50, overall.p50);
  assert.equal(summary.over, 'all instances');
});

test('a search counts the rows it keeps and summarises exactly their instances', () => {
  const rows = classRows(COMPARISON);
  const shirt = searchRows(rows, 'shirt');
  assert.equal(shirt.length, 2, 't-shirt and shirt');
  const summary = groupHeaderSummary('Class', rows, shirt, models, base, overall);
  assert.equal(summary.firstColumn, 'Class · 2 of 3');
  assert.equal(summary.over, 'the 200 instances of the rows shown');
  // p50: 80% on t-shirt and 40% on shirt, 100 instances each.
  assert.ok(Math.abs((summary.stats.p50?.accuracy ?? 0) - 0.6) < 1e-12);
  assert.equal(summary.stats.p50?.count, 200);
  assert.equal(summary.stats.p50?.errors, 80);
  // The base makes 10 + 30 errors there, so p50's 80 are +100%.
  assert.equal(summary.stats.p50?.relativeErrorChange, 1);
  assert.equal(summary.stats.cnn?.relativeErrorChange, 0);
  const subgroups = subgroupRows(COMPARISON);
  assert.equal(groupHeaderSummary('Subgroup', subgroups, searchRows(subgroups, 'true'), models, base, overall).firstColumn, 'Subgroup · 1 of 2');
});

test('instance rows count what the backend found; a class filter is summarised by its class row, other filters say they are not', () => {
  assert.equal(instanceHeaderSummary(null, 300, undefined, false, overall).firstColumn, 'Instance · … of 300');
  assert.equal(instanceHeaderSummary(300, 300, undefined, false, overall).firstColumn, 'Instance · 300');
  const bag = classRows(COMPARISON)[2];
  const byClass = instanceHeaderSummary(100, 300, bag, false, overall);
  assert.equal(byClass.firstColumn, 'Instance · 100 of 300');
  assert.equal(byClass.stats.p50, bag.stats.p50);
  assert.equal(byClass.over, 'class bag (100 instances)');
  const changed = instanceHeaderSummary(12, 300, bag, true, overall);
  assert.equal(changed.firstColumn, 'Instance · 12 of 300');
  assert.equal(changed.stats.p50, overall.p50);
  assert.match(changed.over, /^all instances \(the change and search filters are not summarised\)$/);
});

test('merging leaves out a mean that some part lacks instead of biasing it', () => {
  const withKl = stats(10, 0.5, 1, 0.2, 5);
  const withoutKl = { ...stats(30, 1, 1, 0, 0), meanKl: null };
  const merged = mergeStats([withKl, withoutKl]);
  assert.equal(merged?.count, 40);
  assert.equal(merged?.accuracy, (0.5 * 10 + 30) / 40);
  assert.equal(merged?.meanKl, undefined);
  assert.equal(mergeStats([undefined]), undefined);
});
