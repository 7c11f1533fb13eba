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
    assert.equal(DEFAULT_FORMAT, '.4~');
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

  // Issue 17: axes and filters printed "1e+2" and "1.5e+4". Powers of ten from 1e-6 to 1e12, and their negatives.
  const magnitudes = Array.from({ length: 19 }, (_, i) => 10 ** (i - 6)).flatMap((v) => [v, 1.5 * v, -v]);
  test('no default or general format prints exponent notation from 1e-6 to 1e12', () => {
    for (const format of [null, '', '.2~', '.3', '.2g', ',.3~g', '.4~g', 'not a format', '.2~s']) {
      for (const value of magnitudes) {
        const text = formatMetric(value, { format });
        assert.doesNotMatch(text, /e[+-]?\d/, `${format} on ${value} gave ${text}`);
      }
    }
  });

  test('ordinary magnitudes print plainly, large and tiny ones with SI prefixes', () => {
    const cases: [number, string][] = [
      [1e-6, '1µ'], [1.5e-5, '15µ'], [0.00123, '0.00123'], [0.5, '0.5'], [1, '1'], [100, '100'], [150, '150'],
      [1500, '1500'], [15_000, '15k'], [1.2e6, '1.2M'], [3.5e9, '3.5G'], [1e12, '1T'], [-15_000, '−15k'], [0, '0'],
    ];
    for (const [value, expected] of cases) assert.equal(formatMetric(value, undefined), expected, String(value));
  });

  test("a typeless or 'g' format keeps its precision and flags", () => {
    assert.equal(formatMetric(150, { format: '.2~' }), '150', 'was 1.5e+2');
    assert.equal(formatMetric(1234, { format: '.2~' }), '1200');
    assert.equal(formatMetric(15_000, { format: '.2~' }), '15k', 'was 1.5e+4');
    assert.equal(formatMetric(0.5, { format: '.2g' }), '0.50', "'g' without ~ keeps trailing zeros");
    assert.equal(formatMetric(1500, { format: ',.3~g' }), '1,500');
    assert.equal(formatMetric(0.123456, { format: '.3' }), '0.123');
  });

  test("the paper's formats and units are honoured", () => {
    assert.equal(formatMetric(0.93456, { format: '.2%' }), '93.46%');
    assert.equal(formatMetric(11_173_962, { format: '.2~s' }), '11M');
    assert.equal(formatMetric(12.5, { format: '.2~s', unit: 'ms' }), '13 ms');
    assert.equal(formatMetric(2.5e9, { format: null, unit: 'B' }), '2.5G B');
  });

  test("an explicit 'e' format is still honoured", () => {
    assert.equal(formatMetric(15_000, { format: '.1e' }), '1.5e+4');
  });
});
