// The scatterplot's SVG axes and their titles, drawn over the canvas of points, and the margin they need around the plot.
import { axisBottom, axisLeft, select, type ScaleLinear } from 'd3';
import type { MetricDefinition } from '../../../../protocol/generated/contract';
import { formatMetric } from '../../../shared/formatMetric';

/** Room (CSS px) around the plot for the ticks and the axis titles. */
export const MARGIN = { top: 12, right: 18, bottom: 42, left: 62 };

export interface AxisLayer {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xMetric: MetricDefinition | null;
  yMetric: MetricDefinition | null;
  width: number;
  height: number;
  /** Title colour: SVG text does not inherit the theme's muted foreground. */
  muted: string;
}

/** Tick counts follow the plot's size (one per 80 px across, 40 px up), so labels do not collide. */
export function tickCounts(width: number, height: number): { x: number; y: number } {
  return { x: Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 80)), y: Math.max(2, Math.floor((height - MARGIN.top - MARGIN.bottom) / 40)) };
}

/** Where the gridlines fall (CSS px): at the axes' ticks, so they follow zoom and pan with them. */
export function gridLines(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, width: number, height: number): { xs: number[]; ys: number[] } {
  const counts = tickCounts(width, height);
  return { xs: x.ticks(counts.x).map((v) => x(v)), ys: y.ticks(counts.y).map((v) => y(v)) };
}

export function drawAxes(svg: SVGSVGElement, { x, y, xMetric, yMetric, width, height, muted }: AxisLayer): void {
  const layer = select(svg);
  const counts = tickCounts(width, height);
  const tick = (metric: MetricDefinition | null) => (v: number | { valueOf(): number }) => formatMetric(Number(v), metric ?? undefined, { withUnit: false });
  layer
    .select<SVGGElement>('g.x-axis')
    .attr('transform', `translate(0,${y.range()[0]})`)
    .call(axisBottom(x).ticks(counts.x).tickFormat(tick(xMetric)));
  layer
    .select<SVGGElement>('g.y-axis')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(axisLeft(y).ticks(counts.y).tickFormat(tick(yMetric)));
  const title = (metric: MetricDefinition | null) => (metric ? `${metric.name}${metric.unit?.trim() ? ` (${metric.unit.trim()})` : ''}` : '');
  layer
    .select('text.x-title')
    .attr('x', (x.range()[0] + x.range()[1]) / 2)
    .attr('y', height - 6)
    .attr('fill', muted)
    .text(title(xMetric));
  layer
    .select('text.y-title')
    .attr('x', -(y.range()[0] + y.range()[1]) / 2)
    .attr('y', 14)
    .attr('fill', muted)
    .text(title(yMetric));
}
