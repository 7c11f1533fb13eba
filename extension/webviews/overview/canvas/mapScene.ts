// Everything the canvas map draws, computed once per spec, encoding or theme change rather than per
// frame: node discs with their colours and labels, and each edge's tapered outline and end colours.
// Pure (no DOM), so it is unit-tested; panning and zooming reuse it untouched.
import type { MetricDefinition, ModelSummary, SpecSummary } from '../../../../protocol/generated/contract';
import type { ColorScale } from '../colorScale';
import { displayLabel } from '../describeModel';
import { formatMetric } from '../../../shared/formatMetric';
import type { LayoutColumn, MapLayout } from '../layout';
import {
  COLUMN_WIDTH,
  columnX,
  EDGE_WIDTH_PER_RADIUS,
  edgeCentreline,
  NODE_RADIUS,
  rowHeightFor,
  rowY,
  taperedPolygon,
  type Rect,
} from './mapGeometry';
import { mixRgb, parseRgb, rgbText, type MapTheme, type Rgb } from './mapTheme';
import type { SizeScale } from '../sizeScale';
import { modelsById } from '../modelIndex';
import { memo } from '../../shared/memo';

export interface MapContent {
  summary: SpecSummary;
  layout: MapLayout;
  colorMetric: MetricDefinition | null;
  scale: ColorScale | null;
  sizeMetric: MetricDefinition | null;
  size: SizeScale | null;
}

/** How much of an edge's colour is the node's own; the rest is the theme foreground. */
const EDGE_COLOR_SHARE = 0.7;

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  r: number;
  column: number;
  row: number;
  parent: string | null;
  /** Disc fill; for a model without a value for the colour metric, the background (drawn hollow). */
  fill: string;
  /** True when a colour metric is bound and this model has no value for it. */
  missing: boolean;
  /** The fill rounded to a coarse palette, so an overview can paint all discs of one colour at once. */
  coarseFill: string;
  label: string;
  /** What sets the model apart from its siblings made by the same operation ("50%"), drawn beside it; '' when nothing does. */
  parameterLabel?: string;
  /** The colour metric's formatted value, '' when none is bound. */
  value: string;
  /** Read by screen readers: label and the bound metrics. */
  description: string;
  model: ModelSummary | undefined;
}

export interface SceneEdge {
  source: number;
  target: number;
  /** Encloses the edge's outline, for culling; the outline itself is built on first draw (edgeOutline). */
  bounds: Rect;
  /** Gradient from the parent's colour at its centre to the child's at its centre. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  fromColor: string;
  toColor: string;
  /** Solid stand-in where a gradient per edge would cost too much. */
  midColor: string;
  /** The midpoint colour rounded to a coarse palette, for batched hairlines at overview zooms. */
  coarseColor: string;
}

export interface MapScene {
  nodes: SceneNode[];
  /** The node with the lowest value of the colour metric (the disc most at risk of vanishing), or -1. */
  lowest: number;
  edges: SceneEdge[];
  indexOf: Map<string, number>;
  columns: LayoutColumn[];
  rowHeight: number;
  /** World size of the laid-out map. */
  width: number;
  height: number;
}

