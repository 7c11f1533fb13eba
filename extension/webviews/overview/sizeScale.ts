// The node size scale: a metric bound to node area. Pure, so the area rule is tested.
import type { MetricDefinition } from '../../../protocol/generated/contract';
import { metricDomain } from './colorScale';

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 16;

export interface SizeScale {
  (value: number | null | undefined): number;
  domain: [number, number];
}

/**
 * Area, not radius, grows linearly with the value: the eye reads a disc by its area, so a radius
 * scale would exaggerate differences. Missing values get the smallest disc (they are drawn hollow
 * by the colour rule anyway). The domain follows the same data-first rule as the colour scale.
 */
export function metricSizeScale(
  metric: Pick<MetricDefinition, 'min' | 'max'>,
  values: ArrayLike<number | null | undefined>,
  minRadius = MIN_RADIUS,
  maxRadius = MAX_RADIUS,
): SizeScale {
  const domain = metricDomain(metric, values);
  const [lo, hi] = domain;
  const minArea = minRadius * minRadius;
  const maxArea = maxRadius * maxRadius;
  const scale = (value: number | null | undefined): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return minRadius;
    const t = Math.min(1, Math.max(0, (value - lo) / (hi - lo)));
    return Math.sqrt(minArea + t * (maxArea - minArea));
  };
  return Object.assign(scale, { domain });
}
