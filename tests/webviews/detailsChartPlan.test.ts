// The webview's side of "never average two recipes": the chart plan after the user refines, the value-pill
// restriction, per-model bars and their labels, and which metrics are charted by default.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MetricDefinition, SelectionExplanation } from '../../protocol/generated/contract';
import { perModel, planChart, recipeLabel, restrict, shortLabel } from '../../extension/webviews/overview/details/chartPlan';
import { metricsShown } from '../../extension/webviews/overview/details/metricsShown';

/** Amount × bits × retrain over 8 models: three independent variables. */
const grid = (n = 8): SelectionExplanation => ({
  modelIds: Array.from({ length: n }, (_, i) => `m${i}`),
  unknownIds: [],
  chart: 'refine',
  variables: [
    { name: 'Prune · amount', kind: 'parameter', levels: ['0.5', '0.9'], values: Array.from({ length: n }, (_, i) => i & 1), numeric: true, parts: [] },
    { name: 'Quantize · bits', kind: 'parameter', levels: ['4', '8'], values: Array.from({ length: n }, (_, i) => (i >> 1) & 1), numeric: true, parts: [] },
    { name: 'Retrain', kind: 'presence', levels: ['no Retrain', 'Retrain'], values: Array.from({ length: n }, (_, i) => (i >> 2) & 1), numeric: false, parts: [] },
  ],
});

describe('planChart', () => {
  test('a third variable that splits a bar asks to refine with 6 or more models, one bar per model below', () => {
    assert.equal(planChart(grid(), 0, 1), 'refine');
    assert.equal(planChart(grid(5), 0, 1), 'perModel');
  });
  test('bars that each hold one recipe stay grouped', () => {
    assert.equal(planChart(grid(4), 0, 1), 'grouped');
  });
  test('without colour, x alone must tell the recipes apart', () => {
    assert.equal(planChart(grid(2), 0, null), 'grouped');
    assert.equal(planChart(grid(4), 0, null), 'perModel');
  });
});

describe('restrict (value pills)', () => {
  test('pressing Retrain keeps its 4 models, drops the now constant variable and charts grouped', () => {
    const restricted = restrict(grid(), new Map([['Retrain', new Set([1])]]));
    assert.deepEqual(restricted.modelIds, ['m4', 'm5', 'm6', 'm7']);
    assert.deepEqual(restricted.variables.map((v) => v.name), ['Prune · amount', 'Quantize · bits']);
    assert.equal(restricted.chart, 'grouped');
  });
  test('levels none of the models left has are dropped and values renumbered', () => {
    const restricted = restrict(grid(), new Map([['Prune · amount', new Set([1])]]));
    assert.deepEqual(restricted.modelIds, ['m1', 'm3', 'm5', 'm7']);
    assert.ok(restricted.variables.every((v) => v.levels.length === 2 && v.values.every((x) => x < 2)));
  });
  test('no pill pressed keeps the explanation as it is', () => {
    const explanation = grid();
    assert.equal(restrict(explanation, new Map()), explanation);
  });
});

describe('per-model bars', () => {
  test('each model is its own level, labelled with what sets it apart and never with "no …" or none', () => {
    const one = perModel(grid(5));
    assert.equal(one.variables.length, 1);
    assert.deepEqual(one.variables[0].values, [0, 1, 2, 3, 4]);
    assert.equal(recipeLabel(grid(5), 4), 'Prune · amount 0.5 & Quantize · bits 4 & Retrain');
    assert.equal(one.variables[0].levels[0], 'Prune · amount 0.5 & Quantize · bits 4');
  });
  test('two models of one recipe still get separate bars, told apart by id', () => {
    const twins: SelectionExplanation = { ...grid(2), variables: [{ ...grid(2).variables[0], values: [0, 0] }] };
    assert.deepEqual(perModel(twins).variables[0].levels, ['Prune · amount 0.5 (m0)', 'Prune · amount 0.5 (m1)']);
  });
  test('a long recipe is shortened to the label limit', () => {
    const long = 'x'.repeat(190);
    assert.equal(shortLabel(long).length, 48);
    assert.ok(shortLabel(long).endsWith('…'));
    assert.equal(shortLabel('short'), 'short');
  });
});

describe('metricsShown', () => {
  const metric = (name: string, primary: boolean): MetricDefinition => ({ name, primary }) as MetricDefinition;
  test('primary metrics by default, the others counted for "More metrics"', () => {
    const { shown, hidden } = metricsShown([metric('acc', true), metric('size', false), metric('lat', true)], false);
    assert.deepEqual(shown.map((m) => m.name), ['acc', 'lat']);
    assert.equal(hidden, 1);
  });
  test('a spec that marks no metric primary charts them all, as the paper does', () => {
    assert.deepEqual(metricsShown([metric('a', false), metric('b', false)], false).shown.map((m) => m.name), ['a', 'b']);
  });
  test('"More metrics" charts every one', () => {
    assert.equal(metricsShown([metric('acc', true), metric('size', false)], true).hidden, 0);
  });
});
