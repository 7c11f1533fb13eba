// The Behaviors class or subgroup table as saved rows: the rows as sorted and searched now, each model's value of
// the shown metric unrounded (relative to the base when the table shows it so). Pure, tested.
import type { TableRows } from '../shared/export/tableSource';
import type { GroupRow } from './behaviorRows';
import { cellValue, type ComparisonMetric } from './comparisonMetrics';

export function groupTableRows(
  firstColumn: string,
  rows: readonly GroupRow[],
  models: readonly { id: string; label: string }[],
  base: string,
  metric: Pick<ComparisonMetric, 'key' | 'label'>,
  relative: boolean,
): TableRows {
  const header = [firstColumn, 'Instances', ...models.map((m) =>
    m.id === base ? `${m.label} (base): ${metric.label}` : `${m.label}: ${metric.label}${relative ? ' (change from base)' : ''}`)];
  return {
    header,
    rows: rows.map((r) => [r.label, r.count, ...models.map((m) => cellValue(r.stats[m.id], r.stats[base], metric.key, relative && m.id !== base))]),
  };
}
