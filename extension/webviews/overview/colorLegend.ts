// The gradient bar that explains node colours, with ticks in the metric's own format.
import { range, scaleLinear, select } from 'd3';
import type { MetricDefinition } from '../../../protocol/generated/contract';
import type { ColorScale } from './colorScale';
import { formatMetric } from '../../shared/formatMetric';

const WIDTH = 180;
const BAR_HEIGHT = 10;
const MARGIN = { left: 10, right: 14 };
const GRADIENT_ID = 'map-legend-gradient';

export interface LegendSpec {
  metric: MetricDefinition;
  scale: ColorScale;
  /** Whether some drawn model has no value, so the hollow marker needs explaining. */
  showMissing: boolean;
}

export function renderColorLegend(container: HTMLElement, spec: LegendSpec | null): void {
  const root = select(container);
  root.selectAll('*').remove();
  container.hidden = spec === null;
  if (!spec) return;

  const [lo, hi] = spec.scale.domain();
  const x = scaleLinear().domain([lo, hi]).range([0, WIDTH]);
  const svg = root
    .append('svg')
    .attr('class', 'legend-bar')
    .attr('width', WIDTH + MARGIN.left + MARGIN.right)
    .attr('height', 30)
    .attr('aria-hidden', 'true');

  svg
    .append('defs')
    .append('linearGradient')
    .attr('id', GRADIENT_ID)
    .selectAll('stop')
    .data(range(0, 1.0001, 0.1))
    .join('stop')
    .attr('offset', (t) => `${t * 100}%`)
    .attr('stop-color', (t) => spec.scale(lo + t * (hi - lo)));

  const g = svg.append('g').attr('transform', `translate(${MARGIN.left},3)`);
  g.append('rect').attr('class', 'legend-gradient').attr('width', WIDTH).attr('height', BAR_HEIGHT).attr('rx', 2).attr('fill', `url(#${GRADIENT_ID})`);

  const ticks = x.ticks(4);
  const tick = g
    .selectAll('g.legend-tick')
    .data(ticks)
    .join('g')
    .attr('class', 'legend-tick')
    .attr('transform', (d) => `translate(${x(d)},0)`);
  tick.append('line').attr('y1', BAR_HEIGHT).attr('y2', BAR_HEIGHT + 3);
  tick
    .append('text')
    .attr('y', BAR_HEIGHT + 14)
    .attr('text-anchor', 'middle')
    .text((d) => formatMetric(d, spec.metric, { withUnit: false }));

  const unit = spec.metric.unit?.trim();
  if (unit) root.append('span').attr('class', 'legend-unit').text(unit);

  if (spec.showMissing) {
    const missing = root.append('span').attr('class', 'legend-missing');
    missing.append('svg').attr('width', 14).attr('height', 14).attr('aria-hidden', 'true').append('circle').attr('cx', 7).attr('cy', 7).attr('r', 5);
    missing.append('span').text('no value');
  }

  container.setAttribute('aria-label', `Colour: ${spec.metric.name}, from ${formatMetric(lo, spec.metric)} to ${formatMetric(hi, spec.metric)}`);
}
