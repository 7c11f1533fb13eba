// Everything the canvas map draws, computed once per spec, encoding or theme change rather than per
// frame: node discs with their colours and labels, and each edge's tapered outline and end colours.
// Pure (no DOM), so it is unit-tested; panning and zooming reuse it untouched.
import type { MetricDefinition, ModelSummary, SpecSummary } from '../../../../protocol/generated/contract';
import type { ColorScale } from '../colorScale';
import { displayLabel } from '../describeModel';
import { formatMetric } from '../../../shared/formatMetric';
import type { LayoutColumn, LayoutNode, MapLayout } from '../layout';
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
import { nodeLinks, nodeModelIndex } from '../modelIndex';
import { metricValues } from '../metricValues';
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
  /** Gradient from the parent's colour at its centre to the child's at its centre. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Half the width of the edge's outline where it is widest (at its larger disc), in world units: bounds it for culling. */
  halfWidth: number;
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
  /** Built at its first read: a map of 100,000 nodes is painted without it. */
  readonly indexOf: ReadonlyMap<string, number>;
  columns: LayoutColumn[];
  rowHeight: number;
  /** World size of the laid-out map. */
  width: number;
  height: number;
}

export function buildScene(content: MapContent, theme: MapTheme): MapScene {
  const { layout, colorMetric, scale, sizeMetric, size } = content;
  // Joined by index when the nodes are the summary's own (no Map from id at all), else by id.
  const links = nodeLinks(content.summary, layout.nodes);
  const modelAt = nodeModelIndex(content.summary, layout.nodes);
  const { models } = content.summary;
  // Read from columns (metricValues), NaN for no value: a keyed read of every node's metrics object showed in the profile.
  const colorValues = colorMetric ? metricValues(models, colorMetric.name) : null;
  const sizeValues = size && sizeMetric ? metricValues(models, sizeMetric.name) : null;
  const rowHeight = rowHeightFor(size !== null);

  // A missing value is a hollow ring when zoomed in; as a speck it takes the muted colour.
  const mutedRgb = parseRgb(theme.muted);
  const mutedCoarse = mutedRgb ? coarseText(mutedRgb) : theme.muted;
  const texts: TextContext = { colorMetric, sizeMetric };
  // Each edge end blends its node's colour with the foreground, once per fill: the edge colours are a small
  // palette, and every edge refers to one shared pair of ends instead of carrying strings of its own.
  const foreground = parseRgb(theme.foreground);
  const plainEnd: EdgeEnd = { color: theme.edge, rgb: parseRgb(theme.edge) };
  const styleOfFill = memo((fill: string): NodeStyle => {
    const rgb = parseRgb(fill);
    const end = !rgb || !foreground || scale === null ? plainEnd : mixedEnd(rgb, foreground);
    return { fill, coarse: rgb ? coarseText(rgb) : fill, end };
  });
  // Memoised by value, then by colour: a metric takes far fewer distinct values than there are models (and the ramp
  // has 256 colours), and d3's interpolation and colour parsing per node were a large share of building the scene
  // at 100,000 models. One lookup per node: three chained ones (value, then fill for its coarse and edge colours)
  // showed in the profile.
  const styleOf = memo((v: number): NodeStyle => styleOfFill(scale ? scale(v) : theme.plainNode));
  const plainStyle = styleOfFill(theme.plainNode);
  const missingStyle: NodeStyle = { fill: theme.background, coarse: mutedCoarse, end: plainEnd };
  // The node with the lowest colour value, found as the nodes are made (the theme test reads its disc).
  let lowest = -1;
  let lowestValue = Infinity;
  const nodes = new Array<SceneNode>(layout.nodes.length);
  const nodeEnds = new Array<EdgeEnd>(layout.nodes.length);
  for (let i = 0; i < layout.nodes.length; i++) {
    const n = layout.nodes[i];
    const at = modelAt[i];
    const value = colorValues && at >= 0 ? colorValues[at] : NaN;
    const missing = colorMetric !== null && Number.isNaN(value);
    if (value < lowestValue) [lowest, lowestValue] = [i, value];
    const style = missing ? missingStyle : scale && !Number.isNaN(value) ? styleOf(value) : plainStyle;
    const r = size && sizeValues ? size(at >= 0 ? sizeValues[at] : NaN) : NODE_RADIUS;
    nodes[i] = new LazyTextNode(n, columnX(n.column), rowY(n.row, rowHeight), r, style.fill, style.coarse, missing, at >= 0 ? models[at] : undefined, texts);
    nodeEnds[i] = style.end;
  }
  // Built when first asked (a hover, a selection, labels), not for the first paint, unless the edges need it now.
  let index: Map<string, number> | undefined;
  const indexOf = () => (index ??= nodeIndex(layout.nodes));
  const parentOf = links ? (i: number) => links.nodeParent[i] : (i: number) => {
    const parent = layout.nodes[i].parent;
    return parent === null ? -1 : (indexOf().get(parent) ?? -1);
  };

  const pairs = new Map<EdgeEnd, Map<EdgeEnd, EdgePair>>();
  const pairOf = (from: EdgeEnd, to: EdgeEnd): EdgePair => {
    let byTarget = pairs.get(from);
    if (!byTarget) pairs.set(from, (byTarget = new Map()));
    let pair = byTarget.get(to);
    if (!pair) byTarget.set(to, (pair = new EdgePair(from, to)));
    return pair;
  };
  // One edge per node with a parent on the map, parent → child, in node order.
  const edges: SceneEdge[] = [];
  for (let target = 0; target < nodes.length; target++) {
    const source = parentOf(target);
    if (source < 0) continue;
    edges.push(new NodeEdge(source, target, nodes[source], nodes[target], pairOf(nodeEnds[source], nodeEnds[target])));
  }

  return {
    nodes,
    edges,
    get indexOf() {
      return indexOf();
    },
    lowest,
    columns: layout.columns,
    rowHeight,
    width: layout.columns.length * COLUMN_WIDTH,
    height: Math.max(1, layout.rowCount) * rowHeight,
  };
}

