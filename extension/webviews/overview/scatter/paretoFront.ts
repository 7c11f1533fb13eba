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
 * After sorting by x (best first, then y best first) a point survives only if its y beats every earlier
 * point's, or ties the best y at the same x. Only the few points that can survive are sorted: see candidates.
 */
export function paretoFront<P extends ScatterPoint>(points: readonly P[], xDirection: Direction, yDirection: Direction): P[] {
  const [sx, sy] = [xDirection === 'lower' ? 1 : -1, yDirection === 'lower' ? 1 : -1];
  const finite: P[] = [];
  for (const p of points) if (Number.isFinite(p.x) && Number.isFinite(p.y)) finite.push(p);
  const kx = new Float64Array(finite.length);
  const ky = new Float64Array(finite.length);
  finite.forEach((p, i) => {
    kx[i] = sx * p.x;
    ky[i] = sy * p.y;
  });
  const ranked = candidates(finite, kx, ky).sort((a, b) => a.kx - b.kx || a.ky - b.ky);
  const front: P[] = [];
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

/** Below this many points sorting them all is as quick as binning them first. */
const BINNING_FROM = 256;
/** How many sampled costs place each bin edge. */
const SAMPLES_PER_BIN = 8;

/**
 * The points (with their costs, lower is better) that no point in an earlier bin of x dominates, in their
 * input order. Points are put in about √n bins of about equal count by x cost (bin edges are quantiles of a sample of the
 * costs, so a skewed metric such as model size still spreads over every bin). A point in a later
 * bin has a strictly higher x cost (the bin number never decreases as the cost grows, and equal costs share a bin),
 * so any earlier-bin point with a y cost at most its own dominates it. What is left is the front plus the points
 * that share a bin with it: at 100,000 points this turns a comparator sort of every point (~0.5 s on the first
 * paint) into a sort of a few thousand numbers, one pass and a sort of a few dozen points.
 */
function candidates<P extends ScatterPoint>(points: readonly P[], kx: Float64Array, ky: Float64Array): { p: P; kx: number; ky: number }[] {
  const n = points.length;
  const kept: { p: P; kx: number; ky: number }[] = [];
  if (n < BINNING_FROM) {
    points.forEach((p, i) => kept.push({ p, kx: kx[i], ky: ky[i] }));
    return kept;
  }
  const bins = Math.ceil(Math.sqrt(n));
  // Edges at quantiles of an evenly strided sample of the costs: any ascending edges keep the rule above, and
  // quantiles of a sample of a few thousand spread the points about as evenly as those of all of them, for a sort
  // of a few thousand numbers instead of 100,000.
  const stride = Math.max(1, Math.floor(n / (SAMPLES_PER_BIN * bins)));
  const sorted = new Float64Array(Math.ceil(n / stride));
  for (let i = 0, j = 0; i < n; i += stride, j++) sorted[j] = kx[i];
  sorted.sort();
  // edges[j - 1] is where bin j starts; a cost's bin is how many edges are at most it.
  const edges = new Float64Array(bins - 1);
  for (let j = 0; j < edges.length; j++) edges[j] = sorted[Math.floor(((j + 1) * sorted.length) / bins)];
  const bin = new Int32Array(n);
  const binMin = new Float64Array(bins).fill(Infinity);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edges[mid] <= kx[i]) lo = mid + 1;
      else hi = mid;
    }
    bin[i] = lo;
    if (ky[i] < binMin[lo]) binMin[lo] = ky[i];
  }
  // bestBefore[b]: the lowest y cost in any bin before b.
  const bestBefore = new Float64Array(bins);
  let best = Infinity;
  for (let b = 0; b < bins; b++) {
    bestBefore[b] = best;
    if (binMin[b] < best) best = binMin[b];
  }
  for (let i = 0; i < n; i++) if (ky[i] < bestBefore[bin[i]]) kept.push({ p: points[i], kx: kx[i], ky: ky[i] });
  return kept;
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
