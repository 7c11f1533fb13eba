import assert from 'node:assert/strict';
import type { ModelSummary } from '../../protocol/generated/contract';
import { describe, test } from 'node:test';
import { metricColorScale } from '../../extension/webviews/overview/colorScale';
import { metricValues } from '../../extension/webviews/overview/metricValues';
import { COLOR_STEPS, pointFills } from '../../extension/webviews/overview/scatter/paintPoints';

describe('pointFills', () => {
  const scale = metricColorScale([0, 1]);
  // Models as a live-edited spec can hold them: no metrics, null, a string where a number belongs.
  const fills = (models: object[]) => pointFills(metricValues(models as Pick<ModelSummary, 'metrics'>[], 'acc'), scale, 'blue');

  test('without a colour metric (or scale) every disc gets the plain colour', () => {
    const values = metricValues([{ metrics: { acc: 0.5 } }], 'acc');
    assert.equal(pointFills(null, scale, 'blue')(0), 'blue');
    assert.equal(pointFills(values, null, 'blue')(0), 'blue');
  });

  test('a model with no value for the colour metric is hollow (null)', () => {
    const fill = fills([{ metrics: { acc: null } }, { metrics: {} }, {}, { metrics: { acc: 'n/a' } }, { metrics: { acc: 0.5 } }]);
    assert.deepEqual([0, 1, 2, 3].map(fill), [null, null, null, null]);
    assert.equal(fill(4), scale(0.5));
  });

  test('values are rounded to COLOR_STEPS levels so thousands of discs batch into few paths', () => {
    const step = 1 / COLOR_STEPS;
    const fill = fills([{ metrics: { acc: 0.5 + step * 0.3 } }, { metrics: { acc: 0.5 + step * 0.7 } }]);
    assert.equal(fill(0), scale(0.5));
    assert.equal(fill(1), scale(0.5 + step));
    const many = fills(Array.from({ length: 10_000 }, (_, i) => ({ metrics: { acc: i / 10_000 } })));
    assert.equal(new Set(Array.from({ length: 10_000 }, (_, i) => many(i))).size, COLOR_STEPS + 1);
  });
});
