// The node colour scale: which numbers map to which colour. Pure, so the domain rules are tested.
import { scaleSequential, type ScaleSequential } from 'd3';
import type { MetricDefinition } from '../../../protocol/generated/contract';
import { DEFAULT_RAMP, rampInterpolator, type Ramp } from './themeRamp';

/**
 * The data's extent, kept inside the metric's declared min/max: compressed models cluster (accuracies
 * of 88–94% on a 0–100% scale) and a declared-range scale would paint them all one colour. Declared
 * ends stand in only where there is no data; the interval is never empty.
 */
export function metricDomain(
  metric: Pick<MetricDefinition, 'min' | 'max'>,
  values: ArrayLike<number | null | undefined>,
): [number, number] {
  // One pass, no copy: the map, the scatterplot's two axes and the legend each ask at every spec message, and at
  // 100,000 models an array of the finite values per call showed in the first paint's profile.
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const clampToDeclared = (v: number) => Math.min(metric.max ?? Infinity, Math.max(metric.min ?? -Infinity, v));
  const dataMin = min <= max ? clampToDeclared(min) : undefined;
  const dataMax = min <= max ? clampToDeclared(max) : undefined;
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

/**
 * Viridis is perceptually uniform and colour-blind safe; `ramp` is the stretch of it that keeps
 * contrast on the current theme's background (themeRamp.rampFor), so no value's nodes vanish.
 */
export function metricColorScale(domain: [number, number], ramp: Ramp = DEFAULT_RAMP): ColorScale {
  return scaleSequential(rampInterpolator(ramp)).domain(domain).clamp(true);
}
