// Paints the scatterplot's discs and rings on its canvas. Discs are batched into one path per colour
// (the colour scale is rounded to COLOR_STEPS levels, finer than the eye separates): at 10,000 points
// one fill per disc cost ~30 ms a frame here, batches ~5 ms.
import type { ColorScale } from '../colorScale';
import type { ScatterPoint } from './paretoFront';
import type { ThemeColors } from './themeColors';
import { parseRgb } from '../canvas/mapTheme';
import { memo } from '../../shared/memo';
import { rasterDiscs, type DiscColumns } from './rasterDiscs';

export type PlacedPoint = ScatterPoint & { px: number; py: number };

export const COLOR_STEPS = 64;
export const FILTERED_ALPHA = 0.15;
/** Past this many points the background-coloured outlines that separate discs only add noise and time. */
export const OUTLINE_LIMIT = 2000;
const RING_THIN_ABOVE = 300;

/** How far outside a disc each ring is drawn, and how thick; the SVG a user saves (scatterSvg.ts) draws the same. */
export function ringStyle(kind: 'front' | 'selected' | 'hovered', count: number): { gap: number; width: number } {
  if (kind === 'front') return { gap: 2, width: 1.5 };
  if (kind === 'hovered') return { gap: 5, width: 2.5 };
  // Thick rings around thousands of brushed discs merge into one blot that hides their colours.
  return count > RING_THIN_ABOVE ? { gap: 2, width: 1 } : { gap: 3.5, width: 2 };
}

/** What a draw painted, from which the saved SVG is drawn again; `P` is the plot's own point type, which fill and radius read. */
export interface PaintFrame<P extends PlacedPoint = PlacedPoint> {
  dpr: number;
  width: number;
  height: number;
  /** Discs are clipped to the plot area (plus a disc's radius), not drawn over the axes. */
  clip: { left: number; top: number; bottom: number };
  points: readonly P[];
  radius(point: P): number;
  /** A CSS colour, or null for a model with no value for the colour metric (drawn hollow, as on the map). */
  fill(point: P): string | null;
  /** Whether a model is within every budget; null when no budget is set (all are). */
  isAllowed: ((id: string) => boolean) | null;
  selected: ReadonlySet<string>;
  /** The Pareto front's points (of the allowed models), ringed. */
  front: readonly P[];
  /** The model under the pointer here or in another view (the map), ringed in the foreground colour; null for none. */
  hovered?: string | null;
  /** Gridline positions (CSS px), drawn faintly under the points. */
  grid?: { xs: readonly number[]; ys: readonly number[] };
  colors: ThemeColors;
}

/**
 * The colour of model i's disc, its colour-metric value at values[i] (a metricValues column): `plain` without a colour
 * metric, null without a value (drawn hollow), else the scale's colour at the nearest of COLOR_STEPS levels. One scale
 * call per level rather than per point: at 100,000 points d3's interpolation showed in the profile, and so did the new
 * array each `domain()` call returns.
 */
export function pointFills(values: Float64Array | null, scale: ColorScale | null, plain: string): (model: number) => string | null {
  if (!scale || !values) return () => plain;
  let levels = levelColors.get(scale);
  if (!levels) {
    const [lo, hi] = scale.domain();
    levelColors.set(scale, (levels = { lo, hi, colors: [] }));
  }
  const { lo, hi, colors } = levels;
  return (model) => {
    const v = values[model];
    if (!Number.isFinite(v)) return null;
    const step = hi > lo ? Math.round(((v - lo) / (hi - lo)) * COLOR_STEPS) : 0;
    return (colors[step] ??= scale(lo + (step / COLOR_STEPS) * (hi - lo)));
  };
}

/** A scale's domain and the colour of each of its COLOR_STEPS + 1 levels, filled as points ask for them. */
const levelColors = new WeakMap<ColorScale, { lo: number; hi: number; colors: string[] }>();

/** Hairlines at the axes' ticks, faint enough that points and the Pareto front stay in front. */
function paintGrid(ctx: CanvasRenderingContext2D, grid: NonNullable<PaintFrame['grid']>, clip: PaintFrame['clip'], width: number, color: string): void {
  const path = new Path2D();
  for (const x of grid.xs) {
    path.moveTo(Math.round(x) + 0.5, clip.top);
    path.lineTo(Math.round(x) + 0.5, clip.bottom);
  }
  for (const y of grid.ys) {
    path.moveTo(clip.left, Math.round(y) + 0.5);
    path.lineTo(width, Math.round(y) + 0.5);
  }
  ctx.globalAlpha = 0.18;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.stroke(path);
  ctx.globalAlpha = 1;
}

/** Faded (filtered-out) discs first so allowed ones stay on top; then Pareto-front and selection rings. */
export function paintPoints<P extends PlacedPoint>(ctx: CanvasRenderingContext2D, frame: PaintFrame<P>): void {
  const { dpr, width, height, clip, points, colors } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(clip.left, clip.top, width - clip.left, clip.bottom - clip.top);
  ctx.clip();
  if (frame.grid) paintGrid(ctx, frame.grid, clip, width, colors.muted);
  const outline = points.length <= OUTLINE_LIMIT;
  const [faded, allowed] = byBudget(frame);
  if (countInside(points, clip, width) >= RASTER_FROM) paintRaster(ctx, frame, [faded, allowed]);
  else paintPaths(ctx, frame, outline, faded, allowed);
  ctx.globalAlpha = 1;
  const rings = (subset: readonly P[], color: string, { gap, width: lineWidth }: { gap: number; width: number }) => {
    const path = new Path2D();
    for (const p of subset) {
      const r = frame.radius(p) + gap;
      path.moveTo(p.px + r, p.py);
      path.arc(p.px, p.py, r, 0, 2 * Math.PI);
    }
    ctx.strokeStyle = color;
    ctx.lineWidth = lineWidth;
    ctx.stroke(path);
  };
  rings(frame.front, colors.front, ringStyle('front', 0));
  // Nothing is selected at a first paint: a Set lookup per point (100,000 of them) for no ring showed in the profile.
  const selected = frame.selected.size === 0 ? [] : points.filter((p) => frame.selected.has(p.id));
  rings(selected, colors.selection, ringStyle('selected', selected.length));
  const hovered = frame.hovered ? points.filter((p) => p.id === frame.hovered) : [];
  if (hovered.length > 0) rings(hovered, colors.hover, ringStyle('hovered', 1));
  ctx.restore();
}

