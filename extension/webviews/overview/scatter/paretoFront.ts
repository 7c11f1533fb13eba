// The Pareto front of the scatterplot: models no other model beats on both axes. Pure, tested.
import type { Direction } from './metricDirection';

export interface ScatterPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * The non-dominated points, ordered from the best x to the worst. A point is dominated when another
 * is at least as good on both axes and strictly better on one, so exact duplicates both stay on the
 * front. Points with a non-finite coordinate (a missing metric) take no part.
 * O(n log n): after sorting by x (best first, then y best first) a point survives only if its y
 * beats every earlier point's, or ties the best y at the same x.
 */
export function paretoFront(points: readonly ScatterPoint[], xDirection: Direction, yDirection: Direction): ScatterPoint[] {
  const cost = (v: number, d: Direction) => (d === 'lower' ? v : -v);
  const ranked = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .map((p) => ({ p, kx: cost(p.x, xDirection), ky: cost(p.y, yDirection) }))
    .sort((a, b) => a.kx - b.kx || a.ky - b.ky);
  const front: ScatterPoint[] = [];
  let bestKy = Infinity;
  let kxAtBest = Infinity;
  for (const { p, kx, ky } of ranked) {
    if (ky < bestKy) {
      bestKy = ky;
      kxAtBest = kx;
      front.push(p);
    } else if (ky === bestKy && kx === kxAtBest) {
      front.push(p);
    }
  }
  return front;
}

/**
 * Vertices of the staircase that bounds the region the front dominates: from each front point
 * along x to the next point's x, then along y to that point. Input ordered as paretoFront returns it.
 */
export function paretoSteps(front: readonly Pick<ScatterPoint, 'x' | 'y'>[]): [number, number][] {
  const steps: [number, number][] = [];
  front.forEach((p, i) => {
    if (i > 0) steps.push([p.x, front[i - 1].y]);
    steps.push([p.x, p.y]);
  });
  return steps;
}
