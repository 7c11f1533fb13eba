// The y range of a metric's bar chart. The spec's min/max win when given so that charts of the same
// metric read the same across selections (accuracy always 0–100 %); otherwise the data decides, with
// zero included because a bar's length must mean its value. Pure, tested.
import type { MetricDefinition } from '../../../../protocol/generated/contract';

export function barDomain(metric: Pick<MetricDefinition, 'min' | 'max'>, values: readonly (number | null | undefined)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const hasData = lo <= hi;
  const specMin = typeof metric.min === 'number' && Number.isFinite(metric.min) ? metric.min : null;
  const specMax = typeof metric.max === 'number' && Number.isFinite(metric.max) ? metric.max : null;
  // A value outside the declared range is still drawn whole rather than clipped.
  let low = specMin ?? (hasData ? Math.min(0, lo) : 0);
  let high = specMax ?? (hasData ? Math.max(0, hi) : 1);
  if (hasData) {
    low = Math.min(low, lo);
    high = Math.max(high, hi);
  }
  if (high <= low) high = low + (Math.abs(low) || 1);
  return [low, high];
}

/** Where bars start: zero when it is inside the domain, else the nearer end. */
export function barBaseline([low, high]: readonly [number, number]): number {
  return Math.min(Math.max(0, low), high);
}