/** The points out of budget (painted faded, under the rest) and those within it. */
export function byBudget<P extends PlacedPoint>({ points, isAllowed }: Pick<PaintFrame<P>, 'points' | 'isAllowed'>): [readonly P[], readonly P[]] {
  // Without a budget there is nothing to split: at 100,000 points two filters by id showed in the first paint.
  if (!isAllowed) return [[], points];
  return [points.filter((p) => !isAllowed(p.id)), points.filter((p) => isAllowed(p.id))];
}

/** Discs as batched canvas paths (one per colour), outlined in the background colour when there are few. */
function paintPaths<P extends PlacedPoint>(ctx: CanvasRenderingContext2D, frame: PaintFrame<P>, outline: boolean, faded: readonly P[], allowed: readonly P[]): void {
  const { colors } = frame;
  const paint = (subset: readonly P[], alpha: number) => {
    const batches = new Map<string | null, Path2D>();
    for (const p of subset) {
      const color = frame.fill(p);
      let path = batches.get(color);
      if (!path) batches.set(color, (path = new Path2D()));
      const r = frame.radius(p);
      path.moveTo(p.px + r, p.py);
      path.arc(p.px, p.py, r, 0, 2 * Math.PI);
    }
    ctx.globalAlpha = alpha;
    for (const [color, path] of batches) {
      if (color === null) {
        ctx.strokeStyle = colors.muted;
        ctx.lineWidth = 1.2;
        ctx.stroke(path);
        continue;
      }
      ctx.fillStyle = color;
      ctx.fill(path);
      if (outline) {
        ctx.strokeStyle = colors.background;
        ctx.lineWidth = 0.75;
        ctx.stroke(path);
      }
    }
  };
  paint(faded, FILTERED_ALPHA);
  paint(allowed, 1);
}

/** From this many discs inside the plot they are rasterised by hand (rasterDiscs.ts) rather than filled as paths. */
export const RASTER_FROM = 5000;

function countInside(points: readonly PlacedPoint[], clip: PaintFrame['clip'], width: number): number {
  let inside = 0;
  for (const p of points) if (p.px >= clip.left && p.px <= width && p.py >= clip.top && p.py <= clip.bottom) inside++;
  return inside;
}

let layer: HTMLCanvasElement | undefined;
let columns: DiscColumns | undefined;

/** Columns for at least `count` discs, the last frame's when they are long enough. */
function discColumns(count: number): DiscColumns {
  if (columns && columns.x.length >= count) return Object.assign(columns, { count });
  const f64 = () => new Float64Array(count);
  return (columns = { count, x: f64(), y: f64(), r: f64(), rgb: new Int32Array(count), alpha: f64(), ring: f64() });
}

/** The faded, then the allowed discs, rasterised in device pixels and drawn over the grid as one image. */
function paintRaster<P extends PlacedPoint>(ctx: CanvasRenderingContext2D, frame: PaintFrame<P>, [faded, allowed]: readonly (readonly P[])[]): void {
  const { dpr, width, height, clip, colors } = frame;
  const [w, h] = [Math.round(width * dpr), Math.round(height * dpr)];
  // A plot has at most COLOR_STEPS + 2 colours: each is parsed once, not once per point.
  const packed = memo((fill: string) => {
    const rgb = parseRgb(fill);
    return rgb ? (rgb[0] << 16) | (rgb[1] << 8) | rgb[2] : -1;
  });
  const muted = packed(colors.muted);
  const discs = discColumns(faded.length + allowed.length);
  let i = 0;
  for (const [subset, alpha] of [
    [faded, FILTERED_ALPHA],
    [allowed, 1],
  ] as const) {
    for (const p of subset) {
      const fill = frame.fill(p);
      const rgb = fill === null ? -1 : packed(fill);
      discs.x[i] = p.px * dpr;
      discs.y[i] = p.py * dpr;
      discs.r[i] = frame.radius(p) * dpr;
      discs.alpha[i] = alpha;
      // A model without a colour value (or a colour that does not parse) is drawn as a muted ring, as on the map.
      discs.rgb[i] = rgb >= 0 ? rgb : muted >= 0 ? muted : 0x8b8b8b;
      discs.ring[i] = rgb >= 0 ? 0 : 1.2 * dpr;
      i++;
    }
  }
  const box = { left: clip.left * dpr, top: clip.top * dpr, right: w, bottom: clip.bottom * dpr };
  const pixels = rasterDiscs(w, h, discs, box);
  layer ??= document.createElement('canvas');
  [layer.width, layer.height] = [w, h];
  layer.getContext('2d')?.putImageData(new ImageData(pixels, w, h), 0, 0);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(layer, 0, 0);
  ctx.restore();
}
