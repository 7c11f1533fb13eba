import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SelectionExplanation } from '../../protocol/generated/contract';
import { barBaseline, barDomain } from '../../extension/webviews/overview/details/barDomain';
import { cellTooltip, TOOLTIP_MODEL_LIMIT } from '../../extension/webviews/overview/details/cellTooltip';
import { groupIntoCells, summarizeCell } from '../../extension/webviews/overview/details/chartCells';
import { levelColors } from '../../extension/webviews/overview/details/levelColors';

/** The demo's second example: two pruning subtrees, one with a calibrate step. */
const pruneAndCalibrate: SelectionExplanation = {
  modelIds: ['p30', 'p50', 'p70', 'p30c', 'p50c', 'p70c', 'p50c-seed2'],
  unknownIds: [], chart: 'grouped',
  variables: [
    { name: 'Prune · amount', kind: 'parameter', levels: ['0.3', '0.5', '0.7'], values: [0, 1, 2, 0, 1, 2, 1], numeric: true, parts: [] },
    { name: 'Calibrate', kind: 'presence', levels: ['false', 'true'], values: [0, 0, 0, 1, 1, 1, 1], numeric: false, parts: [] },
  ],
};

describe('groupIntoCells', () => {
  test('amount on x and calibrate as colour gives one cell per pair, models sharing a cell together', () => {
    const grouping = groupIntoCells(pruneAndCalibrate, 0, 1);
    assert.deepEqual(grouping.xLevels, ['0.3', '0.5', '0.7']);
    assert.deepEqual(grouping.colorLevels, ['false', 'true']);
    assert.deepEqual(grouping.cells, [
      { x: 0, color: 0, models: [0] },
      { x: 0, color: 1, models: [3] },
      { x: 1, color: 0, models: [1] },
      { x: 1, color: 1, models: [4, 6] },
      { x: 2, color: 0, models: [2] },
      { x: 2, color: 1, models: [5] },
    ]);
  });

  test('without a colour variable, models group by x alone', () => {
    const grouping = groupIntoCells(pruneAndCalibrate, 0, null);
    assert.equal(grouping.colorLevels, null);
    assert.deepEqual(grouping.cells, [
      { x: 0, color: null, models: [0, 3] },
      { x: 1, color: null, models: [1, 4, 6] },
      { x: 2, color: null, models: [2, 5] },
    ]);
  });

  test('swapping the variables puts calibrate on x', () => {
    const grouping = groupIntoCells(pruneAndCalibrate, 1, 0);
    assert.deepEqual(grouping.xLevels, ['false', 'true']);
    assert.deepEqual(grouping.cells.map((c) => [c.x, c.color, c.models.length]), [[0, 0, 1], [0, 1, 1], [0, 2, 1], [1, 0, 1], [1, 1, 2], [1, 2, 1]]);
  });

  test('levels no model has are left out and the rest keep their order', () => {
    const explanation: SelectionExplanation = {
      modelIds: ['a', 'b'],
      unknownIds: [], chart: 'grouped',
      variables: [{ name: 'amount', kind: 'parameter', levels: ['0.1', '0.5', '0.9'], values: [2, 0], numeric: false, parts: [] }],
    };
    const grouping = groupIntoCells(explanation, 0, null);
    assert.deepEqual(grouping.xLevels, ['0.1', '0.9']);
    assert.deepEqual(grouping.cells, [{ x: 0, color: null, models: [1] }, { x: 1, color: null, models: [0] }]);
  });

  test('asking for a variable the explanation lacks is a programming error, not an empty chart', () => {
    assert.throws(() => groupIntoCells(pruneAndCalibrate, 5, null), RangeError);
    assert.throws(() => groupIntoCells(pruneAndCalibrate, 0, 2), RangeError);
  });
});

