// The Model Scatterplot: models placed by two metrics. Points are painted on a canvas (10,000 stay
// smooth); the axes, the Pareto front and the 2-D brush are SVG on top. Knows nothing about messages
// or state: it reports gestures through callbacks and is told what is selected and allowed.
import { brush, line, pointer, scaleLinear, select, type BrushBehavior, type D3BrushEvent, type Quadtree, type ScaleLinear } from 'd3';
import type { MetricDefinition, SpecSummary } from '../../../../protocol/generated/contract';
import { metricDomain, type ColorScale } from '../colorScale';
import { metricSizeScale, type SizeScale } from '../sizeScale';
import type { Tooltip } from '../tooltip';
import type { Direction } from './metricDirection';
import { paretoFront, paretoSteps, type ScatterPoint } from './paretoFront';
import { paintPoints, pointFills, type PaintFrame, type PlacedPoint } from './paintPoints';
import { ScatterHeader, type Axis } from './scatterHeader';
import { drawAxes, gridLines, MARGIN } from './scatterAxisLayer';
import { describePoint, hitIndex, plotText } from './scatterText';
import { ScatterZoom } from './scatterZoom';
import { placeModels, type PlacedModels, type PlottedPoint } from './scatterPoints';
import { themeColors, type ThemeColors } from './themeColors';
import { element as el } from '../../shared/dom';
import { MapFocusOverlay } from '../canvas/mapFocus';
import { isArrowKey, nextPoint } from './scatterNavigation';
import { CanvasRedraw } from '../../shared/canvasRedraw';
import { firstModels, modelsById } from '../modelIndex';
import { metricValues } from '../metricValues';
import { once } from '../../shared/memo';

/** Smaller than the map's discs: a scatterplot holds every model in one view, not one per row. */
const MIN_RADIUS = 2.5;
const MAX_RADIUS = 9;
/** How far (px) from a point's centre a hover or click still finds it. */
const HIT_RADIUS = 10;

export interface ScatterCallbacks {
  /** A point (or null: the background) was clicked; `toggle` is true for shift/ctrl/cmd-click. */
  clicked(id: string | null, toggle: boolean): void;
  /** A rectangle was brushed; `additive` when shift/ctrl/cmd was held. Only allowed models are passed. */
  brushed(ids: string[], additive: boolean): void;
  /** Double-click: show the model in the spec. */
  activated(id: string): void;
  axisChanged(axis: Axis, metric: string): void;
  directionFlipped(axis: Axis): void;
  /** The pointer moved onto a point (null: off every point), for the other views to highlight it. */
  hovered(id: string | null): void;
}

export interface ScatterContent {
  summary: SpecSummary;
  x: MetricDefinition | null;
  y: MetricDefinition | null;
  xDirection: Direction;
  yDirection: Direction;
  colorMetric: MetricDefinition | null;
  scale: ColorScale | null;
  sizeMetric: MetricDefinition | null;
}

