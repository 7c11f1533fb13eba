// Which metrics the scatterplot shows when the user has not chosen (or chose one the spec dropped).
import type { MetricDefinition } from '../../../../protocol/generated/contract';
import { isCostMetric } from './metricDirection';

export interface ScatterAxes {
  x: string | null;
  y: string | null;
}

/** Size and latency first: the trade-off practitioners look for is "how much smaller, how much worse". */
const PREFERRED_X = [/size|bytes|memory/i, /latency|time/i, /param/i];
const ACCURACY = /acc|f1|precision|recall|auc|bleu|rouge|score|map\b|iou/i;

/**
 * x: the previous choice while declared, else a size metric, else a latency metric, else any cost;
 * y: the previous choice while declared, else the primary accuracy-like metric, else any primary
 * metric, else any other metric. x and y differ whenever the spec has two metrics.
 */
export function chooseScatterAxes(metrics: readonly MetricDefinition[], previous: ScatterAxes): ScatterAxes {
  const declared = (name: string | null) => name !== null && metrics.some((m) => m.name === name);
  const x = declared(previous.x) ? previous.x : defaultX(metrics, previous.y);
  const y = declared(previous.y) ? previous.y : defaultY(metrics, x);
  return { x, y };
}

function defaultX(metrics: readonly MetricDefinition[], y: string | null): string | null {
  const free = metrics.filter((m) => m.name !== y);
  for (const pattern of PREFERRED_X) {
    const found = free.find((m) => pattern.test(m.name) || pattern.test(m.unit ?? ''));
    if (found) return found.name;
  }
  const cost = free.find((m) => isCostMetric(m));
  return (cost ?? free.find((m) => !m.primary) ?? free[0] ?? metrics[0])?.name ?? null;
}

function defaultY(metrics: readonly MetricDefinition[], x: string | null): string | null {
  const free = metrics.filter((m) => m.name !== x);
  const pick =
    free.find((m) => m.primary && ACCURACY.test(m.name)) ??
    free.find((m) => ACCURACY.test(m.name)) ??
    free.find((m) => m.primary && !isCostMetric(m)) ??
    free.find((m) => !isCostMetric(m)) ??
    free[0] ??
    metrics[0];
  return pick?.name ?? null;
}