describe('summarizeCell', () => {
  test('mean, min and max over the models with a value; missing ones counted apart', () => {
    const values = [0.9, null, 0.7, Number.NaN, 0.8];
    assert.deepEqual(summarizeCell([0, 1, 2, 3, 4], (i) => values[i]), { mean: (0.9 + 0.7 + 0.8) / 3, min: 0.7, max: 0.9, count: 3, missing: 2 });
  });

  test('no values at all gives no mean rather than zero', () => {
    assert.deepEqual(summarizeCell([0, 1], () => null), { mean: null, min: null, max: null, count: 0, missing: 2 });
  });
});

describe('barDomain', () => {
  test("uses the spec's min and max when both are given", () => {
    assert.deepEqual(barDomain({ min: 0, max: 1 }, [0.93, 0.95]), [0, 1]);
  });

  test('an open end follows the data, and zero is included so bar length means value', () => {
    assert.deepEqual(barDomain({ min: 0, max: null }, [2e6, 4e7]), [0, 4e7]);
    assert.deepEqual(barDomain({}, [12, 30]), [0, 30]);
    assert.deepEqual(barDomain({}, [-3, -1]), [-3, 0]);
  });

  test('values outside the declared range widen it instead of being clipped', () => {
    assert.deepEqual(barDomain({ min: 0, max: 1 }, [0.5, 1.2]), [0, 1.2]);
  });

  test('no data and no bounds still gives a usable range; a single zero is widened', () => {
    assert.deepEqual(barDomain({}, [null, undefined]), [0, 1]);
    assert.deepEqual(barDomain({}, [0, 0]), [0, 1]);
  });

  test('bars start at zero inside the domain, else at the nearer end', () => {
    assert.equal(barBaseline([-2, 5]), 0);
    assert.equal(barBaseline([0.5, 1]), 0.5);
    assert.equal(barBaseline([-5, -1]), -1);
  });
});

describe('cellTooltip', () => {
  const metric = { name: 'Top-1 Accuracy', format: '.1%', unit: null };
  const values = [0.91, 0.9, 0.85, 0.92, 0.915, 0.88, 0.925];
  const grouping = groupIntoCells(pruneAndCalibrate, 0, 1);
  const context = { grouping, xName: 'Prune · amount', colorName: 'Calibrate', metric, modelIds: pruneAndCalibrate.modelIds, valueOf: (i: number) => values[i] };

  test('names both levels, gives the formatted mean and each model with its value', () => {
    const content = cellTooltip(grouping.cells[3], context);
    assert.equal(content.title, 'Prune · amount: 0.5 · Calibrate: true');
    assert.equal(content.subtitle, 'Top-1 Accuracy: mean 92.0% · 2 models');
    assert.deepEqual(content.rows, [{ label: 'p50c', value: '91.5%' }, { label: 'p50c-seed2', value: '92.5%' }]);
    assert.equal(content.more, 'click to select these 2');
  });

  test('a single model shows its value, not a mean', () => {
    assert.equal(cellTooltip(grouping.cells[0], context).subtitle, 'Top-1 Accuracy: 91.0%');
  });

  test('long cells list the first models and say how many more', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `m${i}`);
    const many: SelectionExplanation = { modelIds: ids, unknownIds: [], chart: 'grouped', variables: [{ name: 'v', kind: 'operation', levels: ['A'], values: ids.map(() => 0), numeric: false, parts: [] }] };
    const g = groupIntoCells(many, 0, null);
    const content = cellTooltip(g.cells[0], { grouping: g, xName: 'v', colorName: null, metric, modelIds: ids, valueOf: () => null });
    assert.equal(content.rows.length, TOOLTIP_MODEL_LIMIT);
    assert.equal(content.rows[0].value, '—');
    assert.equal(content.subtitle, 'Top-1 Accuracy: no value · 30 models');
    assert.equal(content.more, `and ${30 - TOOLTIP_MODEL_LIMIT} more · click to select all 30`);
  });
});

describe('levelColors', () => {
  test('gives distinct colours for any number of levels', () => {
    for (const n of [1, 2, 10, 11, 25]) {
      const colors = levelColors(n);
      assert.equal(colors.length, n);
      assert.equal(new Set(colors).size, n, `${n} levels`);
    }
    assert.deepEqual(levelColors(0), []);
  });
});
