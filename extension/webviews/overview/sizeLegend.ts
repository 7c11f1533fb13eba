// The small key that explains node sizes: the smallest, middle and largest disc with their values.
import { select } from 'd3';
import type { MetricDefinition } from '../../../protocol/generated/contract';
import { formatMetric } from '../../shared/formatMetric';
import type { SizeScale } from './sizeScale';

export interface SizeLegendSpec {
  metric: MetricDefinition;
  scale: SizeScale;
}

export function renderSizeLegend(container: HTMLElement, spec: SizeLegendSpec | null): void {
  const root = select(container);
  root.selectAll('*').remove();
  container.hidden = spec === null;
  if (!spec) return;

  const [lo, hi] = spec.scale.domain;
  const samples = [lo, (lo + hi) / 2, hi];
  for (const value of samples) {
    const r = spec.scale(value);
    const item = root.append('span').attr('class', 'size-legend-item');
    item
      .append('svg')
      .attr('width', 2 * r + 2)
      .attr('height', 2 * r + 2)
      .attr('aria-hidden', 'true')
      .append('circle')
      .attr('cx', r + 1)
      .attr('cy', r + 1)
      .attr('r', r);
    item.append('span').text(formatMetric(value, spec.metric));
  }
  container.setAttribute('aria-label', `Size: ${spec.metric.name}, from ${formatMetric(lo, spec.metric)} to ${formatMetric(hi, spec.metric)}`);
}
