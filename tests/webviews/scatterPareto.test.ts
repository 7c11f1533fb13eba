import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paretoFront, paretoSteps, type ScatterPoint } from '../../extension/webviews/overview/scatter/paretoFront';
import { placeModels } from '../../extension/webviews/overview/scatter/scatterPoints';

const p = (id: string, x: number, y: number): ScatterPoint => ({ id, x, y });
const ids = (points: ScatterPoint[]) => points.map((q) => q.id);

describe('paretoFront', () => {
  // Size (lower is better) against accuracy (higher is better), like the demo spec.
  const models = [p('base', 44, 0.94), p('p50', 22, 0.937), p('p70', 13, 0.91), p('p90', 4, 0.77), p('q4', 5.6, 0.9), p('bad', 30, 0.9)];

  test('smaller size and higher accuracy: best x first, dominated models left out', () => {
    assert.deepEqual(ids(paretoFront(models, 'lower', 'higher')), ['p90', 'q4', 'p70', 'p50', 'base']);
  });

  test('flipping x keeps only the models no larger model beats on accuracy', () => {
    assert.deepEqual(ids(paretoFront(models, 'higher', 'higher')), ['base']);
  });

  test('both lower: the front runs from the smallest x down the y axis', () => {
    assert.deepEqual(ids(paretoFront(models, 'lower', 'lower')), ['p90']);
    const points = [p('a', 1, 5), p('b', 2, 3), p('c', 3, 1), p('d', 3, 4)];
    assert.deepEqual(ids(paretoFront(points, 'lower', 'lower')), ['a', 'b', 'c']);
    assert.deepEqual(ids(paretoFront(points, 'higher', 'lower')), ['c']);
    assert.deepEqual(ids(paretoFront(points, 'higher', 'higher')), ['d', 'a']);
  });

  test('ties: exact duplicates both stay, a tie on one axis loses to the better other axis', () => {
    const points = [p('a', 1, 5), p('a2', 1, 5), p('b', 1, 4), p('c', 2, 5), p('d', 0.5, 3)];
    assert.deepEqual(ids(paretoFront(points, 'lower', 'higher')), ['d', 'a', 'a2']);
  });

  test('points with a missing (non-finite) coordinate take no part', () => {
    const points = [p('nan', Number.NaN, 10), p('inf', 0, Number.POSITIVE_INFINITY), p('a', 1, 1), p('b', 2, 2)];
    assert.deepEqual(ids(paretoFront(points, 'lower', 'higher')), ['a', 'b']);
  });

  test('empty and single inputs', () => {
    assert.deepEqual(paretoFront([], 'lower', 'higher'), []);
    assert.deepEqual(ids(paretoFront([p('only', 3, 3)], 'higher', 'lower')), ['only']);
  });

  test('paretoSteps goes along x to the next point, then along y', () => {
    assert.deepEqual(paretoSteps([p('a', 1, 1), p('b', 2, 3), p('c', 4, 5)]), [
      [1, 1],
      [2, 1],
      [2, 3],
      [4, 3],
      [4, 5],
    ]);
    assert.deepEqual(paretoSteps([p('a', 1, 1)]), [[1, 1]]);
    assert.deepEqual(paretoSteps([]), []);
  });
});

describe('placeModels', () => {
  test('places models with both values, counts the rest, ignores repeated ids', () => {
    const models: { id: string; metrics: Record<string, number | null> }[] = [
      { id: 'a', metrics: { x: 1, y: 2 } },
      { id: 'b', metrics: { x: 1, y: null } },
      { id: 'c', metrics: { y: 3 } },
      { id: 'a', metrics: { x: 9, y: 9 } },
      { id: 'd', metrics: { x: Number.NaN, y: 1 } },
    ];
    assert.deepEqual(placeModels(models, 'x', 'y'), { points: [{ id: 'a', x: 1, y: 2 }], unplaced: 3 });
    assert.deepEqual(placeModels(models, null, 'y'), { points: [], unplaced: 4 });
  });
});
