import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brushSelection, modelsInRect, rectBetween } from '../../extension/webviews/overview/canvas/mapBrush';
import { createHitIndex } from '../../extension/webviews/overview/canvas/mapHitTest';

const nodes = [
  { id: 'base', x: 90, y: 28 },
  { id: 'p50', x: 270, y: 28 },
  { id: 'p70', x: 270, y: 84 },
  { id: 'q8', x: 450, y: 84 },
];

describe('rectBetween', () => {
  test('normalises a drag in any direction', () => {
    assert.deepEqual(rectBetween({ x: 300, y: 100 }, { x: 200, y: 20 }), { x0: 200, y0: 20, x1: 300, y1: 100 });
  });
});

describe('modelsInRect', () => {
  test('catches the models whose centre is inside, in map order', () => {
    assert.deepEqual(modelsInRect(nodes, { x0: 200, y0: 0, x1: 500, y1: 90 }, null), ['p50', 'p70', 'q8']);
  });

  test('a centre on the border counts, one just outside does not', () => {
    assert.deepEqual(modelsInRect(nodes, { x0: 270, y0: 28, x1: 449, y1: 84 }, null), ['p50', 'p70']);
  });

  test('models outside the filter are never brushed', () => {
    assert.deepEqual(modelsInRect(nodes, { x0: 0, y0: 0, x1: 500, y1: 100 }, new Set(['base', 'q8'])), ['base', 'q8']);
  });
});

describe('brushSelection', () => {
  test('a plain brush replaces the selection', () => {
    assert.deepEqual(brushSelection(['base'], ['p70', 'q8'], false), ['p70', 'q8']);
  });

  test('an additive brush appends only what is new, keeping the first pick first', () => {
    assert.deepEqual(brushSelection(['q8', 'base'], ['p70', 'q8'], true), ['q8', 'base', 'p70']);
  });
});

describe('createHitIndex', () => {
  const discs = [
    { x: 90, y: 28, r: 8 },
    { x: 270, y: 28, r: 16 },
    { x: 270, y: 84, r: 5 },
  ];
  const hit = createHitIndex(discs);

  test('finds the disc under the point', () => {
    assert.equal(hit(92, 30, 0), 0);
    assert.equal(hit(270 + 15, 28, 0), 1, 'inside the large disc near its rim');
    assert.equal(hit(270, 88, 0), 2);
  });

  test('misses between discs, unless the slack reaches one', () => {
    assert.equal(hit(180, 56, 0), -1);
    assert.equal(hit(270, 91, 0), -1);
    assert.equal(hit(270, 91, 3), 2);
  });

  test('an empty map hits nothing', () => {
    assert.equal(createHitIndex([])(0, 0, 10), -1);
  });
});
