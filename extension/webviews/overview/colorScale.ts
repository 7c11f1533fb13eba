// The node colour scale: which numbers map to which colour. Pure, so the domain rules are tested.
import { interpolateViridis, scaleSequential, type ScaleSequential } from 'd3';
import type { MetricDefinition } from '../../../protocol/generated/contract';

/**
 * Viridis is perceptually uniform and colour-blind safe, but its darkest purple vanishes on dark
 * editor backgrounds; starting a little in keeps every node visible on light, dark and high contrast.
 */
const interpolate = (t: number): string => interpolateViridis(0.08 + 0.92 * t);

/**
 * The data's extent, kept inside the metric's declared min/max: compressed models cluster (accuracies
 * of 88–94% on a 0–100% scale) and a declared-range scale would paint them all one colour. Declared
 * ends stand in only where there is no data; the interval is never empty.
 */
export function metricDomain(
  metric: Pick<MetricDefinition, 'min' | 'max'>,
  values: readonly (number | null | undefined)[],
): [number, number] {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const clampToDeclared = (v: number) => Math.min(metric.max ?? Infinity, Math.max(metric.min ?? -Infinity, v));
  const dataMin = finite.length > 0 ? clampToDeclared(finite.reduce((a, b) => Math.min(a, b))) : undefined;
  const dataMax = finite.length > 0 ? clampToDeclared(finite.reduce((a, b) => Math.max(a, b))) : undefined;
  let lo = dataMin ?? metric.min ?? metric.max ?? 0;
  let hi = dataMax ?? metric.max ?? metric.min ?? 1;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.05;
    // Widen away from a declared end the value sits on.
    if (metric.max != null && hi >= metric.max) lo -= pad;
    else hi += pad;
  }
  return [lo, hi];
}

export type ColorScale = ScaleSequential<string>;

export function metricColorScale(domain: [number, number]): ColorScale {
  return scaleSequential(interpolate).domain(domain).clamp(true);
}