interface Plotted {
  content: ScatterContent;
  points: PlottedPoint[];
  place: PlacedModels['place'];
  unplaced: number;
  size: SizeScale | null;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export class ScatterplotView {
  private readonly header: ScatterHeader;
  private readonly area: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly redraw: CanvasRedraw;
  private readonly svg: SVGSVGElement;
  private readonly empty: HTMLDivElement;
  private plotted: Plotted | undefined;
  private selected: ReadonlySet<string> = new Set();
  /** The model under the pointer here or in the map; ringed. */
  private hoveredId: string | null = null;
  private allowed: ReadonlySet<string> | null = null;
  private front: PlottedPoint[] = [];
  /**
   * Allowed points are drawn on top, so a hit prefers them over a faded one underneath. Built at the first pointer
   * query after a draw, not by the draw: at 100,000 points the quadtrees cost ~0.3 s that every zoom frame and the
   * first paint would otherwise wait for.
   */
  private hits: (() => { all: Quadtree<PlacedPoint>; allowed: Quadtree<PlacedPoint> }) | undefined;
  private readonly brush: BrushBehavior<unknown>;
  private brushExtent = '';
  /** Read once and on theme changes: getComputedStyle forces a style flush, costly beside a big map. */
  private colors: ThemeColors | undefined;
  private width = 0;
  private height = 0;
  /** Where the points were last drawn (CSS px), for keyboard movement and the focus box. */
  private placed: readonly PlacedPoint[] = [];
  /** The model the arrow keys are on; null before the first arrow. */
  private focusedId: string | null = null;
  private readonly focus: MapFocusOverlay;
  private readonly zoom: ScatterZoom;
  /** What the points were last painted from, so a saved SVG redraws the same scene (scatterSvg.ts). */
  private frame: PaintFrame<PlottedPoint> | undefined;
  /** The axes as last drawn (zoomed and panned): brushing reads positions through them. */
  private scales: { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly tooltip: Tooltip,
    private readonly callbacks: ScatterCallbacks,
  ) {
    this.header = new ScatterHeader(callbacks);
    this.area = el('div', 'scatter-area');
    this.canvas = el('canvas');
    this.canvas.id = 'scatter-canvas';
    this.canvas.dataset.pointCount = '0';
    this.canvas.setAttribute('role', 'img');
    this.svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.svg.classList.add('scatter-overlay');
    this.empty = el('div', 'empty-state');
    this.area.append(this.canvas, this.svg, this.empty);
    this.redraw = new CanvasRedraw(this.canvas, () => this.draw(), this.area, () => this.resize());
    this.focus = new MapFocusOverlay(this.area);
    // Keyboard: arrows move between points, Enter or Space selects (Shift/Ctrl adds), Escape leaves.
    this.area.tabIndex = 0;
    this.area.setAttribute('aria-label', 'Model scatterplot: arrow keys move between models, Enter selects, Shift+Enter adds to the selection');
    this.area.addEventListener('keydown', (event) => this.onKey(event));
    this.zoom = new ScatterZoom(this.area, () => this.redraw.request());
    this.header.element.insertBefore(this.zoom.resetButton, this.header.note);
    container.append(this.header.element, this.area);
    container.dataset.selectedCount = '0';

    const svg = select(this.svg);
    svg.append('g').attr('class', 'scatter-axis x-axis');
    svg.append('g').attr('class', 'scatter-axis y-axis');
    svg.append('text').attr('class', 'axis-title x-title').attr('text-anchor', 'middle');
    svg.append('text').attr('class', 'axis-title y-title').attr('text-anchor', 'middle').attr('transform', 'rotate(-90)');
    // Zoomed in, the front must not run over the axes.
    svg.append('defs').append('clipPath').attr('id', 'scatter-plot-clip').append('rect');
    svg.append('path').attr('class', 'pareto-step').attr('clip-path', 'url(#scatter-plot-clip)');
    svg.append('g').attr('class', 'scatter-brush');
    svg
      .on('mousemove', (event: MouseEvent) => this.hover(event))
      .on('mouseleave', () => {
        this.tooltip.hide();
        this.pointAt(null);
      })
      .on('dblclick', (event: MouseEvent) => {
        const hit = this.hitAt(event);
        if (hit) this.callbacks.activated(hit.id);
        else this.zoom.reset();
      });

    this.brush = brush<unknown>()
      // Shift means "add to the selection" here, not d3's "constrain to one axis"; ctrl is allowed too.
      .keyModifiers(false)
      // Alt-drags pan (scatterZoom.ts) rather than brush.
      .filter((event: MouseEvent) => !event.button && !event.altKey)
      .on('end', (event: D3BrushEvent<unknown>) => this.brushEnded(event));

    // A theme switch changes the body's class; canvas colours are re-read on the next draw.
    new MutationObserver(() => {
      this.colors = undefined;
      this.redraw.request();
    }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
  }

  render(content: ScatterContent, selected: ReadonlySet<string>, allowed: ReadonlySet<string> | null): void {
    const { summary } = content;
    const { points, xs, ys, unplaced, place } = placeModels(summary.models, content.x?.name ?? null, content.y?.name ?? null, firstModels(summary));
    const { sizeMetric } = content;
    const size = sizeMetric ? metricSizeScale(sizeMetric, metricValues(summary.models, sizeMetric.name), MIN_RADIUS, MAX_RADIUS) : null;
    const axisScale = (metric: MetricDefinition | null, values: ArrayLike<number>) =>
      scaleLinear()
        .domain(metric ? metricDomain(metric, values) : [0, 1])
        .nice();
    this.plotted = {
      content,
      points,
      place,
      unplaced,
      size,
      x: axisScale(content.x, xs),
      y: axisScale(content.y, ys),
    };
    this.header.update(content.summary.metrics, {
      x: { metric: content.x?.name ?? null, direction: content.xDirection },
      y: { metric: content.y?.name ?? null, direction: content.yDirection },
    });
    this.selected = selected;
    this.allowed = allowed;
    this.updateFront();
    this.resize();
  }

  /** The SVG overlay (axes, front) and the frame its points were painted from; undefined before the first draw. */
  get scene(): { overlay: SVGSVGElement; frame: PaintFrame } | undefined {
    return this.frame && { overlay: this.svg, frame: this.frame };
  }

  setSelection(selected: ReadonlySet<string>): void {
    this.selected = selected;
    this.redraw.request();
  }

  /** Rings a model hovered in another view (the map); no tooltip, as the pointer is elsewhere. */
  showLinkedHover(id: string | null): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.container.dataset.hoveredId = id ?? '';
    this.redraw.request();
  }

  /** Models not in `allowed` are faded and can be neither clicked nor brushed; null allows all. */
  setFiltered(allowed: ReadonlySet<string> | null): void {
    // The panel passes render the same set it then passes here: at 100,000 points the front is not found twice.
    if (allowed === this.allowed) return;
    this.allowed = allowed;
    this.updateFront();
    this.redraw.request();
  }

  /** The front among the allowed models: "which is best within budget" is the question a filter asks. */
  private updateFront(): void {
    const plotted = this.plotted;
    if (!plotted) return;
    const allowed = this.allowed;
    const candidates = allowed ? plotted.points.filter((p) => allowed.has(p.id)) : plotted.points;
    this.front = paretoFront(candidates, plotted.content.xDirection, plotted.content.yDirection);
  }

  private resize(): void {
    this.width = this.area.clientWidth;
    this.height = this.area.clientHeight;
    this.zoom.setExtent(this.width, this.height);
    this.redraw.request();
  }

  private draw(): void {
    const started = performance.now();
    const plotted = this.plotted;
    const { width, height } = this;
    if (!plotted || width === 0 || height === 0) return;
    const { content, points } = plotted;
    plotted.x.range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
    plotted.y.range([Math.max(MARGIN.top + 1, height - MARGIN.bottom), MARGIN.top]);

    const dpr = this.redraw.fit(width, height);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(height));

    const colors = (this.colors ??= themeColors(this.container));
    const { x, y } = (this.scales = this.zoom.rescale(plotted.x, plotted.y));
    drawAxes(this.svg, { x, y, xMetric: content.x, yMetric: content.y, width, height, muted: colors.muted });
    plotted.place(x, y);
    const ctx = this.canvas.getContext('2d');
    if (ctx) {
      const { sizeMetric, colorMetric, scale } = content;
      const { models } = content.summary;
      const defaultRadius = points.length > 2000 ? 3 : 4;
      // By the point's model index into the metrics' columns: no keyed read of a metrics object per point per frame.
      const sizes = plotted.size && sizeMetric ? { scale: plotted.size, values: metricValues(models, sizeMetric.name) } : null;
      const fillAt = pointFills(colorMetric ? metricValues(models, colorMetric.name) : null, scale, colors.point);
      paintPoints(ctx, (this.frame = {
        dpr,
        width,
        height,
        clip: { left: MARGIN.left - MAX_RADIUS, top: MARGIN.top - MAX_RADIUS, bottom: height - MARGIN.bottom + MAX_RADIUS },
        points,
        radius: (p) => (sizes ? sizes.scale(sizes.values[p.modelIndex]) : defaultRadius),
        fill: (p) => fillAt(p.modelIndex),
        isAllowed: this.allowed ? (id) => this.isAllowed(id) : null,
        selected: this.selected,
        front: this.front,
        hovered: this.hoveredId,
        grid: gridLines(x, y, width, height),
        colors,
      }));
    }
    this.drawFront(x, y);
    this.setUpBrush(plotted);
    this.placed = points;
    this.placeFocus();
    const isAllowed = this.allowed ? (id: string) => this.isAllowed(id) : null;
    this.hits = once(() => hitIndex(points, x, y, MAX_RADIUS, isAllowed));

    const selectedShown = this.selected.size === 0 ? 0 : points.reduce((n, p) => n + (this.selected.has(p.id) ? 1 : 0), 0);
    const allowedShown = this.allowed ? points.reduce((n, p) => n + (this.isAllowed(p.id) ? 1 : 0), 0) : points.length;
    this.canvas.dataset.pointCount = String(points.length);
    this.container.dataset.selectedCount = String(selectedShown);
    this.container.dataset.allowedCount = String(allowedShown);
    this.container.dataset.frontCount = String(this.front.length);
    const text = plotText(content, points.length, plotted.unplaced, this.front.length);
    this.canvas.setAttribute('aria-label', text.label);
    this.header.note.textContent = text.note;
    this.showEmpty(text.empty);
    // Read by the overview benchmark; rasterising happens after this, so it is the script's share.
    this.container.dataset.drawMs = (performance.now() - started).toFixed(1);
  }

