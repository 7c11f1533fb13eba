import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { metricColorScale } from '../../extension/webviews/overview/colorScale';
import { COLOR_STEPS, pointFill } from '../../extension/webviews/overview/scatter/paintPoints';

describe('pointFill', () => {
  const scale = metricColorScale([0, 1]);
  const acc = { name: 'acc' };

  test('without a colour metric every disc gets the plain colour', () => {
    assert.equal(pointFill({ metrics: { acc: 0.5 } }, null, null, 'blue'), 'blue');
  });

  test('a model with no value for the colour metric is hollow (null)', () => {
    assert.equal(pointFill({ metrics: { acc: null } }, acc, scale, 'blue'), null);
    assert.equal(pointFill({ metrics: {} }, acc, scale, 'blue'), null);
    assert.equal(pointFill(undefined, acc, scale, 'blue'), null);
  });

  test('values are rounded to COLOR_STEPS levels so thousands of discs batch into few paths', () => {
    const step = 1 / COLOR_STEPS;
    assert.equal(pointFill({ metrics: { acc: 0.5 + step * 0.3 } }, acc, scale, 'blue'), scale(0.5));
    assert.equal(pointFill({ metrics: { acc: 0.5 + step * 0.7 } }, acc, scale, 'blue'), scale(0.5 + step));
    const colors = new Set(Array.from({ length: 10_000 }, (_, i) => pointFill({ metrics: { acc: i / 10_000 } }, acc, scale, 'blue')));
    assert.equal(colors.size, COLOR_STEPS + 1);
  });
});