export function buildScene(content: MapContent, theme: MapTheme): MapScene {
  const { layout, colorMetric, scale, sizeMetric, size } = content;
  const models = modelsById(content.summary);
  const metricValue = (metric: MetricDefinition | null, id: string): number | null => {
    const v = metric ? models.get(id)?.metrics?.[metric.name] : null;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const rowHeight = rowHeightFor(size !== null);

  // Memoised by value and by colour string: a metric takes far fewer distinct values than there are models, and
  // d3's interpolation and colour parsing per node were a large share of building the scene at 100,000 models.
  const fillOf = memo((v: number) => (scale ? scale(v) : theme.plainNode));
  const rgbOf = memo(parseRgb);
  const texts: TextContext = { colorMetric, sizeMetric, metricValue };
  // The node with the lowest colour value, found as the nodes are made (the theme test reads its disc).
  let lowest = -1;
  let lowestValue = Infinity;
  const nodes = layout.nodes.map((n, i): SceneNode => {
    const model = models.get(n.id);
    const value = metricValue(colorMetric, n.id);
    const missing = colorMetric !== null && value === null;
    if (value !== null && value < lowestValue) [lowest, lowestValue] = [i, value];
    const fill = missing ? theme.background : scale && value !== null ? fillOf(value) : theme.plainNode;
    const r = size && sizeMetric ? size(metricValue(sizeMetric, n.id)) : NODE_RADIUS;
    return new LazyTextNode(n, columnX(n.column), rowY(n.row, rowHeight), r, fill, missing, model, value, texts);
  });
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const fills = nodes.map((n) => rgbOf(n.fill));
  // A missing value is a hollow ring when zoomed in; as a speck it takes the muted colour.
  const muted = parseRgb(theme.muted);
  const coarse = memo(coarseText);
  nodes.forEach((n, i) => {
    const rgb = n.missing ? muted : fills[i];
    n.coarseFill = rgb ? coarse(rgb) : n.missing ? theme.muted : n.fill;
  });

  // Blended once per node, in numbers: parsing colour strings per edge end dominated building 10,000 edges.
  const foreground = parseRgb(theme.foreground);
  const plainEdge = parseRgb(theme.edge);
  const edgeRgb = nodes.map((n, i): Rgb | null => {
    const fill = scale === null || n.missing || !foreground ? null : fills[i];
    return fill && foreground ? mixRgb(fill, foreground, EDGE_COLOR_SHARE) : plainEdge;
  });
  const edgeColors = edgeRgb.map((c) => (c && c !== plainEdge ? rgbText(c) : theme.edge));
  const midRgb = (a: number, b: number): Rgb | null => {
    const from = edgeRgb[a];
    const to = edgeRgb[b];
    return from && to ? mixRgb(from, to, 0.5) : null;
  };
  const edges: SceneEdge[] = [];
  for (const e of layout.edges) {
    const source = indexOf.get(e.source);
    const target = indexOf.get(e.target);
    if (source === undefined || target === undefined) continue;
    const s = nodes[source];
    const t = nodes[target];
    const fromColor = edgeColors[source];
    const toColor = edgeColors[target];
    const mid = midRgb(source, target);
    const halfWidth = (Math.max(s.r, t.r) * EDGE_WIDTH_PER_RADIUS) / 2;
    edges.push({
      source,
      target,
      // The centre line never leaves the box spanned by its ends, so this bounds the outline too.
      bounds: { x0: Math.min(s.x, t.x) - halfWidth, y0: Math.min(s.y, t.y) - halfWidth, x1: Math.max(s.x, t.x) + halfWidth, y1: Math.max(s.y, t.y) + halfWidth },
      x0: s.x,
      y0: s.y,
      x1: t.x,
      y1: t.y,
      fromColor,
      toColor,
      midColor: fromColor === toColor || !mid ? fromColor : rgbText(mid),
      coarseColor: mid ? coarseText(mid) : fromColor,
    });
  }

  return {
    nodes,
    edges,
    indexOf,
    lowest,
    columns: layout.columns,
    rowHeight,
    width: layout.columns.length * COLUMN_WIDTH,
    height: Math.max(1, layout.rowCount) * rowHeight,
  };
}

type NodeTexts = Pick<SceneNode, 'label' | 'value' | 'description'>;

/** What every node's texts are formatted with: shared by the scene's nodes rather than captured by each. */
interface TextContext {
  colorMetric: MetricDefinition | null;
  sizeMetric: MetricDefinition | null;
  metricValue: (metric: MetricDefinition | null, id: string) => number | null;
}

/** The node's label, formatted value and screen-reader description. */
function nodeTexts(model: ModelSummary | undefined, id: string, parameterLabel: string, value: number | null, context: TextContext): NodeTexts {
  const { colorMetric, sizeMetric, metricValue } = context;
  const label = model ? displayLabel(model) : id;
  const valueText = colorMetric ? formatMetric(value, colorMetric) : '';
  const sizeText = sizeMetric && sizeMetric.name !== colorMetric?.name ? `, ${sizeMetric.name} ${formatMetric(metricValue(sizeMetric, id), sizeMetric)}` : '';
  return {
    label,
    value: valueText,
    description: `${label}${parameterLabel ? ` (${parameterLabel})` : ''}${colorMetric ? `, ${colorMetric.name} ${valueText}` : ''}${sizeText}`,
  };
}

/**
 * A scene node whose texts are formatted when first read: a map of 100,000 models draws labels only for the few
 * nodes on screen at a readable zoom, and formatting every value up front cost a large share of the first paint.
 */
class LazyTextNode implements SceneNode {
  readonly id: string;
  readonly column: number;
  readonly row: number;
  readonly parent: string | null;
  readonly parameterLabel: string;
  coarseFill = '';
  private texts: NodeTexts | undefined = undefined;

  constructor(
    layout: { id: string; column: number; row: number; parent: string | null; parameterLabel?: string | null },
    readonly x: number,
    readonly y: number,
    readonly r: number,
    readonly fill: string,
    readonly missing: boolean,
    readonly model: ModelSummary | undefined,
    /** The colour metric's value, null without one: formatted into the texts. */
    private readonly colorValue: number | null,
    private readonly context: TextContext,
  ) {
    this.id = layout.id;
    this.column = layout.column;
    this.row = layout.row;
    this.parent = layout.parent;
    this.parameterLabel = layout.parameterLabel ?? '';
  }

  private format(): NodeTexts {
    return (this.texts ??= nodeTexts(this.model, this.id, this.parameterLabel, this.colorValue, this.context));
  }

  get label(): string {
    return this.format().label;
  }

  get value(): string {
    return this.format().value;
  }

  get description(): string {
    return this.format().description;
  }
}

/** Channels rounded to 16 levels: invisible on one-pixel specks, and a few dozen batches instead of 10,000 draws. */
function coarseText(c: Rgb): string {
  const q = (v: number) => Math.min(255, Math.round(v / 17) * 17);
  return `rgb(${q(c[0])}, ${q(c[1])}, ${q(c[2])})`;
}

/**
 * The edge's tapered outline, flat [x0, y0, …] in world units. Built on demand: at an overview zoom
 * edges are drawn as hairlines and most outlines are never needed.
 */
export function edgeOutline(scene: MapScene, edge: SceneEdge): number[] {
  const s = scene.nodes[edge.source];
  const t = scene.nodes[edge.target];
  return taperedPolygon(edgeCentreline(s, t), s.r * EDGE_WIDTH_PER_RADIUS, t.r * EDGE_WIDTH_PER_RADIUS);
}

/** The model and its ancestors, by index: the lineage the map highlights on hover. */
export function lineageOf(scene: MapScene, index: number): Set<number> {
  const lineage = new Set<number>();
  for (let at: number | undefined = index; at !== undefined && at >= 0 && !lineage.has(at); ) {
    lineage.add(at);
    const parent: string | null = scene.nodes[at].parent;
    at = parent === null ? undefined : scene.indexOf.get(parent);
  }
  return lineage;
}
