import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { arrangeByStep } from '../../extension/webviews/overview/arrangeByStep';
import { expandSelection } from '../../extension/webviews/overview/graphSelection';
import { directionOfKey, neighbour } from '../../extension/webviews/overview/canvas/keyboardNav';
import { fromSpecLayout } from '../../extension/webviews/overview/layout';
import { MAX_RADIUS, MIN_RADIUS, metricSizeScale } from '../../extension/webviews/overview/sizeScale';

// Two trees, as the backend lays them out (MapLayoutBuilder; its own tests cover the algorithm):
//   r1 ─ a (Prune) ─ a1 (Quantize)
//      │           └ a2 (Finetune)
//      └ b (Quantize)
//   r2 ─ c (Finetune)
const node = (id: string, parent: string | null, column: number, row: number, depth: number) => ({ id, parent, column, row, depth });
const layout = fromSpecLayout({
  nodes: [node('r1', null, 0, 0, 0), node('a', 'r1', 1, 0, 1), node('a1', 'a', 2, 0, 2), node('a2', 'a', 3, 1, 2), node('b', 'r1', 2, 2, 1), node('r2', null, 0, 3, 0), node('c', 'r2', 3, 3, 1)],
  columns: ['Base', 'Prune', 'Quantize', 'Finetune'].map((label, index) => ({ index, operation: index === 0 ? null : label, label })),
  rowCount: 4,
  stepCount: 3,
});

describe('fromSpecLayout', () => {
  test('a missing parent, operation or parameter label reads as null', () => {
    const one = fromSpecLayout({ nodes: [{ id: 'x', column: 0, row: 0, depth: 0 }], columns: [{ index: 0, label: 'Base' }], rowCount: 1, stepCount: 1 });
    assert.deepEqual(one.nodes, [{ id: 'x', parent: null, column: 0, row: 0, depth: 0, parameterLabel: null }]);
    assert.deepEqual(one.columns, [{ index: 0, operation: null, label: 'Base' }]);
  });

  test('nodes the backend sent whole are used as they are, not copied', () => {
    const sent = [node('r', null, 0, 0, 0), node('k', 'r', 1, 0, 1)];
    const used = fromSpecLayout({ nodes: sent, columns: [{ index: 0, label: 'Base' }], rowCount: 1, stepCount: 1 });
    assert.equal(used.nodes, sent);
  });

  test('a parameter label is kept for the map to draw', () => {
    const one = fromSpecLayout({ nodes: [{ id: 'x', column: 1, row: 0, depth: 1, parent: 'r', parameterLabel: '50%' }], columns: [], rowCount: 1, stepCount: 2 });
    assert.equal(one.nodes[0].parameterLabel, '50%');
  });
});

describe('arrangeByStep', () => {
  const byStep = arrangeByStep(layout);
  const columnOf = (id: string) => byStep.nodes.find((n) => n.id === id)!.column;

  test('each model sits in the column of its depth, for every root', () => {
    assert.deepEqual(
      ['r1', 'a', 'a1', 'a2', 'b', 'r2', 'c'].map(columnOf),
      [0, 1, 2, 2, 1, 0, 1],
    );
  });

  test('columns are labelled Base, Step 1, Step 2', () => {
    assert.deepEqual(
      byStep.columns.map((c) => c.label),
      ['Base', 'Step 1', 'Step 2'],
    );
    assert.deepEqual(
      byStep.columns.map((c) => c.index),
      [0, 1, 2],
    );
  });

  test('rows, parents and order are those of the operation layout', () => {
    assert.deepEqual(
      byStep.nodes.map((n) => [n.id, n.row, n.parent]),
      layout.nodes.map((n) => [n.id, n.row, n.parent]),
    );
    assert.equal(byStep.rowCount, layout.rowCount);
  });

  test('every edge moves exactly one column right', () => {
    for (const n of byStep.nodes) if (n.parent !== null) assert.equal(columnOf(n.id) - columnOf(n.parent), 1);
  });

  test('an empty spec has no columns', () => {
    assert.deepEqual(arrangeByStep(fromSpecLayout({ nodes: [], columns: [], rowCount: 0, stepCount: 0 })).columns, []);
  });
});

