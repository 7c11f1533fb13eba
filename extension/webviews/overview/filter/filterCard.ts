// One budget: a histogram of a metric's values over all models, with a horizontal brush that sets
// the allowed range. Reports brushing through a callback; told its range only to restore it.
import { axisBottom, bin, brushX, max, scaleLinear, select, type BrushBehavior, type D3BrushEvent, type ScaleLinear } from 'd3';
import type { MetricDefinition, ModelSummary } from '../../../../protocol/generated/contract';
import { metricDomain } from '../colorScale';
import { metricValues } from '../metricValues';
import { formatMetric } from '../../../shared/formatMetric';
import { element as el } from '../../shared/dom';

/** Fixed drawing size; the SVG scales to the pane's width through its viewBox (d3.pointer follows). */
const WIDTH = 240;
const HEIGHT = 64;
const AXIS = 16;
const BINS = 24;

export interface FilterCardCallbacks {
  /** The user brushed: the new range (null: brush cleared); `done` on release. */
  rangeChanged(metric: string, range: [number, number] | null, done: boolean): void;
  removed(metric: string): void;
}

export class FilterCard {
  readonly element: HTMLDivElement;
  private readonly rangeText: HTMLSpanElement;
  private readonly note: HTMLDivElement;
  private readonly svg: SVGSVGElement;
  private readonly brush: BrushBehavior<unknown>;
  private x: ScaleLinear<number, number> = scaleLinear();
  private metric: MetricDefinition | undefined;
  private range: [number, number] | null = null;

  constructor(
    readonly metricName: string,
    private readonly callbacks: FilterCardCallbacks,
  ) {
    this.element = el('div', 'filter');
    this.element.dataset.metric = metricName;
    const head = el('div', 'filter-head');
    const name = el('span', 'filter-name', metricName);
    name.title = metricName;
    const remove = el('button', 'filter-remove', '✕');
    remove.title = `Remove the filter on ${metricName}`;
    remove.setAttribute('aria-label', remove.title);
    remove.addEventListener('click', () => callbacks.removed(metricName));
    head.append(name, remove);
    this.rangeText = el('span', 'filter-range');
    this.note = el('div', 'filter-note');
    this.svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.svg.classList.add('filter-histogram');
    this.svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT + AXIS}`);
    this.svg.setAttribute('role', 'img');
    this.svg.setAttribute('aria-label', `Histogram of ${metricName}; drag across it to set the allowed range`);
    const svg = select(this.svg);
    svg.append('g').attr('class', 'filter-bars');
    svg.append('g').attr('class', 'filter-axis').attr('transform', `translate(0,${HEIGHT})`);
    svg.append('g').attr('class', 'filter-brush');
    this.element.append(head, this.rangeText, this.svg, this.note);

    this.brush = brushX<unknown>()
      .extent([
        [0, 0],
        [WIDTH, HEIGHT],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // our own restore in update()
        const pixels = event.selection as [number, number] | null;
        const range = pixels ? ([this.x.invert(pixels[0]), this.x.invert(pixels[1])] as [number, number]) : null;
        this.range = range;
        this.showRange();
        this.paintBars();
        this.callbacks.rangeChanged(metricName, range, event.type === 'end');
      });
    svg.select<SVGGElement>('g.filter-brush').call(this.brush);
  }

  /** Redraws for a (new) spec; `metric` undefined when the spec no longer declares it. */
  update(metric: MetricDefinition | undefined, models: readonly ModelSummary[], range: [number, number] | null): void {
    this.metric = metric;
    this.element.classList.toggle('inactive', metric === undefined);
    const values = metric ? Array.from(metricValues(models, metric.name)).filter((v) => !Number.isNaN(v)) : [];
    this.svg.style.display = values.length > 0 ? '' : 'none';
    this.note.hidden = metric !== undefined && values.length > 0;
    this.note.textContent =
      metric === undefined
        ? `The spec no longer declares "${this.metricName}", so this filter is ignored until it does. Remove it with ✕.`
        : 'No model records a value for this metric yet, so none can be within this budget once it is set.';

    this.x = scaleLinear()
      .domain(metric ? metricDomain(metric, values) : [0, 1])
      .nice()
      .range([0, WIDTH]);
    const [lo, hi] = this.x.domain();
    const bins = bin()
      .domain([lo, hi])
      .thresholds(this.x.ticks(BINS))(values);
    const y = scaleLinear()
      .domain([0, max(bins, (b) => b.length) ?? 1])
      .range([HEIGHT, 2]);
    select(this.svg)
      .select('g.filter-bars')
      .selectAll('rect')
      .data(bins)
      .join('rect')
      .attr('x', (b) => this.x(b.x0 ?? lo) + 0.5)
      .attr('width', (b) => Math.max(1, this.x(b.x1 ?? hi) - this.x(b.x0 ?? lo) - 1))
      .attr('y', (b) => y(b.length))
      .attr('height', (b) => HEIGHT - y(b.length));
    select(this.svg)
      .select<SVGGElement>('g.filter-axis')
      .call(
        axisBottom(this.x)
          .ticks(4)
          .tickSizeOuter(0)
          .tickFormat((v) => formatMetric(Number(v), metric, { withUnit: false })),
      );

    this.range = range;
    const brushGroup = select(this.svg).select<SVGGElement>('g.filter-brush');
    if (range) {
      const clamp = (v: number) => Math.min(WIDTH, Math.max(0, this.x(v)));
      const pixels: [number, number] = [clamp(range[0]), clamp(range[1])];
      // A zero-width brush cannot be drawn; widen it by a pixel so the budget stays visible.
      if (pixels[1] - pixels[0] < 1) pixels[1] = Math.min(WIDTH, pixels[0] + 1);
      brushGroup.call(this.brush.move, pixels);
    } else {
      brushGroup.call(this.brush.move, null);
    }
    this.showRange();
    this.paintBars();
  }

  /** True while the card's own range is `range`: no need to move the brush under the user's pointer. */
  holds(range: [number, number] | null): boolean {
    return range === this.range || (range !== null && this.range !== null && range[0] === this.range[0] && range[1] === this.range[1]);
  }

  private showRange(): void {
    const metric = this.metric;
    this.rangeText.textContent = this.range
      ? `${formatMetric(this.range[0], metric)} – ${formatMetric(this.range[1], metric)}`
      : 'Drag across the histogram to set a budget';
    this.element.dataset.range = this.range ? this.range.join(',') : '';
  }

  /** Bars outside the budget dim, so the histogram itself shows what the budget keeps. */
  private paintBars(): void {
    const range = this.range;
    select(this.svg)
      .select('g.filter-bars')
      .selectAll<SVGRectElement, { x0?: number; x1?: number }>('rect')
      .classed('outside', (b) => range !== null && ((b.x1 ?? 0) < range[0] || (b.x0 ?? 0) > range[1]));
  }
}
