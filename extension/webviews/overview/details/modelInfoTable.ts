// The one-model view of Selection Details, as the paper's ModelInfoTable: with a single model selected there is
// nothing to compare, so it lists what the model is: its base model, the operations that made it with their
// parameters, and its metrics.
import type { MetricDefinition, ModelSummary } from '../../../../protocol/generated/contract';
import { formatMetric } from '../../../shared/formatMetric';

export function renderModelInfo(parent: HTMLElement, model: ModelSummary, byId: ReadonlyMap<string, ModelSummary>, metrics: readonly MetricDefinition[]): void {
  const table = document.createElement('table');
  table.id = 'details-model-info';
  const body = table.createTBody();
  const row = (label: string, value: string, className = '') => {
    const tr = body.insertRow();
    tr.className = className;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = label;
    tr.append(th);
    tr.insertCell().textContent = value;
  };
  row('Model', model.tag ? `${model.id} (${model.tag})` : model.id);
  const chain = lineage(model, byId);
  row('Base model', chain.root);
  if (chain.steps.length === 0) row('Operations', 'none: this is a base model');
  chain.steps.forEach((step, i) => row(`Step ${i + 1}`, step, 'details-info-step'));
  for (const metric of metrics) row(metric.unit ? `${metric.name} (${metric.unit})` : metric.name, formatMetric(model.metrics[metric.name] ?? null, metric), 'details-info-metric');
  parent.append(table);
}

/** The model's root and each operation root → model as "Name (key: value, …)"; a cycle or missing base ends the walk. */
function lineage(model: ModelSummary, byId: ReadonlyMap<string, ModelSummary>): { root: string; steps: string[] } {
  const steps: string[] = [];
  const seen = new Set<string>();
  let current: ModelSummary | undefined = model;
  let root = model.id;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    root = current.base ?? current.id;
    if (current.operation) {
      const parameters = Object.entries(current.operation.parameters).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
      steps.unshift(parameters.length === 0 ? current.operation.name : `${current.operation.name} (${parameters.join(', ')})`);
    }
    current = current.base ? byId.get(current.base) : undefined;
  }
  return { root, steps };
}