describe('metricSizeScale', () => {
  const scale = metricSizeScale({ min: 0 }, [10, 20, 30, null]);

  test('the domain comes from the data', () => {
    assert.deepEqual(scale.domain, [10, 30]);
    assert.equal(scale(10), MIN_RADIUS);
    assert.equal(scale(30), MAX_RADIUS);
  });

  test('area, not radius, is proportional to the value', () => {
    const area = (v: number) => Math.PI * scale(v) ** 2;
    const minArea = Math.PI * MIN_RADIUS ** 2;
    assert.ok(Math.abs((area(20) - minArea) / (area(30) - minArea) - 0.5) < 1e-9);
    assert.ok(scale(20) > (MIN_RADIUS + MAX_RADIUS) / 2, 'a sqrt scale sits above the radius midpoint');
  });

  test('missing values get the smallest disc; out-of-domain values are clamped', () => {
    assert.equal(scale(null), MIN_RADIUS);
    assert.equal(scale(undefined), MIN_RADIUS);
    assert.equal(scale(Number.NaN), MIN_RADIUS);
    assert.equal(scale(-5), MIN_RADIUS);
    assert.equal(scale(99), MAX_RADIUS);
  });

  test('a single value still gets a valid radius', () => {
    const one = metricSizeScale({}, [4]);
    assert.ok(Number.isFinite(one(4)) && one(4) >= MIN_RADIUS && one(4) <= MAX_RADIUS);
  });
});

describe('expandSelection', () => {
  const nodes = layout.nodes;

  test('+ Parents and + Children add one step, keeping the selection first', () => {
    assert.deepEqual(expandSelection(nodes, ['a1', 'c'], 'parents'), ['a1', 'c', 'a', 'r2']);
    assert.deepEqual(expandSelection(nodes, ['a'], 'children'), ['a', 'a1', 'a2']);
    assert.deepEqual(expandSelection(nodes, ['r1', 'r2'], 'children'), ['r1', 'r2', 'a', 'b', 'c']);
  });

  test('+ Ancestors and + Descendants follow the whole tree, staying within it', () => {
    assert.deepEqual(expandSelection(nodes, ['a1'], 'ancestors'), ['a1', 'r1', 'a']);
    assert.deepEqual(expandSelection(nodes, ['r1'], 'descendants'), ['r1', 'a', 'a1', 'a2', 'b']);
    assert.deepEqual(expandSelection(nodes, ['c', 'a'], 'ancestors'), ['c', 'a', 'r1', 'r2']);
  });

  test('roots have no parents, leaves no children; unknown ids are kept but not followed', () => {
    assert.deepEqual(expandSelection(nodes, ['r1', 'r2'], 'parents'), ['r1', 'r2']);
    assert.deepEqual(expandSelection(nodes, ['a1'], 'descendants'), ['a1']);
    assert.deepEqual(expandSelection(nodes, ['ghost'], 'children'), ['ghost']);
    assert.deepEqual(expandSelection(nodes, [], 'descendants'), []);
  });

  test('already selected models are not repeated', () => {
    assert.deepEqual(expandSelection(nodes, ['a2', 'a'], 'children'), ['a2', 'a', 'a1']);
  });
});

describe('keyboard neighbour', () => {
  const nodes = layout.nodes;

  test('left is the parent, right the first child', () => {
    assert.equal(neighbour(nodes, 'a1', 'left'), 'a');
    assert.equal(neighbour(nodes, 'r1', 'left'), null);
    assert.equal(neighbour(nodes, 'r1', 'right'), 'a');
    assert.equal(neighbour(nodes, 'a', 'right'), 'a1');
    assert.equal(neighbour(nodes, 'a2', 'right'), null);
  });

  test('up and down move to the nearest model in the same column, across roots', () => {
    assert.equal(neighbour(nodes, 'r1', 'down'), 'r2');
    assert.equal(neighbour(nodes, 'r2', 'up'), 'r1');
    assert.equal(neighbour(nodes, 'r1', 'up'), null);
    assert.equal(neighbour(nodes, 'r2', 'down'), null);
  });

  test('up and down work in the step arrangement too', () => {
    const byStep = arrangeByStep(layout).nodes;
    assert.equal(neighbour(byStep, 'a1', 'down'), 'a2');
    assert.equal(neighbour(byStep, 'b', 'up'), 'a');
    assert.equal(neighbour(byStep, 'b', 'down'), 'c');
  });

  test('unknown ids go nowhere; arrow keys map to directions', () => {
    assert.equal(neighbour(nodes, 'ghost', 'left'), null);
    assert.equal(directionOfKey('ArrowUp'), 'up');
    assert.equal(directionOfKey('Enter'), null);
  });
});
