// Text about one model for labels and the tooltip. Pure, tested.
import type { MetricDefinition, ModelSummary, OperationApplication } from '../../../protocol/generated/contract';
import { formatMetric } from '../../shared/formatMetric';

/** "Prune · amount = 0.7, method = Magnitude"; null for a root. */
export function describeOperation(operation: OperationApplication | null | undefined): string | null {
  if (!operation) return null;
  const parameters = Object.entries(operation.parameters ?? {}).map(([name, value]) => `${name} = ${formatParameter(value)}`);
  return parameters.length > 0 ? `${operation.name} · ${parameters.join(', ')}` : operation.name;
}

function formatParameter(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  return String(value);
}

/** The node label: the tag when the spec gives one, else the id. */
export function displayLabel(model: Pick<ModelSummary, 'id' | 'tag'>): string {
  const tag = model.tag?.trim();
  return tag ? tag : model.id;
}

export interface MetricLine {
  name: string;
  value: string;
}

/**
 * Every declared metric in declaration order, then any value the model records for a metric the
 * spec does not declare (so nothing the spec says is hidden).
 */
export function metricLines(model: Pick<ModelSummary, 'metrics'>, metrics: readonly MetricDefinition[]): MetricLine[] {
  const declared = new Set(metrics.map((m) => m.name));
  const lines = metrics.map((m) => ({ name: m.name, value: formatMetric(model.metrics?.[m.name], m) }));
  for (const [name, value] of Object.entries(model.metrics ?? {})) {
    if (!declared.has(name)) lines.push({ name, value: formatMetric(value, undefined) });
  }
  return lines;
}