  private drawFront(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): void {
    const steps = paretoSteps(this.front).map(([vx, vy]) => [x(vx), y(vy)] as [number, number]);
    const [[left, right], [bottom, top]] = [x.range(), y.range()];
    select(this.svg).select('#scatter-plot-clip rect').attr('x', left - 2).attr('y', top - 2).attr('width', right - left + 4).attr('height', bottom - top + 4);
    select(this.svg)
      .select('path.pareto-step')
      .attr('d', steps.length > 1 ? line()(steps) : null);
  }

  /** Re-applies the brush only when the plot area moved: re-calling it mid-gesture would cancel the drag. */
  private setUpBrush(plotted: Plotted): void {
    const [x0, x1] = plotted.x.range();
    const [y1, y0] = plotted.y.range();
    const extent: [[number, number], [number, number]] = [
      [x0 - MAX_RADIUS, y0 - MAX_RADIUS],
      [x1 + MAX_RADIUS, y1 + MAX_RADIUS],
    ];
    const key = extent.flat().join(',');
    if (key === this.brushExtent) return;
    this.brushExtent = key;
    select(this.svg).select<SVGGElement>('g.scatter-brush').call(this.brush.extent(extent));
  }

  private brushEnded(event: D3BrushEvent<unknown>): void {
    const source = event.sourceEvent as MouseEvent | null;
    if (!source || !this.plotted) return; // our own brush.move(null) below
    const toggle = source.shiftKey || source.ctrlKey || source.metaKey;
    const selection = event.selection as [[number, number], [number, number]] | null;
    if (!selection) {
      // A press without a drag is a click; one on a faded (filtered-out) model does nothing, since it
      // cannot be selected and should not clear the selection either.
      const hit = this.hitAt(source);
      if (!hit || this.isAllowed(hit.id)) this.callbacks.clicked(hit?.id ?? null, toggle);
      return;
    }
    const [[left, top], [right, bottom]] = selection;
    const { points } = this.plotted;
    const { x, y } = this.scales ?? this.plotted;
    const inside = points.filter((p) => {
      const px = x(p.x);
      const py = y(p.y);
      return this.isAllowed(p.id) && px >= left && px <= right && py >= top && py <= bottom;
    });
    select(this.svg).select<SVGGElement>('g.scatter-brush').call(this.brush.move, null);
    this.callbacks.brushed(inside.map((p) => p.id), toggle);
  }

