// Which metrics Selection Details charts: the primary ones by default, every one on demand ("More metrics"). A spec
// that marks no metric primary treats all as primary, as the paper does: otherwise it would chart nothing. Pure, tested.
import type { MetricDefinition } from '../../../../protocol/generated/contract';

export function metricsShown(metrics: readonly MetricDefinition[], all: boolean): { shown: MetricDefinition[]; hidden: number } {
  const anyPrimary = metrics.some((m) => m.primary);
  const shown = all || !anyPrimary ? [...metrics] : metrics.filter((m) => m.primary);
  return { shown, hidden: metrics.length - shown.length };
}
