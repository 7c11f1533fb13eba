import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_FORMAT, formatMetric, MISSING_VALUE } from '../../extension/shared/formatMetric';

describe('formatMetric', () => {
  test('percent format trims trailing zeros', () => {
    const accuracy = { format: '.2~%' };
    assert.equal(formatMetric(0.7612, accuracy), '76.12%');
    assert.equal(formatMetric(0.7, accuracy), '70%');
    assert.equal(formatMetric(1, accuracy), '100%');
  });

  test('SI format', () => {
    const size = { format: '.2~s' };
    assert.equal(formatMetric(11_689_512, size), '12M');
    assert.equal(formatMetric(1500, size), '1.5k');
    assert.equal(formatMetric(0, size), '0');
  });

  test('the unit is appended after a space', () => {
    assert.equal(formatMetric(12.3456, { format: '.2f', unit: 'ms' }), '12.35 ms');
    assert.equal(formatMetric(44_600_000, { format: '.3~s', unit: 'B' }), '44.6M B');
    assert.equal(formatMetric(3, { format: null, unit: '  ' }), '3', 'a blank unit adds nothing');
  });

  test('the unit can be left off (legend ticks)', () => {
    assert.equal(formatMetric(12.3456, { format: '.2f', unit: 'ms' }, { withUnit: false }), '12.35');
  });

  test('null, undefined and non-finite values show a dash, without the unit', () => {
    const metric = { format: '.2~%', unit: 'x' };
    assert.equal(formatMetric(null, metric), MISSING_VALUE);
    assert.equal(formatMetric(undefined, metric), MISSING_VALUE);
    assert.equal(formatMetric(Number.NaN, metric), MISSING_VALUE);
    assert.equal(MISSING_VALUE, '—');
  });

  test('no format uses the default', () => {
    assert.equal(DEFAULT_FORMAT, '.4~g');
    assert.equal(formatMetric(0.123456, { format: null }), '0.1235');
    assert.equal(formatMetric(42, undefined), '42');
    assert.equal(formatMetric(0.5, { format: '' }), '0.5');
  });

  test('a bad format string falls back to the default instead of throwing', () => {
    for (const bad of ['not a format', '%%', '{}', '.2.3f']) {
      assert.doesNotThrow(() => formatMetric(0.123456, { format: bad }), bad);
      assert.equal(formatMetric(0.123456, { format: bad, unit: 'ms' }), '0.1235 ms', bad);
    }
  });
});