/** Each node's index by id; a repeated id (never sent by the backend) maps to its last node. */
function nodeIndex(nodes: readonly LayoutNode[]): Map<string, number> {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.id, i));
  return index;
}

function valueOf(metric: MetricDefinition | null, model: ModelSummary | undefined): number | null {
  const v = metric ? model?.metrics?.[metric.name] : null;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A node's colours: its fill, the fill as a speck, and the end colour of its edges. */
interface NodeStyle {
  fill: string;
  coarse: string;
  end: EdgeEnd;
}

function mixedEnd(rgb: Rgb, foreground: Rgb): EdgeEnd {
  const mixed = mixRgb(rgb, foreground, EDGE_COLOR_SHARE);
  return { color: rgbText(mixed), rgb: mixed };
}

/** One end colour of edges (a node fill blended with the foreground, or the plain edge colour): one per fill. */
interface EdgeEnd {
  color: string;
  rgb: Rgb | null;
}

/** The colours of every edge between the same two end colours. */
class EdgePair {
  readonly coarseColor: string;
  private readonly mixed: Rgb | null;
  private mid: string | undefined = undefined;

  constructor(
    readonly from: EdgeEnd,
    readonly to: EdgeEnd,
  ) {
    this.mixed = from.rgb && to.rgb ? mixRgb(from.rgb, to.rgb, 0.5) : null;
    this.coarseColor = this.mixed ? coarseText(this.mixed) : from.color;
  }

  /** Formatted when first read: most edges are only ever drawn as coarse hairlines or gradients. */
  get midColor(): string {
    this.mid ??= this.from.color === this.to.color || !this.mixed ? this.from.color : rgbText(this.mixed);
    return this.mid;
  }
}

/** An edge that reads its ends' positions from its nodes and its colours from its pair, so 100,000 edges stay small. */
class NodeEdge implements SceneEdge {
  constructor(
    readonly source: number,
    readonly target: number,
    private readonly s: SceneNode,
    private readonly t: SceneNode,
    private readonly pair: EdgePair,
  ) {}

  get x0(): number {
    return this.s.x;
  }

  get y0(): number {
    return this.s.y;
  }

  get x1(): number {
    return this.t.x;
  }

  get y1(): number {
    return this.t.y;
  }

  get halfWidth(): number {
    return (Math.max(this.s.r, this.t.r) * EDGE_WIDTH_PER_RADIUS) / 2;
  }

  get fromColor(): string {
    return this.pair.from.color;
  }

  get toColor(): string {
    return this.pair.to.color;
  }

  get midColor(): string {
    return this.pair.midColor;
  }

  get coarseColor(): string {
    return this.pair.coarseColor;
  }
}

/** The box that holds the edge's outline: its centre line never leaves the box spanned by its ends. */
export function edgeIntersects(edge: SceneEdge, world: Rect): boolean {
  const w = edge.halfWidth;
  return Math.min(edge.x0, edge.x1) - w <= world.x1 && Math.max(edge.x0, edge.x1) + w >= world.x0 &&
    Math.min(edge.y0, edge.y1) - w <= world.y1 && Math.max(edge.y0, edge.y1) + w >= world.y0;
}

type NodeTexts = Pick<SceneNode, 'label' | 'value' | 'description'>;

/** What every node's texts are formatted with: shared by the scene's nodes rather than captured by each. */
interface TextContext {
  colorMetric: MetricDefinition | null;
  sizeMetric: MetricDefinition | null;
}

/** The node's label, formatted value and screen-reader description. */
function nodeTexts(model: ModelSummary | undefined, id: string, parameterLabel: string, { colorMetric, sizeMetric }: TextContext): NodeTexts {
  const label = model ? displayLabel(model) : id;
  const valueText = colorMetric ? formatMetric(valueOf(colorMetric, model), colorMetric) : '';
  const sizeText = sizeMetric && sizeMetric.name !== colorMetric?.name ? `, ${sizeMetric.name} ${formatMetric(valueOf(sizeMetric, model), sizeMetric)}` : '';
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
  private texts: NodeTexts | undefined = undefined;

  constructor(
    private readonly layout: LayoutNode,
    readonly x: number,
    readonly y: number,
    readonly r: number,
    readonly fill: string,
    readonly coarseFill: string,
    readonly missing: boolean,
    readonly model: ModelSummary | undefined,
    private readonly context: TextContext,
  ) {}

  get id(): string {
    return this.layout.id;
  }

  get column(): number {
    return this.layout.column;
  }

  get row(): number {
    return this.layout.row;
  }

  get parent(): string | null {
    return this.layout.parent;
  }

  get parameterLabel(): string {
    return this.layout.parameterLabel ?? '';
  }

  private format(): NodeTexts {
    return (this.texts ??= nodeTexts(this.model, this.id, this.parameterLabel, this.context));
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
