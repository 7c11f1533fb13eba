// The Behaviors panel on tasks beyond classification: the vector metrics of embeddings and regression (how their
// cells read and sort, instance rows with cosine, MSE and relative L2), multilabel's F1, and generated text's rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BehaviorStats, InstanceRow } from '../../protocol/generated/contract';
import { nextSort } from '../../extension/webviews/behaviors/behaviorRows';
import { parseBehaviorsState } from '../../extension/webviews/behaviors/behaviorsState';
import {
  COMPARISON_METRICS, cellValue, comparisonMetric, formatMetricValue, isVectorTask, metricsForTask,
} from '../../extension/webviews/behaviors/comparisonMetrics';
import { textInstanceRowView, vectorInstanceRowView, vectorNumbers } from '../../extension/webviews/behaviors/rowViews';

function vectorStats(meanCosine: number, meanMse: number, meanRelativeL2: number, labelMse: number | null = null): BehaviorStats {
  return {
    count: 3, errors: 0, fixed: 0, broken: 0, accuracy: null, agreement: null, meanKl: null, relativeErrorChange: null, meanConfidence: null,
    meanCosine, meanMse, meanRelativeL2, labelMse, labelMseChange: labelMse === null ? null : 0,
  };
}

const ROW: InstanceRow = {
  instance: 2, label: 0, flips: 0,
  predictions: [
    { predicted: 0, confidence: 0, correct: true, agrees: true, kl: 0, confidenceChange: 0, change: 'bothRight', cosine: 1, mse: 0, relativeL2: 0, labelMse: null },
    { predicted: 0, confidence: 0, correct: true, agrees: true, kl: 0, confidenceChange: 0, change: 'bothRight', cosine: 0.9486833, mse: 0.5, relativeL2: 0.7071068, labelMse: null },
  ],
};

test('a classification keeps exactly the class metrics', () => {
  assert.equal(metricsForTask('classification'), COMPARISON_METRICS);
  assert.equal(metricsForTask('binary'), COMPARISON_METRICS);
  assert.equal(isVectorTask('classification'), false);
});

test('a multilabel comparison adds F1 and the labels changed from the base to the class metrics', () => {
  assert.deepEqual(metricsForTask('multilabel').map((m) => m.key).slice(-2), ['f1Score', 'hammingToBase']);
  assert.equal(metricsForTask('multilabel').length, COMPARISON_METRICS.length + 2);
  assert.equal(formatMetricValue(0.8333, comparisonMetric('f1Score'), false), '83.3%');
});

test('an embedding offers cosine, MSE and relative L2, and MSE to labels only with regression labels', () => {
  assert.deepEqual(metricsForTask('embedding', vectorStats(1, 0, 0)).map((m) => m.key), ['meanCosine', 'meanMse', 'meanRelativeL2']);
  assert.deepEqual(metricsForTask('regression', vectorStats(1, 0, 0, 0.25)).map((m) => m.key), ['meanCosine', 'meanMse', 'meanRelativeL2', 'labelMse']);
});

test('vector metrics read, compare with the base and format as plain numbers', () => {
  const cosine = comparisonMetric('meanCosine');
  assert.equal(cosine.key, 'meanCosine');
  const model = vectorStats(0.9828944, 1 / 3, 0.5690356);
  const base = vectorStats(1, 0, 0);
  assert.equal(formatMetricValue(cellValue(model, base, 'meanCosine', false), cosine, false), '0.983');
  assert.equal(formatMetricValue(cellValue(model, base, 'meanCosine', true), cosine, true), '−0.017');
  assert.equal(formatMetricValue(cellValue(model, base, 'meanRelativeL2', false), comparisonMetric('meanRelativeL2'), false), '0.569');
});

test('sorting instances by cosine asks the backend for the lowest first, by relative L2 the largest first', () => {
  assert.deepEqual(nextSort(null, 'b', 'meanCosine'), { modelId: 'b', descending: false });
  assert.deepEqual(nextSort(null, 'b', 'meanRelativeL2'), { modelId: 'b', descending: true });
  assert.equal(comparisonMetric('meanCosine').instanceField[0], 'cosine');
  assert.equal(comparisonMetric('meanRelativeL2').instanceField[0], 'relativeL2');
});

test('a stored vector metric survives a reload', () => {
  assert.equal(parseBehaviorsState({ metric: 'meanRelativeL2' }).metric, 'meanRelativeL2');
  assert.equal(parseBehaviorsState({ metric: 'nonsense' }).metric, 'accuracy');
});

test('an instance row shows the chosen vector metric per model, with every number in the tooltip', () => {
  const view = vectorInstanceRowView(ROW, comparisonMetric('meanCosine'));
  assert.equal(view.label, '#2');
  assert.deepEqual(view.cells.map((c) => c.text), ['1.000', '0.949']);
  assert.equal(view.cells[1].title, 'cosine 0.949 · MSE 0.500 · relative L2 0.707');
  const byL2 = vectorInstanceRowView(ROW, comparisonMetric('meanRelativeL2'));
  assert.deepEqual(byL2.cells.map((c) => c.text), ['0.000', '0.707']);
  assert.ok(Math.abs(byL2.cells[1].bar.width - 70.71068) < 1e-3);
});

test('the MSE to the label joins the numbers when the dataset has regression labels', () => {
  assert.equal(vectorNumbers({ ...ROW.predictions[1], labelMse: 0.25 }), 'cosine 0.949 · MSE 0.500 · relative L2 0.707 · MSE to label 0.250');
});

test('generated text offers exact match and token F1, to the references only when there are some', () => {
  const referenced = { ...vectorStats(1, 0, 0), tokenF1: 0.8, tokenF1ToBase: 1 };
  assert.deepEqual(metricsForTask('generation', referenced).map((m) => m.label), ['Exact match', 'Token F1', 'Exact match with base', 'Token F1 to base']);
  assert.deepEqual(metricsForTask('generation', { ...referenced, tokenF1: null }).map((m) => m.key), ['agreement', 'tokenF1ToBase']);
});

test('an instance row of generated text shows each model\'s string, marking the one that changed and missed', () => {
  const base = { ...ROW.predictions[0], text: 'Eiffel Tower', tokenF1: 1, tokenF1ToBase: 1, cosine: null, mse: null, relativeL2: null };
  const model = { ...base, text: 'tower, in Paris', tokenF1: 0.4, tokenF1ToBase: 0.4, agrees: false, correct: false, change: 'broken' as const };
  const view = textInstanceRowView({ instance: 1, label: 0, flips: 1, predictions: [base, model] });
  assert.deepEqual(view.cells.map((c) => c.text), ['Eiffel Tower', 'tower, in Paris']);
  assert.deepEqual(view.cells.map((c) => [c.worse, c.wrong]), [[false, false], [true, true]]);
  assert.equal(view.cells[1].title, 'token F1 0.400 to the reference · token F1 0.400 to the base');
  assert.equal(view.detail, '1 changed');
});
