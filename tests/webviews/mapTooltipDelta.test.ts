// The tooltip's change against the parent: signed, in the metric's format, better or worse by direction.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metricDelta } from '../../extension/webviews/overview/metricDelta';

const accuracy = { format: '.1f', unit: '%' };
const size = { format: '.1f', unit: 'MB' };

test('a drop in accuracy is worse and a drop in size is better', () => {
  assert.deepEqual(metricDelta(91.2, 93.5, accuracy, 'higher'), { text: '\u22122.3 %', verdict: 'worse' });
  assert.deepEqual(metricDelta(12.5, 44.7, size, 'lower'), { text: '\u221232.2 MB', verdict: 'better' });
});

test('a rise is signed with a plus and judged by the direction', () => {
  assert.deepEqual(metricDelta(94, 93.5, accuracy, 'higher'), { text: '+0.5 %', verdict: 'better' });
  assert.deepEqual(metricDelta(50, 44.7, size, 'lower'), { text: '+5.3 MB', verdict: 'worse' });
});

test('a change the format rounds away reads as unchanged, not as a better +0.0', () => {
  assert.deepEqual(metricDelta(93.52, 93.5, accuracy, 'higher'), { text: '±0.0 %', verdict: 'same' });
  assert.deepEqual(metricDelta(7, 7, size, 'lower'), { text: '±0.0 MB', verdict: 'same' });
});

test('no delta without both values', () => {
  assert.equal(metricDelta(null, 1, size, 'lower'), null);
  assert.equal(metricDelta(1, undefined, size, 'lower'), null);
  assert.equal(metricDelta(Number.NaN, 1, size, 'lower'), null);
});
