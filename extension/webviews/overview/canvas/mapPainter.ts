// Paints a MapScene onto the map's canvas for one view. Only what intersects the screen is drawn,
// and the Path2D outlines and gradients of edges are built once per scene and kept: a canvas
// gradient lives in user space, so one made in world units stays right at every zoom.
import { COLUMN_WIDTH, containsPoint, discZoom, EDGE_WIDTH_PER_RADIUS, LABEL_WIDTH, NODE_RADIUS, PAD, visibleWorld, type Rect, type View } from './mapGeometry';
import { edgeIntersects, edgeOutline, type MapScene, type SceneEdge } from './mapScene';
import type { MapTheme } from './mapTheme';
import { paintParameterLabels } from './nodeLabels';
import { createTextFitter, type TextFitter } from './textFit';

/** Below this zoom two text lines no longer fit between rows, so labels are left out. */
export const LABEL_ZOOM = 0.65;
/**
 * Above this many edges on screen, edges are filled with their midpoint colour instead of a
 * gradient. Measured in headless Chromium (software raster, 3840×2160, 10,000 models): once made, a
 * cached gradient fills at 1–1.6× the cost of a solid colour, but making 3,000–10,000 of them on a
 * first paint added 50–120 ms. Hairline zooms (below) never use gradients.
 */
export const GRADIENT_EDGE_LIMIT = 2000;
/** Cached label cuts kept before the cache starts over. */
const MAX_FITTED = 20_000;
/** Screen width (px) of the widest edge below which edges are drawn as hairlines. */
const HAIRLINE_WIDTH = 1.5;
/** Screen radius (px) of the largest disc below which discs are drawn as batched specks. */
const SPECK_RADIUS = 2.5;
/** Discs never shrink below this many screen pixels, so a 10,000-model overview still shows every model. */
const MIN_SCREEN_RADIUS = 1.2;
/** Screen radius (px) of a default disc below which discs lose their background outline. */
const MIN_OUTLINED_RADIUS = 3;
/** Opacity of models outside the filter's budgets, and of edges touching them. */
const FILTERED_ALPHA = 0.18;

export interface PaintState {
  view: View;
  /** CSS pixels. */
  width: number;
  height: number;
  dpr: number;
  selected: ReadonlySet<string>;
  allowed: ReadonlySet<string> | null;
  hovered: number;
  focused: number;
  /** Whether the keyboard focus ring shows (the canvas has focus). */
  focusVisible: boolean;
  /** Node indices whose incoming edge is highlighted (the hovered model's lineage). */
  lineage: ReadonlySet<number>;
  /** Height (CSS px) of the column-header strip laid over the top of the canvas (mapHeaders.ts). */
  headerHeight: number;
}

interface EdgeCache {
  paths: (Path2D | undefined)[];
  gradients: (CanvasGradient | undefined)[];
}

export class MapPainter {
  private cacheFor: MapScene | undefined;
  private cache: EdgeCache = { paths: [], gradients: [] };
  private fitter: TextFitter | undefined;
  private fitFont = '';
  private readonly fitted = new Map<string, string>();
  /** World radius of the scene's largest disc; edges are widest at it. */
  private largestRadius = 0;

  constructor(private readonly context: CanvasRenderingContext2D) {}

  paint(scene: MapScene, theme: MapTheme, state: PaintState): void {
    const ctx = this.context;
    if (this.cacheFor !== scene) {
      this.cacheFor = scene;
      this.cache = { paths: [], gradients: [] };
      this.fitted.clear();
      this.largestRadius = scene.nodes.reduce((r, n) => Math.max(r, n.r), 0);
    }
    this.prepareFonts(theme);
    const { view, dpr } = state;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);

