import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextPoint, type ScreenPoint } from '../../extension/webviews/overview/scatter/scatterNavigation';

const p = (id: string, px: number, py: number): ScreenPoint => ({ id, px, py });

describe('nextPoint', () => {
  //   a(10,10)        b(60,12)
  //          c(30,40)           d(90,40)
  //   e(10,80)
  const points = [p('a', 10, 10), p('b', 60, 12), p('c', 30, 40), p('d', 90, 40), p('e', 10, 80)];

  test('with nothing focused, any arrow starts on the leftmost point, the topmost of a tie', () => {
    assert.equal(nextPoint(points, null, 'ArrowDown'), 'a');
    assert.equal(nextPoint(points, 'gone', 'ArrowLeft'), 'a');
    assert.equal(nextPoint([], null, 'ArrowRight'), null);
  });

  test('Right follows the row: the point straight ahead beats a nearer one far off the line', () => {
    // From a: c is nearer (20 along, 30 across: 80) than b (50 along, 2 across: 54).
    assert.equal(nextPoint(points, 'a', 'ArrowRight'), 'b');
    assert.equal(nextPoint(points, 'c', 'ArrowRight'), 'd');
  });

  test('Up and Down move on screen (y grows downwards); Left is the mirror of Right', () => {
    assert.equal(nextPoint(points, 'a', 'ArrowDown'), 'c');
    assert.equal(nextPoint(points, 'e', 'ArrowUp'), 'a', 'straight up beats the nearer c off to the side');
    assert.equal(nextPoint(points, 'd', 'ArrowLeft'), 'c');
  });

  test('nothing ahead keeps the focus where it is', () => {
    assert.equal(nextPoint(points, 'd', 'ArrowRight'), 'd');
    assert.equal(nextPoint(points, 'e', 'ArrowDown'), 'e');
  });

  test('points at the same place are stepped through in list order, forwards with Right and back with Left', () => {
    const stacked = [p('x', 5, 5), p('y', 5, 5), p('z', 5, 5), p('far', 50, 5)];
    assert.equal(nextPoint(stacked, 'x', 'ArrowRight'), 'y');
    assert.equal(nextPoint(stacked, 'y', 'ArrowRight'), 'z');
    assert.equal(nextPoint(stacked, 'z', 'ArrowRight'), 'far');
    assert.equal(nextPoint(stacked, 'z', 'ArrowLeft'), 'y');
    assert.equal(nextPoint(stacked, 'x', 'ArrowLeft'), 'x');
  });
});
