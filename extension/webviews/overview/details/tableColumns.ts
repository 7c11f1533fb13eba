// The columns of the details table: the model, each metric (formatted with its unit), then each
// variable's value. Variables sort by level index so "none" < "A" < "A + B" and 0.3 < 0.5 keep the
// order the backend chose rather than an alphabetical one. Pure, tested.
import type { ModelSummary, SelectionExplanation, SpecSummary } from '../../../../protocol/generated/contract';
import { formatMetric } from '../../../shared/formatMetric';
import type { SortValue } from './tableSort';

export interface TableColumn {
  key: string;
  label: string;
  kind: 'model' | 'metric' | 'variable';
  /** The value sorted on, for the model at this index of the explanation's modelIds. */
  value(model: number): SortValue;
  text(model: number): string;
}

export function tableColumns(summary: Pick<SpecSummary, 'models' | 'metrics'>, explanation: SelectionExplanation): TableColumn[] {
  const byId = new Map<string, ModelSummary>(summary.models.map((m) => [m.id, m]));
  const models = explanation.modelIds.map((id) => byId.get(id));
  const columns: TableColumn[] = [
    { key: 'model', label: 'Model', kind: 'model', value: (i) => explanation.modelIds[i], text: (i) => explanation.modelIds[i] },
  ];
  for (const metric of summary.metrics) {
    const value = (i: number) => models[i]?.metrics?.[metric.name] ?? null;
    columns.push({
      key: `metric:${metric.name}`,
      label: metric.unit ? `${metric.name} (${metric.unit})` : metric.name,
      kind: 'metric',
      value,
      text: (i) => formatMetric(value(i), metric),
    });
  }
  for (const variable of explanation.variables) {
    columns.push({
      key: `variable:${variable.name}`,
      label: variable.name,
      kind: 'variable',
      value: (i) => variable.values[i],
      text: (i) => variable.levels[variable.values[i]] ?? '',
    });
  }
  return columns;
}
