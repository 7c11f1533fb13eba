// A model's change in each metric against its parent, for the tooltip: signed, in the metric's own
// format, and judged better or worse by the metric's direction (higher accuracy, lower size). Pure, tested.
import type { MetricDefinition } from '../../../protocol/generated/contract';
import { formatMetric } from '../../shared/formatMetric';
import type { Direction } from './scatter/metricDirection';

export type Verdict = 'better' | 'worse' | 'same';

export interface MetricDelta {
  /** "+1.2 %", "−3.1 MB", "±0": the sign always shown, a true minus sign for decreases. */
  text: string;
  verdict: Verdict;
}

/** The change from `parent` to `value`, or null when either is missing. */
export function metricDelta(
  value: number | null | undefined,
  parent: number | null | undefined,
  metric: Pick<MetricDefinition, 'format' | 'unit'>,
  direction: Direction,
): MetricDelta | null {
  if (typeof value !== 'number' || typeof parent !== 'number' || !Number.isFinite(value) || !Number.isFinite(parent)) return null;
  const change = value - parent;
  const magnitude = formatMetric(Math.abs(change), metric);
  // A change the metric's format rounds to zero reads as no change, never as "+0.0 %" judged better.
  if (change === 0 || magnitude === formatMetric(0, metric)) return { text: `±${formatMetric(0, metric)}`, verdict: 'same' };
  const up = change > 0;
  return { text: `${up ? '+' : '\u2212'}${magnitude}`, verdict: up === (direction === 'higher') ? 'better' : 'worse' };
}
