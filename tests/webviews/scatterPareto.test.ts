import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paretoFront, paretoSteps, type ScatterPoint } from '../../extension/webviews/overview/scatter/paretoFront';
import { placeModels } from '../../extension/webviews/overview/scatter/scatterPoints';
import { scaleLinear, zoomIdentity } from 'd3';

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

  test('large inputs (binned before sorting) give exactly the front of the definition, ties and duplicates included', () => {
    // The definition, O(n²): kept unless another point is at least as good on both axes and better on one.
    const bruteForce = (points: ScatterPoint[], dx: 'lower' | 'higher', dy: 'lower' | 'higher') => {
      const cost = (v: number, d: 'lower' | 'higher') => (d === 'lower' ? v : -v);
      const finite = points.filter((q) => Number.isFinite(q.x) && Number.isFinite(q.y));
      const dominated = (a: ScatterPoint, b: ScatterPoint) => {
        const [ax, ay, bx, by] = [cost(a.x, dx), cost(a.y, dy), cost(b.x, dx), cost(b.y, dy)];
        return bx <= ax && by <= ay && (bx < ax || by < ay);
      };
      return new Set(finite.filter((a) => !finite.some((b) => dominated(a, b))).map((q) => q.id));
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const n of [300, 1000, 3000]) {
      // Coarse values (many ties on each axis), some exact duplicates, some missing, an outlier stretching the bins.
      const points = Array.from({ length: n }, (_, i) => p(`m${i}`, Math.round(random() * 40) / 4, Math.round(random() * 30) / 3));
      points.push(p('dup-a', 0, 10), p('dup-b', 0, 10), p('nan', Number.NaN, 99), p('far', 1e6, 11));
      for (const [dx, dy] of [['lower', 'higher'], ['higher', 'higher'], ['lower', 'lower'], ['higher', 'lower']] as const) {
        const front = paretoFront(points, dx, dy);
        assert.deepEqual(new Set(ids(front)), bruteForce(points, dx, dy), `n=${n}, x ${dx}, y ${dy}`);
        const xs = front.map((q) => (dx === 'lower' ? q.x : -q.x));
        assert.ok(xs.every((x, i) => i === 0 || x >= xs[i - 1]), 'ordered from the best x to the worst');
      }
    }
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
    const plain = ({ points, unplaced }: ReturnType<typeof placeModels>) => ({ points: points.map((p) => ({ id: p.id, x: p.x, y: p.y })), unplaced });
    assert.deepEqual(plain(placeModels(models, 'x', 'y')), { points: [{ id: 'a', x: 1, y: 2 }], unplaced: 3 });
    assert.deepEqual(plain(placeModels(models, null, 'y')), { points: [], unplaced: 4 });
  });

  test('each draw moves the same points to where the scales put them', () => {
    const placed = placeModels([{ id: 'a', metrics: { x: 1, y: 2 } }, { id: 'b', metrics: { x: 3, y: 4 } }], 'x', 'y');
    const [a, b] = placed.points;
    placed.place((v) => v * 10, (v) => 100 - v);
    assert.deepEqual([a.px, a.py, b.px, b.py], [10, 98, 30, 96]);
    placed.place((v) => v + 1, (v) => v);
    assert.deepEqual([placed.points[0], placed.points[1]], [a, b], 'the same objects, not new ones');
    assert.deepEqual([a.px, a.py, b.px, b.py], [2, 2, 4, 4]);
  });

  test("through d3's linear scales, zoomed and panned too, points land exactly where the scales put them", () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const models = Array.from({ length: 500 }, (_, i) => ({ id: `m${i}`, metrics: { x: random() * 3e9 - 1e9, y: 0.7 + random() * 0.3 } }));
    const placed = placeModels(models, 'x', 'y');
    const x = scaleLinear().domain([-1e9, 2e9]).nice().range([40, 610]);
    const y = scaleLinear().domain([0.7, 1]).nice().range([400, 10]);
    for (const transform of [zoomIdentity, zoomIdentity.translate(-130, 45).scale(7.3)]) {
      const [zx, zy] = [transform.rescaleX(x), transform.rescaleY(y)];
      placed.place(zx, zy);
      for (const p of placed.points) assert.deepEqual([p.px, p.py], [zx(p.x), zy(p.y)], p.id);
    }
    // A clamped scale is called per point, as it clamps.
    placed.place(x.copy().clamp(true).domain([0, 1e9]), y);
    assert.ok(placed.points.every((p) => p.px >= 40 && p.px <= 610));
  });
});
