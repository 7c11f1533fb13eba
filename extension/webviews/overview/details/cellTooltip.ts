// What the hover card of one bar says: the cell's levels, the mean over its models and each model's
// value, formatted as the spec asks. Long lists are cut so the card stays on screen. Pure, tested.
import type { MetricDefinition } from '../../../../protocol/generated/contract';
import { formatMetric } from '../../../shared/formatMetric';
import type { ChartCell, ChartGrouping } from './chartCells';
import { summarizeCell } from './chartCells';
import type { TooltipContent } from './detailsTooltip';

export const TOOLTIP_MODEL_LIMIT = 12;

export interface CellContext {
  grouping: ChartGrouping;
  xName: string;
  colorName: string | null;
  metric: Pick<MetricDefinition, 'name' | 'format' | 'unit'>;
  modelIds: readonly string[];
  valueOf: (model: number) => number | null | undefined;
}

export function cellTooltip(cell: ChartCell, context: CellContext): TooltipContent {
  const { grouping, metric } = context;
  const parts = [`${context.xName}: ${grouping.xLevels[cell.x]}`];
  if (cell.color !== null && grouping.colorLevels && context.colorName) parts.push(`${context.colorName}: ${grouping.colorLevels[cell.color]}`);
  const summary = summarizeCell(cell.models, context.valueOf);
  const n = cell.models.length;
  const models = `${n} ${n === 1 ? 'model' : 'models'}`;
  const subtitle =
    summary.count === 0
      ? `${metric.name}: no value · ${models}`
      : n === 1
        ? `${metric.name}: ${formatMetric(summary.mean, metric)}`
        : `${metric.name}: mean ${formatMetric(summary.mean, metric)} · ${models}${summary.missing > 0 ? ` (${summary.missing} without a value)` : ''}`;
  const shown = cell.models.slice(0, TOOLTIP_MODEL_LIMIT);
  return {
    title: parts.join(' · '),
    subtitle,
    rows: shown.map((model) => ({ label: context.modelIds[model], value: formatMetric(context.valueOf(model), metric) })),
    more: n > shown.length ? `and ${n - shown.length} more · click to select all ${n}` : n > 1 ? `click to select these ${n}` : 'click to select it',
  };
}
