// One metric's grouped bar chart: x bands are the levels of the first variable, bars within a band
// the levels of the colour variable. When several models share a cell the bar is their mean and each
// model is a dot on it: one bar per model would turn a sweep of 5 amounts × 3 seeds into 15 thin
// bars with the grouping lost, while mean + dots keeps both the trend and the spread. Past
// DOT_LIMIT models a min–max whisker replaces the dots so 10,000 selected models stay cheap.
import { axisBottom, axisLeft, scaleBand, scaleLinear, select } from 'd3';
import type { MetricDefinition } from '../../../../protocol/generated/contract';
import { formatMetric } from '../../../shared/formatMetric';
import { barBaseline, barDomain } from './barDomain';
import { summarizeCell, type ChartCell } from './chartCells';
import type { CellContext } from './cellTooltip';

export const DOT_LIMIT = 60;
const HEIGHT = 184;
const MARGIN = { top: 10, right: 10, left: 56 };
const NO_COLOR = 'var(--vscode-charts-blue, #3794ff)';

export interface BarChartEvents {
  hover(cell: ChartCell, event: PointerEvent): void;
  move(event: PointerEvent): void;
  leave(): void;
  activate(cell: ChartCell): void;
}

export function renderBarChart(
  parent: HTMLElement,
  metric: MetricDefinition,
  context: CellContext,
  colors: readonly string[] | null,
  events: BarChartEvents,
): void {
  const { grouping } = context;
  const colorCount = grouping.colorLevels?.length ?? 1;
  const groupWidth = Math.min(96, Math.max(32, colorCount * 16 + 12));
  const rotate = grouping.xLevels.length > 6 || grouping.xLevels.some((l) => l.length > 12);
  // Room for the tick labels (rotated when many or long) and the x variable's name under them.
  const bottom = (rotate ? 64 : 28) + 14;
  const innerWidth = grouping.xLevels.length * groupWidth;
  const width = Math.max(200, MARGIN.left + innerWidth + MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - bottom;

  const values = context.modelIds.map((_, i) => context.valueOf(i));
  const domain = barDomain(metric, values);
  const y = scaleLinear().domain(domain).range([innerHeight, 0]);
  const baseline = y(barBaseline(domain));
  const x = scaleBand<number>().domain(grouping.xLevels.map((_, i) => i)).range([0, innerWidth]).paddingInner(0.2).paddingOuter(0.1);
  const inner = scaleBand<number>().domain(Array.from({ length: colorCount }, (_, i) => i)).range([0, x.bandwidth()]).padding(0.08);

  const figure = document.createElement('figure');
  figure.className = 'details-figure';
  const caption = document.createElement('figcaption');
  caption.textContent = metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
  figure.append(caption);
  parent.append(figure);

  const svg = select(figure).append('svg').attr('class', 'details-chart').attr('data-metric', metric.name)
    .attr('width', width).attr('height', HEIGHT).attr('role', 'img')
    .attr('aria-label', `${metric.name} by ${context.xName}${context.colorName ? ` and ${context.colorName}` : ''}`);
  const plot = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);

  plot.append('g').attr('class', 'details-axis details-axis-y')
    .call(axisLeft(y).ticks(4).tickSizeOuter(0).tickFormat((v) => formatMetric(Number(v), metric, { withUnit: false })));
  const xAxis = plot.append('g').attr('class', 'details-axis details-axis-x').attr('transform', `translate(0,${innerHeight})`)
    .call(axisBottom(x).tickSizeOuter(0).tickFormat((i) => shorten(grouping.xLevels[i])));
  xAxis.selectAll<SVGTextElement, number>('text').append('title').text((i) => grouping.xLevels[i]);
  if (rotate) xAxis.selectAll('text').attr('text-anchor', 'end').attr('dx', '-0.5em').attr('dy', '0.3em').attr('transform', 'rotate(-35)');
  plot.append('text').attr('class', 'details-axis-title').attr('x', innerWidth / 2).attr('y', innerHeight + bottom - 4)
    .attr('text-anchor', 'middle').text(context.xName);

  const cells = plot.append('g').selectAll<SVGGElement, ChartCell>('g.details-cell').data(grouping.cells).join('g')
    .attr('class', 'details-cell')
    .attr('tabindex', 0)
    .attr('data-x-level', (c) => grouping.xLevels[c.x])
    .attr('data-color-level', (c) => (c.color === null || !grouping.colorLevels ? null : grouping.colorLevels[c.color]))
    .attr('data-count', (c) => c.models.length)
    .attr('transform', (c) => `translate(${(x(c.x) ?? 0) + (inner(c.color ?? 0) ?? 0)},0)`);
  const barWidth = inner.bandwidth();

  cells.each(function (cell) {
    const g = select(this);
    const summary = summarizeCell(cell.models, context.valueOf);
    const fill = colors && cell.color !== null ? colors[cell.color] : NO_COLOR;
    g.attr('aria-label', `${grouping.xLevels[cell.x]}${cell.color !== null && grouping.colorLevels ? `, ${grouping.colorLevels[cell.color]}` : ''}: ${formatMetric(summary.mean, metric)}`);
    if (summary.mean === null) {
      g.append('text').attr('class', 'details-missing').attr('x', barWidth / 2).attr('y', baseline - 4).attr('text-anchor', 'middle').text('—');
    } else {
      const top = y(summary.mean);
      g.append('rect').attr('class', 'details-bar').attr('width', barWidth)
        .attr('y', Math.min(top, baseline)).attr('height', Math.max(1, Math.abs(baseline - top))).style('fill', fill);
    }
    if (summary.count > 1 && summary.count <= DOT_LIMIT) {
      const withValues = cell.models.filter((m) => Number.isFinite(context.valueOf(m) ?? NaN));
      g.selectAll('circle').data(withValues).join('circle').attr('class', 'details-dot')
        .attr('cx', (_, i) => ((i + 0.5) / withValues.length) * barWidth).attr('cy', (m) => y(context.valueOf(m) as number)).attr('r', 2.5);
    } else if (summary.count > DOT_LIMIT && summary.min !== null && summary.max !== null) {
      g.append('line').attr('class', 'details-whisker').attr('x1', barWidth / 2).attr('x2', barWidth / 2).attr('y1', y(summary.min)).attr('y2', y(summary.max));
    }
    // Hovering and clicking anywhere in the bar's column is easier than hitting a short bar.
    g.append('rect').attr('class', 'details-hit').attr('width', barWidth).attr('height', innerHeight);
  });

  cells
    .on('pointerenter', (event: PointerEvent, cell) => events.hover(cell, event))
    .on('pointermove', (event: PointerEvent) => events.move(event))
    .on('pointerleave', () => events.leave())
    .on('click', (_event, cell) => events.activate(cell))
    .on('keydown', (event: KeyboardEvent, cell) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        events.activate(cell);
      }
    });
}

function shorten(label: string): string {
  return label.length > 18 ? `${label.slice(0, 17)}…` : label;
}
