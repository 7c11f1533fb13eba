// Draws a laid-out spec into the SVG and owns zoom/pan. Knows nothing about messages or state:
// it reports user gestures through callbacks and is told what is selected.
import { select, zoom, zoomIdentity, type Selection, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { MetricDefinition, ModelSummary, SpecSummary } from '../../../protocol/generated/contract';
import type { ColorScale } from './colorScale';
import { displayLabel } from './describeModel';
import { formatMetric } from './formatMetric';
import type { LayoutNode, MapLayout } from './layout';
import { boldFontOf, createTextFitter, type TextFitter } from './textFit';
import type { Tooltip } from './tooltip';

const COLUMN_WIDTH = 180;
const ROW_HEIGHT = 56;
const NODE_RADIUS = 8;
const HEADER_HEIGHT = 30;
const PAD = 20;
/** Labels stay inside their column so they never reach the vertical edge trunks on column borders. */
const LABEL_WIDTH = COLUMN_WIDTH - 24;

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
}

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

const x = (column: number): number => column * COLUMN_WIDTH + COLUMN_WIDTH / 2;
const y = (row: number): number => row * ROW_HEIGHT + ROW_HEIGHT / 2;

export class ModelMapView {
  readonly svg: SvgSelection;
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

    this.renderBands(content.layout);
    this.renderEdges(content.layout);
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
    const contentHeight = layout.rowCount * ROW_HEIGHT;
    const k = Math.max(0.2, Math.min(1, (width - 2 * PAD) / contentWidth, (height - HEADER_HEIGHT - 2 * PAD) / contentHeight));
    this.svg.call(this.zoomBehavior.transform, zoomIdentity.translate(PAD, HEADER_HEIGHT + PAD / 2).scale(k));
  }

  /** Pans (never zooms) so the model is visible, centring it if it was off screen. */
  reveal(id: string): void {
    const node = this.content?.layout.nodes.find((n) => n.id === id);
    if (!node) return;
    const { width, height } = this.viewportSize();
    const sx = this.transform.applyX(x(node.column));
    const sy = this.transform.applyY(y(node.row));
    const margin = NODE_RADIUS + 12;
    const visible = sx >= margin && sx <= width - margin && sy >= HEADER_HEIGHT + margin && sy <= height - margin;
    if (!visible) this.svg.call(this.zoomBehavior.translateTo, x(node.column), y(node.row), [width / 2, (height + HEADER_HEIGHT) / 2]);
  }

  private viewportSize(): { width: number; height: number } {
    const element = this.svg.node()!;
    return { width: element.clientWidth || 800, height: element.clientHeight || 600 };
  }

  private renderBands(layout: MapLayout): void {
    const height = Math.max(1, layout.rowCount) * ROW_HEIGHT;
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

  private renderEdges(layout: MapLayout): void {
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    this.edges
      .selectAll<SVGPathElement, { source: string; target: string }>('path')
      .data(layout.edges, (e) => `${e.source}\u0000${e.target}`)
      .join('path')
      .attr('class', 'edge')
      .attr('data-target', (e) => e.target)
      .attr('d', (e) => edgePath(at.get(e.source)!, at.get(e.target)!));
  }

  private renderNodes(content: MapContent): void {
    const { colorMetric, scale } = content;
    const valueOf = (id: string): number | null => {
      const v = colorMetric ? this.models.get(id)?.metrics?.[colorMetric.name] : null;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };

    const nodes = this.nodes
      .selectAll<SVGGElement, LayoutNode>('g.model-node')
      .data(content.layout.nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'model-node').attr('tabindex', 0).attr('role', 'button');
        g.append('circle').attr('class', 'ring').attr('r', NODE_RADIUS + 4);
        g.append('circle').attr('class', 'dot').attr('r', NODE_RADIUS);
        g.append('text').attr('class', 'node-label').attr('y', NODE_RADIUS + 13).attr('text-anchor', 'middle');
        g.append('text').attr('class', 'node-value').attr('y', NODE_RADIUS + 26).attr('text-anchor', 'middle');
        return g;
      })
      .attr('data-id', (d) => d.id)
      .attr('transform', (d) => `translate(${x(d.column)},${y(d.row)})`)
      .classed('missing', (d) => colorMetric !== null && valueOf(d.id) === null)
      .classed('uncolored', colorMetric === null)
      .attr('aria-label', (d) => {
        const model = this.models.get(d.id);
        const value = colorMetric ? `, ${colorMetric.name} ${formatMetric(valueOf(d.id), colorMetric)}` : '';
        return `${model ? displayLabel(model) : d.id}${value}`;
      });

    nodes.select<SVGCircleElement>('circle.dot').attr('fill', (d) => {
      const v = valueOf(d.id);
      return scale && v !== null ? scale(v) : null;
    });
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
function edgePath(source: LayoutNode, target: LayoutNode): string {
  const sx = x(source.column);
  const sy = y(source.row);
  const tx = x(target.column);
  const ty = y(target.row);
  if (sy === ty) return `M${sx},${sy}H${tx}`;
  const mx = sx + COLUMN_WIDTH / 2;
  const r = Math.min(10, (ty - sy) / 2, tx - mx);
  return `M${sx},${sy}H${mx - r}Q${mx},${sy} ${mx},${sy + r}V${ty - r}Q${mx},${ty} ${mx + r},${ty}H${tx}`;
}
