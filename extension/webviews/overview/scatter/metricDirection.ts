// Which way is "better" for a metric: the Pareto front and the axis labels depend on it. The spec
// does not declare it, so it is guessed from the metric's name and unit, and the user can flip it.
import type { MetricDefinition } from '../../../../protocol/generated/contract';

export type Direction = 'lower' | 'higher';

/** Cost-like words: a smaller value is the better model. Matched as whole words or word starts. */
const LOWER_IS_BETTER = /\b(size|latency|params?|parameters?|loss|error|err|time|runtime|memory|mem|flops?|macs?|bytes|energy|perplexity|ppl|wer|cer)/i;
/** Units that only measure cost (bytes, seconds, operations). */
const COST_UNITS = /^(b|kb|mb|gb|kib|mib|gib|bytes?|s|ms|µs|us|ns|sec|seconds?|j|mj|w|flops?|gflops?|macs?)$/i;

export function defaultDirection(metric: Pick<MetricDefinition, 'name' | 'unit'>): Direction {
  const unit = metric.unit?.trim() ?? '';
  // Split camelCase and snake_case so "modelSize" and "top1_error" read as words.
  const words = metric.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]/g, ' ');
  return LOWER_IS_BETTER.test(words) || COST_UNITS.test(unit) ? 'lower' : 'higher';
}

/** The user's choice for this metric when there is one, else the guess. */
export function directionOf(metric: Pick<MetricDefinition, 'name' | 'unit'>, overrides: Readonly<Record<string, Direction>>): Direction {
  return overrides[metric.name] ?? defaultDirection(metric);
}

export function flipDirection(direction: Direction): Direction {
  return direction === 'lower' ? 'higher' : 'lower';
}

/** Whether a metric reads as a cost (size, latency…): those make the natural x axis. */
export function isCostMetric(metric: Pick<MetricDefinition, 'name' | 'unit'>): boolean {
  return defaultDirection(metric) === 'lower';
}