    const world = visibleWorld(view, state.width, state.height, 24);
    const isAllowed = (i: number): boolean => state.allowed === null || state.allowed.has(scene.nodes[i].id);
    this.paintBands(scene, theme, world);
    this.paintEdges(scene, theme, state, world, isAllowed);
    const visible = this.paintNodes(scene, theme, state, world, isAllowed);
    this.paintRings(scene, theme, state);

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (view.k >= LABEL_ZOOM) this.paintLabels(scene, theme, state, visible, isAllowed);
    paintParameterLabels(ctx, scene, theme, view, visible, (i) => (isAllowed(i) ? 1 : FILTERED_ALPHA * 2));
  }

  private prepareFonts(theme: MapTheme): void {
    if (this.fitFont === theme.fontFamily) return;
    this.fitFont = theme.fontFamily;
    // Measured bold, so that selected (bold) labels fit too.
    this.fitter = createTextFitter(`600 11px ${theme.fontFamily}`);
    this.fitted.clear();
  }

  private paintBands(scene: MapScene, theme: MapTheme, world: Rect): void {
    const ctx = this.context;
    ctx.fillStyle = theme.foreground;
    ctx.globalAlpha = 0.035;
    const top = Math.max(world.y0, -PAD);
    const bottom = Math.min(world.y1, scene.height + PAD);
    if (bottom > top) {
      for (const c of scene.columns) {
        if (c.index % 2 !== 0) continue;
        const x = c.index * COLUMN_WIDTH;
        if (x > world.x1 || x + COLUMN_WIDTH < world.x0) continue;
        ctx.fillRect(x, top, COLUMN_WIDTH, bottom - top);
      }
    }
    ctx.globalAlpha = 1;
  }

  private edgePath(scene: MapScene, i: number): Path2D {
    let path = this.cache.paths[i];
    if (!path) {
      path = new Path2D();
      const p = edgeOutline(scene, scene.edges[i]);
      path.moveTo(p[0], p[1]);
      for (let j = 2; j < p.length; j += 2) path.lineTo(p[j], p[j + 1]);
      path.closePath();
      this.cache.paths[i] = path;
    }
    return path;
  }

  private edgeGradient(edge: SceneEdge, i: number): CanvasGradient {
    let gradient = this.cache.gradients[i];
    if (!gradient) {
      gradient = this.context.createLinearGradient(edge.x0, edge.y0, edge.x1, edge.y1);
      gradient.addColorStop(0, edge.fromColor);
      gradient.addColorStop(1, edge.toColor);
      this.cache.gradients[i] = gradient;
    }
    return gradient;
  }

  private paintEdges(scene: MapScene, theme: MapTheme, state: PaintState, world: Rect, isAllowed: (i: number) => boolean): void {
    const ctx = this.context;
    const onScreen: number[] = [];
    for (let i = 0; i < scene.edges.length; i++) if (edgeIntersects(scene.edges[i], world)) onScreen.push(i);
    const k = state.view.k;
    if (this.largestRadius * EDGE_WIDTH_PER_RADIUS * k < HAIRLINE_WIDTH) {
      this.paintHairlines(scene, theme, state, onScreen, isAllowed);
      return;
    }
    const gradients = onScreen.length <= GRADIENT_EDGE_LIMIT;
    for (const i of onScreen) {
      const edge = scene.edges[i];
      const dimmed = !isAllowed(edge.source) || !isAllowed(edge.target);
      ctx.globalAlpha = dimmed ? FILTERED_ALPHA : 0.85;
      ctx.fillStyle = edge.fromColor === edge.toColor ? edge.fromColor : gradients ? this.edgeGradient(edge, i) : edge.midColor;
      ctx.fill(this.edgePath(scene, i));
    }
    ctx.globalAlpha = 1;
    if (state.lineage.size > 0) {
      ctx.fillStyle = theme.accent;
      for (const i of onScreen) if (state.lineage.has(scene.edges[i].target)) ctx.fill(this.edgePath(scene, i));
    }
  }

  /**
   * Zoomed far out, a tapered outline would be thinner than a pixel: each edge becomes a one-pixel
   * elbow in its (coarse) midpoint colour, and all elbows of one colour are stroked at once.
   */
  private paintHairlines(scene: MapScene, theme: MapTheme, state: PaintState, onScreen: readonly number[], isAllowed: (i: number) => boolean): void {
    const ctx = this.context;
    const k = state.view.k;
    const batches = new Batches();
    for (const i of onScreen) {
      const edge = scene.edges[i];
      const dimmed = !isAllowed(edge.source) || !isAllowed(edge.target);
      elbow(batches.path(edge.coarseColor, dimmed), edge);
    }
    ctx.lineWidth = 1 / k;
    batches.draw((path, color, dimmed) => {
      ctx.globalAlpha = dimmed ? FILTERED_ALPHA : 0.85;
      ctx.strokeStyle = color;
      ctx.stroke(path);
    });
    ctx.globalAlpha = 1;
    if (state.lineage.size > 0) {
      const path = new Path2D();
      for (const i of onScreen) if (state.lineage.has(scene.edges[i].target)) elbow(path, scene.edges[i]);
      ctx.lineWidth = 2 / k;
      ctx.strokeStyle = theme.accent;
      ctx.stroke(path);
    }
  }

  /** Returns the indices of the nodes on screen, for the label pass. */
  private paintNodes(scene: MapScene, theme: MapTheme, state: PaintState, world: Rect, isAllowed: (i: number) => boolean): number[] {
    const ctx = this.context;
    const k = state.view.k;
    const kr = discZoom(k, scene.rowHeight);
    const grow = kr / k;
    const minR = MIN_SCREEN_RADIUS / k;
    const visible: number[] = [];
    // Outlines only pay off once discs are a few pixels wide; below that they would hide the fill.
    const outlined = NODE_RADIUS * kr >= MIN_OUTLINED_RADIUS;
    if (this.largestRadius * kr < SPECK_RADIUS) return this.paintSpecks(scene, state, world, isAllowed);
    ctx.lineWidth = 2;
    ctx.strokeStyle = theme.background;
    for (let i = 0; i < scene.nodes.length; i++) {
      const n = scene.nodes[i];
      if (!containsPoint(world, n.x, n.y)) continue;
      visible.push(i);
      const r = Math.max(n.r * grow, minR);
      const allowed = isAllowed(i);
      ctx.beginPath();
      ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
      if (!allowed) {
        // An opaque backing keeps the edge ends from showing through a faded disc.
        ctx.globalAlpha = 1;
        ctx.fillStyle = theme.background;
        ctx.fill();
      }
      ctx.globalAlpha = allowed ? 1 : FILTERED_ALPHA;
      ctx.fillStyle = n.fill;
      ctx.fill();
      if (n.missing) {
        ctx.save();
        ctx.strokeStyle = theme.muted;
        ctx.lineWidth = 1.5;
        ctx.setLineDash([3, 2]);
        ctx.stroke();
        ctx.restore();
      } else if (theme.contrastBorder) {
        ctx.save();
        ctx.strokeStyle = theme.contrastBorder;
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.restore();
      } else if (outlined) {
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    return visible;
  }

  /**
   * Far out, discs are a pixel or two wide: squares in a coarse palette, one fill per colour,
   * look the same and draw 10,000 models in a few milliseconds instead of tens.
   */
  private paintSpecks(scene: MapScene, state: PaintState, world: Rect, isAllowed: (i: number) => boolean): number[] {
    const ctx = this.context;
    const minR = MIN_SCREEN_RADIUS / state.view.k;
    const grow = discZoom(state.view.k, scene.rowHeight) / state.view.k;
    const batches = new Batches();
    const visible: number[] = [];
    for (let i = 0; i < scene.nodes.length; i++) {
      const n = scene.nodes[i];
      if (!containsPoint(world, n.x, n.y)) continue;
      visible.push(i);
      const r = Math.max(n.r * grow, minR);
      batches.path(n.coarseFill, !isAllowed(i)).rect(n.x - r, n.y - r, 2 * r, 2 * r);
    }
    batches.draw((path, color, dimmed) => {
      ctx.globalAlpha = dimmed ? FILTERED_ALPHA : 1;
      ctx.fillStyle = color;
      ctx.fill(path);
    });
    ctx.globalAlpha = 1;
    return visible;
  }

  private paintRings(scene: MapScene, theme: MapTheme, state: PaintState): void {
    const ctx = this.context;
    const k = state.view.k;
    const grow = discZoom(k, scene.rowHeight) / k;
    // Rings keep a readable width and gap on screen however far the map is zoomed out.
    const ring = (i: number, color: string, gap: number, width: number, dash: number[] = []): void => {
      const n = scene.nodes[i];
      ctx.beginPath();
      ctx.arc(n.x, n.y, Math.max(n.r * grow, MIN_SCREEN_RADIUS / k) + gap / Math.min(1, k), 0, 2 * Math.PI);
      ctx.strokeStyle = color;
      ctx.lineWidth = width / Math.min(1, k);
      ctx.setLineDash(dash.map((d) => d / Math.min(1, k)));
      ctx.stroke();
    };
    if (state.hovered >= 0) ring(state.hovered, theme.edge, 4, 2.5);
    for (const id of state.selected) {
      const i = scene.indexOf.get(id);
      if (i !== undefined) ring(i, theme.accent, 4, 2.5);
    }
    if (state.focusVisible && state.focused >= 0) ring(state.focused, theme.foreground, 8, 1.5, [3, 2]);
    ctx.setLineDash([]);
  }

  /**
   * Cut text, cached per item and width: measuring every label on every frame would dominate
   * zooming. Widths snap down to 4 px steps (a label may end up to 4 px short) and the cache is
   * dropped when it grows past a few screens' worth, so a long zooming session stays bounded.
   */
  private fit(key: string, text: string, width: number): string {
    const snapped = Math.floor(width / 4) * 4;
    const cacheKey = `${key}\u0000${snapped}`;
    let fitted = this.fitted.get(cacheKey);
    if (fitted === undefined) {
      if (this.fitted.size > MAX_FITTED) this.fitted.clear();
      fitted = this.fitter ? this.fitter(text, snapped) : text;
      this.fitted.set(cacheKey, fitted);
    }
    return fitted;
  }

  private paintLabels(scene: MapScene, theme: MapTheme, state: PaintState, visible: readonly number[], isAllowed: (i: number) => boolean): void {
    const ctx = this.context;
    const { view } = state;
    const width = LABEL_WIDTH * view.k;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.background;
    for (const i of visible) {
      const n = scene.nodes[i];
      const x = view.x + n.x * view.k;
      const y = view.y + (n.y + n.r) * view.k;
      if (y + 28 < state.headerHeight || y > state.height) continue;
      ctx.globalAlpha = isAllowed(i) ? 1 : FILTERED_ALPHA * 2;
      const text = this.fit(`l${i}`, n.label, width);
      ctx.font = `${state.selected.has(n.id) ? '600 ' : ''}11px ${theme.fontFamily}`;
      ctx.fillStyle = theme.foreground;
      // A halo of background colour keeps text legible where it crosses an edge.
      ctx.strokeText(text, x, y + 13);
      ctx.fillText(text, x, y + 13);
      if (n.value) {
        ctx.font = `10px ${theme.fontFamily}`;
        ctx.fillStyle = theme.muted;
        ctx.strokeText(n.value, x, y + 26);
        ctx.fillText(n.value, x, y + 26);
      }
    }
    ctx.globalAlpha = 1;
  }
}

/** One path per colour and dimming, drawn in insertion order. */
class Batches {
  private readonly paths = new Map<string, { path: Path2D; color: string; dimmed: boolean }>();

  path(color: string, dimmed: boolean): Path2D {
    const key = dimmed ? `d${color}` : color;
    let batch = this.paths.get(key);
    if (!batch) {
      batch = { path: new Path2D(), color, dimmed };
      this.paths.set(key, batch);
    }
    return batch.path;
  }

  draw(each: (path: Path2D, color: string, dimmed: boolean) => void): void {
    for (const b of this.paths.values()) each(b.path, b.color, b.dimmed);
  }
}

/** The edge's centre line with square corners: at hairline width the rounding is invisible. */
function elbow(path: Path2D, edge: SceneEdge): void {
  path.moveTo(edge.x0, edge.y0);
  if (edge.y0 !== edge.y1) {
    const mx = edge.x0 + COLUMN_WIDTH / 2;
    path.lineTo(mx, edge.y0);
    path.lineTo(mx, edge.y1);
  }
  path.lineTo(edge.x1, edge.y1);
}
