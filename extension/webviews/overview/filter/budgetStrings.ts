// The Filter pane's brushed ranges as the budget strings a report states ("Model Size>=1000", "Model Size<=5000"),
// in the syntax the backend's `report` parses. Pure, tested.
import type { MetricDefinition } from '../../../../protocol/generated/contract';
import { activeFilters, type MetricFilter } from './allowedModels';

export function budgetStrings(filters: readonly MetricFilter[], metrics: readonly Pick<MetricDefinition, 'name'>[]): string[] {
  return activeFilters(filters, metrics).flatMap(({ metric, range }) =>
    range === null ? [] : [`${metric}>=${String(range[0])}`, `${metric}<=${String(range[1])}`]);
}
