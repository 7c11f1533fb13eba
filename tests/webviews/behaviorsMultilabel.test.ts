// The Behaviors panel's multilabel instance rows: the labelled set as the true label, each model's predicted set
// as class names ("∅" when empty), and the classes a compared model adds to or drops from the base's set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InstancePrediction, InstanceRow } from '../../protocol/generated/contract';
import { classSetText, setChangeText } from '../../extension/webviews/behaviors/multilabelSets';
import { instanceRowView } from '../../extension/webviews/behaviors/rowViews';

const CLASSES = ['cat', 'dog', 'bird'];

function prediction(predictedSet: number[], agrees: boolean, correct: boolean, confidence: number, confidenceChange: number): InstancePrediction {
  return {
    predicted: 0, confidence, correct, agrees, kl: agrees ? 0 : 0.25, confidenceChange,
    change: correct ? 'bothRight' : 'broken', predictedSet,
  };
}

// Labelled cat + dog; the base predicts exactly that, m1 drops dog and adds bird, m2 predicts nothing, m3 agrees.
const ROW: InstanceRow = {
  instance: 4, label: 0, labels: [0, 1], flips: 2,
  predictions: [
    prediction([0, 1], true, true, 0.9, 0),
    prediction([0, 2], false, false, 0.8, -0.1),
    prediction([], false, false, 0.6, -0.3),
    prediction([0, 1], true, true, 0.85, -0.05),
  ],
};

test('a set reads as class names joined by +, and an empty set as ∅', () => {
  assert.equal(classSetText([0, 2], CLASSES), 'cat + bird');
  assert.equal(classSetText([], CLASSES), '∅');
  assert.equal(classSetText([7], CLASSES), 'class 7');
});

test('a change from the base names the classes added, then those dropped', () => {
  assert.equal(setChangeText([0, 2], [0, 1], CLASSES), '+bird −dog');
  assert.equal(setChangeText([0, 1], [0, 1], CLASSES), '');
});

test('a multilabel row shows the labelled set as its true label and each model\'s predicted set', () => {
  const view = instanceRowView(ROW, CLASSES, false);
  assert.equal(view.label, '#4 · cat + dog');
  assert.equal(view.detail, '2 flips');
  assert.deepEqual(view.cells.map((c) => c.text), [
    'cat + dog 90.0%', 'cat + bird (+bird −dog) 80.0%', '∅ (−cat −dog) 60.0%', 'cat + dog 85.0%',
  ]);
  assert.deepEqual(view.cells.map((c) => c.worse), [false, true, true, false]);
  assert.deepEqual(view.cells.map((c) => c.wrong), [false, true, true, false]);
  assert.equal(view.cells[1].title, 'wrong · broken · KL 0.250 · vs base +bird −dog');
  assert.equal(view.cells[0].title, 'right · bothRight · KL 0.000');
});

test('relative multilabel cells show the confidence change next to the set', () => {
  const view = instanceRowView(ROW, CLASSES, true);
  assert.deepEqual(view.cells.map((c) => c.text.split(' ').at(-1)), ['±0.0%', '−10.0%', '−30.0%', '−5.0%']);
});

test('an instance labelled with no class reads ∅, and a classification row keeps its single true class', () => {
  assert.equal(instanceRowView({ ...ROW, labels: [] }, CLASSES, false).label, '#4 · ∅');
  const classification: InstanceRow = { instance: 1, label: 2, flips: 0, predictions: [{ ...prediction([], true, true, 0.7, 0), predictedSet: null, predicted: 2 }] };
  const view = instanceRowView(classification, CLASSES, false);
  assert.equal(view.label, '#1 · bird');
  assert.equal(view.cells[0].text, 'bird 70.0%');
});
