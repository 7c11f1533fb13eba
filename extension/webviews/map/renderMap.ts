// Draws a laid-out spec into the SVG and owns zoom/pan. Knows nothing about messages or state:
// it reports user gestures through callbacks and is told what is selected.
import { select, zoom, zoomIdentity, type Selection, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { MetricDefinition, ModelSummary, SpecSummary } from '../../../protocol/generated/contract';
import type { ColorScale } from './colorScale';
import { displayLabel } from './describeModel';
import { formatMetric } from './formatMetric';
import { directionOfKey, neighbour } from './keyboardNav';
import type { LayoutEdge, LayoutNode, MapLayout } from './layout';
import { MAX_RADIUS, type SizeScale } from './sizeScale';
import { boldFontOf, createTextFitter, type TextFitter } from './textFit';
import type { Tooltip } from './tooltip';

const COLUMN_WIDTH = 180;
const ROW_HEIGHT = 56;
const NODE_RADIUS = 8;
const HEADER_HEIGHT = 30;
const PAD = 20;
/** Labels stay inside their column so they never reach the vertical edge trunks on column borders. */
const LABEL_WIDTH = COLUMN_WIDTH - 24;
/** Edge width per unit of node radius: 1.5px between default-sized nodes, thicker between big ones. */
const EDGE_WIDTH_PER_RADIUS = 1.5 / NODE_RADIUS;
/** Extra row height when nodes are sized, so the largest disc and its two text lines fit. */
const SIZED_ROW_EXTRA = 2 * (MAX_RADIUS - NODE_RADIUS);
/**
 * Edge gradients blend each node colour with the theme's foreground: the palette's yellow end then
 * stays visible on light themes and its purple end on dark ones.
 */
const EDGE_COLOR_SHARE = '70%';

export interface MapCallbacks {
  /** `toggle` is true for shift/ctrl/cmd-click. */
  nodeClicked(id: string, toggle: boolean): void;
  backgroundClicked(): void;
  nodeActivated(id: string): void;
}

export interface MapContent {
  summary: SpecSummary;
  layout: MapLayout;
  colorMetric: MetricDefinition | null;
  scale: ColorScale | null;
  sizeMetric: MetricDefinition | null;
  size: SizeScale | null;
}

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

const x = (column: number): number => column * COLUMN_WIDTH + COLUMN_WIDTH / 2;

export class ModelMapView {
  readonly svg: SvgSelection;
  private readonly defs: Selection<SVGDefsElement, unknown, null, undefined>;
  private readonly viewport: GroupSelection;
  private readonly bands: GroupSelection;
  private readonly edges: GroupSelection;
  private readonly nodes: GroupSelection;
  private readonly headers: GroupSelection;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private content: MapContent | undefined;
  private models = new Map<string, ModelSummary>();
  private parents = new Map<string, string | null>();
  private fitted = false;
  private headerFit: TextFitter | undefined;
  /** Rows grow when a size metric is bound, so big discs never touch the next row's labels. */
  private rowHeight = ROW_HEIGHT;
  private readonly y = (row: number): number => row * this.rowHeight + this.rowHeight / 2;

  constructor(
    container: HTMLElement,
    private readonly tooltip: Tooltip,
    private readonly callbacks: MapCallbacks,
  ) {
    this.svg = select(container)
      .append('svg')
      .attr('id', 'model-map')
      .attr('role', 'group')
      .attr('aria-label', 'Model map')
      .attr('data-node-count', 0);
    this.defs = this.svg.append('defs');
    this.viewport = this.svg.append('g').attr('class', 'viewport');
    this.bands = this.viewport.append('g').attr('class', 'column-bands');
    this.edges = this.viewport.append('g').attr('class', 'edges');
    this.nodes = this.viewport.append('g').attr('class', 'nodes');
    // Headers live outside the zoomed group: they follow horizontal pan and zoom but stay on top.
    this.headers = this.svg.append('g').attr('class', 'column-headers');
    this.headers.append('rect').attr('class', 'header-band').attr('width', '100%').attr('height', HEADER_HEIGHT);
    this.headers.append('line').attr('class', 'header-rule').attr('x1', 0).attr('x2', '100%').attr('y1', HEADER_HEIGHT).attr('y2', HEADER_HEIGHT);

    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.2, 3])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.viewport.attr('transform', event.transform.toString());
        this.positionHeaders();
        this.tooltip.hide();
      });
    // Double-click means "reveal in the spec", not "zoom in".
    this.svg.call(this.zoomBehavior).on('dblclick.zoom', null);
    this.svg.on('click', (event: MouseEvent) => {
      if (!(event.target as Element).closest('.model-node')) this.callbacks.backgroundClicked();
    });
  }

  render(content: MapContent, selected: ReadonlySet<string>): void {
    this.content = content;
    this.models = new Map();
    for (const m of content.summary.models) if (!this.models.has(m.id)) this.models.set(m.id, m);
    this.parents = new Map(content.layout.nodes.map((n) => [n.id, n.parent]));
    this.svg.attr('data-node-count', content.layout.nodes.length);
    this.rowHeight = ROW_HEIGHT + (content.size ? SIZED_ROW_EXTRA : 0);

    this.renderBands(content.layout);
    this.renderEdges(content);
    this.renderNodes(content);
    this.renderHeaders(content.layout);
    this.setSelection(selected);

    // Fit once; later refreshes keep the user's zoom so a live edit does not yank the view.
    if (!this.fitted && content.layout.nodes.length > 0) {
      this.fit();
      this.fitted = true;
    }
  }

  setSelection(selected: ReadonlySet<string>): void {
    this.nodes
      .selectAll<SVGGElement, LayoutNode>('g.model-node')
      .classed('selected', (d) => selected.has(d.id))
      .attr('aria-pressed', (d) => String(selected.has(d.id)));
  }

  /** Shows the whole map when it fits at 100%, else zooms out until it does (within limits). */
  fit(): void {
    const layout = this.content?.layout;
    if (!layout) return;
    const { width, height } = this.viewportSize();
    const contentWidth = layout.columns.length * COLUMN_WIDTH;
    const contentHeight = layout.rowCount * this.rowHeight;
    const k = Math.max(0.2, Math.min(1, (width - 2 * PAD) / contentWidth, (height - HEADER_HEIGHT - 2 * PAD) / contentHeight));
    this.svg.call(this.zoomBehavior.transform, zoomIdentity.translate(PAD, HEADER_HEIGHT + PAD / 2).scale(k));
  }

  /** Pans (never zooms) so the model is visible, centring it if it was off screen. */
  reveal(id: string): void {
    const node = this.content?.layout.nodes.find((n) => n.id === id);
    if (!node) return;
    const { width, height } = this.viewportSize();
    const sx = this.transform.applyX(x(node.column));
    const sy = this.transform.applyY(this.y(node.row));
    const margin = MAX_RADIUS + 12;
    const visible = sx >= margin && sx <= width - margin && sy >= HEADER_HEIGHT + margin && sy <= height - margin;
    if (!visible) this.svg.call(this.zoomBehavior.translateTo, x(node.column), this.y(node.row), [width / 2, (height + HEADER_HEIGHT) / 2]);
  }

  /** Moves keyboard focus to a model (its focus ring shows) and pans it into view. */
  focusNode(id: string): void {
    const target = this.nodes.selectAll<SVGGElement, LayoutNode>('g.model-node').filter((d) => d.id === id).node();
    if (!target) return;
    this.reveal(id);
    target.focus();
  }

  private metricValue(metric: MetricDefinition | null, id: string): number | null {
    const v = metric ? this.models.get(id)?.metrics?.[metric.name] : null;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }

  private radiusOf(id: string): number {
    const { size, sizeMetric } = this.content ?? {};
    return size && sizeMetric ? size(this.metricValue(sizeMetric, id)) : NODE_RADIUS;
  }

  /** The node's fill, or null where it has none (no colour metric, or no value). */
  private colorOf(id: string): string | null {
    const { scale, colorMetric } = this.content ?? {};
    const v = this.metricValue(colorMetric ?? null, id);
    return scale && v !== null ? scale(v) : null;
  }

  private viewportSize(): { width: number; height: number } {
    const element = this.svg.node()!;
    return { width: element.clientWidth || 800, height: element.clientHeight || 600 };
  }

  private renderBands(layout: MapLayout): void {
    const height = Math.max(1, layout.rowCount) * this.rowHeight;
    this.bands
      .selectAll('rect')
      .data(layout.columns)
      .join('rect')
      .attr('class', (c) => (c.index % 2 === 0 ? 'band band-even' : 'band band-odd'))
      .attr('x', (c) => c.index * COLUMN_WIDTH)
      .attr('y', -PAD)
      .attr('width', COLUMN_WIDTH)
      .attr('height', height + 2 * PAD);
  }

  /**
   * Each edge blends from the parent's colour to the child's through a gradient laid along the
   * parent→child vector (userSpaceOnUse, because a horizontal edge has a zero-height bounding box
   * that an objectBoundingBox gradient cannot paint), and its width is the mean of the two ends'.
   */
  private renderEdges(content: MapContent): void {
    const { layout } = content;
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    const gradientId = (i: number) => `map-edge-gradient-${i}`;
    const stopColor = (id: string) => {
      const color = this.colorOf(id);
      return color === null ? 'var(--map-edge)' : `color-mix(in srgb, ${color} ${EDGE_COLOR_SHARE}, var(--vscode-foreground, #ccc))`;
    };
    const colored = content.scale !== null;
    const gradients = this.defs
      .selectAll<SVGLinearGradientElement, LayoutEdge>('linearGradient.edge-gradient')
      .data(colored ? layout.edges : [])
      .join((enter) => {
        const g = enter.append('linearGradient').attr('class', 'edge-gradient').attr('gradientUnits', 'userSpaceOnUse');
        g.append('stop').attr('offset', 0);
        g.append('stop').attr('offset', 1);
        return g;
      })
      .attr('id', (_, i) => gradientId(i))
      .attr('x1', (e) => x(at.get(e.source)!.column))
      .attr('y1', (e) => this.y(at.get(e.source)!.row))
      .attr('x2', (e) => x(at.get(e.target)!.column))
      .attr('y2', (e) => this.y(at.get(e.target)!.row));
    gradients.select('stop:first-child').style('stop-color', (e) => stopColor(e.source));
    gradients.select('stop:last-child').style('stop-color', (e) => stopColor(e.target));

    this.edges
      .selectAll<SVGPathElement, LayoutEdge>('path')
      .data(layout.edges, (e) => `${e.source}\u0000${e.target}`)
      .join('path')
      .attr('class', 'edge')
      .classed('plain', !colored)
      .attr('data-target', (e) => e.target)
      .attr('stroke', (_, i) => (colored ? `url(#${gradientId(i)})` : null))
      .attr('stroke-width', (e) => ((this.radiusOf(e.source) + this.radiusOf(e.target)) / 2) * EDGE_WIDTH_PER_RADIUS)
      .attr('d', (e) => edgePath(at.get(e.source)!, at.get(e.target)!, this.y));
  }

  private renderNodes(content: MapContent): void {
    const { colorMetric, sizeMetric } = content;
    const valueOf = (id: string): number | null => this.metricValue(colorMetric, id);

    const nodes = this.nodes
      .selectAll<SVGGElement, LayoutNode>('g.model-node')
      .data(content.layout.nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'model-node').attr('tabindex', 0).attr('role', 'button');
        g.append('circle').attr('class', 'ring');
        g.append('circle').attr('class', 'dot');
        g.append('text').attr('class', 'node-label').attr('text-anchor', 'middle');
        g.append('text').attr('class', 'node-value').attr('text-anchor', 'middle');
        return g;
      })
      .attr('data-id', (d) => d.id)
      .attr('transform', (d) => `translate(${x(d.column)},${this.y(d.row)})`)
      .classed('missing', (d) => colorMetric !== null && valueOf(d.id) === null)
      .classed('uncolored', colorMetric === null)
      .attr('aria-label', (d) => {
        const model = this.models.get(d.id);
        const value = colorMetric ? `, ${colorMetric.name} ${formatMetric(valueOf(d.id), colorMetric)}` : '';
        const size =
          sizeMetric && sizeMetric.name !== colorMetric?.name ? `, ${sizeMetric.name} ${formatMetric(this.metricValue(sizeMetric, d.id), sizeMetric)}` : '';
        return `${model ? displayLabel(model) : d.id}${value}${size}`;
      });

    nodes.select<SVGCircleElement>('circle.ring').attr('r', (d) => this.radiusOf(d.id) + 4);
    nodes
      .select<SVGCircleElement>('circle.dot')
      .attr('r', (d) => this.radiusOf(d.id))
      .attr('fill', (d) => this.colorOf(d.id));
    nodes.select<SVGTextElement>('text.node-label').attr('y', (d) => this.radiusOf(d.id) + 13);
    nodes.select<SVGTextElement>('text.node-value').attr('y', (d) => this.radiusOf(d.id) + 26);
    const labels = nodes.select<SVGTextElement>('text.node-label');
    const sample = labels.node();
    if (sample) {
      const fit = createTextFitter(boldFontOf(sample));
      labels.text((d) => {
        const model = this.models.get(d.id);
        return fit(model ? displayLabel(model) : d.id, LABEL_WIDTH);
      });
    }
    nodes
      .select<SVGTextElement>('text.node-value')
      .text((d) => (colorMetric ? formatMetric(valueOf(d.id), colorMetric) : ''));

    nodes
      .on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        this.callbacks.nodeClicked(d.id, event.shiftKey || event.ctrlKey || event.metaKey);
      })
      .on('dblclick', (event: MouseEvent, d) => {
        event.stopPropagation();
        this.callbacks.nodeActivated(d.id);
      })
      .on('keydown', (event: KeyboardEvent, d) => {
        const direction = directionOfKey(event.key);
        if (direction) {
          event.preventDefault();
          const next = this.content && neighbour(this.content.layout.nodes, d.id, direction);
          if (next) this.focusNode(next);
          return;
        }
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        this.callbacks.nodeClicked(d.id, event.shiftKey || event.ctrlKey || event.metaKey);
      })
      .on('mouseenter', (event: MouseEvent, d) => this.hover(d.id, { x: event.clientX, y: event.clientY }))
      .on('mousemove', (event: MouseEvent) => this.tooltip.moveTo({ x: event.clientX, y: event.clientY }))
      .on('mouseleave blur', () => this.hover(null))
      .on('focus', (event: FocusEvent, d) => {
        const box = (event.currentTarget as Element).getBoundingClientRect();
        this.hover(d.id, { x: box.right, y: box.bottom });
      });
  }

  /** Shows the tooltip and traces the model's lineage back to its root. */
  private hover(id: string | null, anchor?: { x: number; y: number }): void {
    const lineage = new Set<string>();
    for (let at = id; at !== null && at !== undefined && !lineage.has(at); at = this.parents.get(at) ?? null) lineage.add(at);
    this.edges.selectAll<SVGPathElement, { target: string }>('path.edge').classed('lineage', (e) => lineage.has(e.target));
    this.nodes.selectAll<SVGGElement, LayoutNode>('g.model-node').classed('hovered', (d) => d.id === id);

    const model = id === null ? undefined : this.models.get(id);
    if (!model || !anchor || !this.content) {
      this.tooltip.hide();
      return;
    }
    this.tooltip.show(model, this.content.summary.metrics, this.content.colorMetric?.name ?? null, anchor);
  }

  private renderHeaders(layout: MapLayout): void {
    this.headers
      .selectAll<SVGTextElement, unknown>('text.column-header')
      .data(layout.columns)
      .join('text')
      .attr('class', (c) => (c.operation === null ? 'column-header base' : 'column-header'))
      .attr('y', HEADER_HEIGHT / 2)
      .attr('dominant-baseline', 'central')
      .attr('text-anchor', 'middle');
    this.positionHeaders();
  }

  private positionHeaders(): void {
    const width = COLUMN_WIDTH * this.transform.k - 12;
    const headers = this.headers.selectAll<SVGTextElement, { index: number; label: string }>('text.column-header');
    const sample = headers.node();
    if (!sample) return;
    // Headers are uppercased by CSS; measuring the uppercase text keeps the cut honest.
    this.headerFit ??= createTextFitter(boldFontOf(sample));
    const fit = this.headerFit;
    headers.attr('x', (c) => this.transform.applyX(x(c.index))).text((c) => fit(c.label.toUpperCase(), width));
  }
}

/** A horizontal line to the first child; other children branch off a trunk on the column border. */
function edgePath(source: LayoutNode, target: LayoutNode, y: (row: number) => number): string {
  const sx = x(source.column);
  const sy = y(source.row);
  const tx = x(target.column);
  const ty = y(target.row);
  if (sy === ty) return `M${sx},${sy}H${tx}`;
  const mx = sx + COLUMN_WIDTH / 2;
  const r = Math.min(10, (ty - sy) / 2, tx - mx);
  return `M${sx},${sy}H${mx - r}Q${mx},${sy} ${mx},${sy + r}V${ty - r}Q${mx},${ty} ${mx + r},${ty}H${tx}`;
}