  /** The point under the pointer, faded ones included: their tooltip says why a model is out of budget. */
  private hitAt(event: MouseEvent): ScatterPoint | undefined {
    const [px, py] = pointer(event, this.svg);
    const hits = this.hits?.();
    return hits?.allowed.find(px, py, HIT_RADIUS) ?? hits?.all.find(px, py, HIT_RADIUS);
  }

  private hover(event: MouseEvent): void {
    // While brushing the tooltip would hide the points being gathered.
    if (event.buttons !== 0) {
      this.tooltip.hide();
      return;
    }
    const hit = this.hitAt(event);
    const model = hit && this.plotted ? modelsById(this.plotted.content.summary).get(hit.id) : undefined;
    this.pointAt(model ? model.id : null);
    this.svg.classList.toggle('over-point', model !== undefined);
    if (!model || !this.plotted) {
      this.tooltip.hide();
      return;
    }
    this.tooltip.show(model, this.plotted.content.summary.metrics, this.plotted.content.colorMetric?.name ?? null, { x: event.clientX, y: event.clientY });
  }

  /** The pointer is on this model (or none): ring it and tell the other views. */
  private pointAt(id: string | null): void {
    if (id === this.hoveredId) return;
    this.showLinkedHover(id);
    this.callbacks.hovered(id);
  }

  private onKey(event: KeyboardEvent): void {
    const plotted = this.plotted;
    if (!plotted) return;
    if (isArrowKey(event.key)) {
      // Only models within the filter's budgets can be reached, as only they can be selected.
      const reachable = this.allowed ? this.placed.filter((p) => this.isAllowed(p.id)) : this.placed;
      this.focusedId = nextPoint(reachable, this.focusedId, event.key);
      this.placeFocus();
      const model = this.focusedId === null ? undefined : modelsById(plotted.content.summary).get(this.focusedId);
      if (model) this.focus.announce(describePoint(model, plotted.content, this.selected.has(model.id)));
    } else if ((event.key === 'Enter' || event.key === ' ') && this.focusedId !== null && this.isAllowed(this.focusedId)) {
      this.callbacks.clicked(this.focusedId, event.shiftKey || event.ctrlKey || event.metaKey);
    } else if (event.key === 'Escape' && this.focusedId !== null) {
      this.focusedId = null;
      this.placeFocus();
    } else return;
    event.preventDefault();
  }

  /** Puts the focus box over the focused point where it was last drawn, or hides it. */
  private placeFocus(): void {
    const point = this.focusedId === null ? undefined : this.placed.find((p) => p.id === this.focusedId);
    this.focus.place(point ? { id: point.id, x: point.px, y: point.py, r: MAX_RADIUS } : null);
    this.container.dataset.focusedId = point?.id ?? '';
  }

  private isAllowed(id: string): boolean {
    return this.allowed === null || this.allowed.has(id);
  }

  private showEmpty(text: string | null): void {
    this.empty.hidden = text === null;
    this.empty.textContent = text ?? '';
    this.area.classList.toggle('is-empty', text !== null);
  }
}

