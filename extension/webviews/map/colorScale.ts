// The node colour scale: which numbers map to which colour. Pure, so the domain rules are tested.
import { interpolateViridis, scaleSequential, type ScaleSequential } from 'd3';
import type { MetricDefinition } from '../../../protocol/generated/contract';

/**
 * Viridis is perceptually uniform and colour-blind safe, but its darkest purple vanishes on dark
 * editor backgrounds; starting a little in keeps every node visible on light, dark and high contrast.
 */
const interpolate = (t: number): string => interpolateViridis(0.08 + 0.92 * t);

/**
 * The metric's declared min/max where given (so colours mean the same across specs and refreshes),
 * the data's extent for an open end, and a non-empty interval whatever the data.
 */
export function metricDomain(
  metric: Pick<MetricDefinition, 'min' | 'max'>,
  values: readonly (number | null | undefined)[],
): [number, number] {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const dataMin = finite.length > 0 ? finite.reduce((a, b) => Math.min(a, b)) : undefined;
  const dataMax = finite.length > 0 ? finite.reduce((a, b) => Math.max(a, b)) : undefined;
  let lo = metric.min ?? dataMin ?? metric.max ?? 0;
  let hi = metric.max ?? dataMax ?? metric.min ?? 1;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.05;
    // A declared end stays put; the open end is widened.
    if (metric.max != null && metric.min == null) lo -= pad;
    else hi += pad;
  }
  return [lo, hi];
}

export type ColorScale = ScaleSequential<string>;

export function metricColorScale(domain: [number, number]): ColorScale {
  return scaleSequential(interpolate).domain(domain).clamp(true);
}
