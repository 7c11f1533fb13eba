// Where things sit on the Model Map, in world units (CSS pixels at zoom 1). Pure, so the canvas
// drawing, the hit tests and the unit tests all agree on one geometry.
import { MAX_RADIUS } from '../sizeScale';

export const COLUMN_WIDTH = 180;
export const ROW_HEIGHT = 56;
export const NODE_RADIUS = 8;
/** The header strip stays on top of the map in screen space; its height (CSS px) when labels lie flat. */
export const HEADER_HEIGHT = 30;
/** The tallest the strip grows for labels turned upright; a longer label ends in an ellipsis (its tooltip has it all). */
export const MAX_HEADER_HEIGHT = 120;
/** Room a header leaves around its text (CSS px), across and along. */
const HEADER_PADDING = 8;
/** Below this on-screen column width not even an upright line of 11 px text fits, so only the tooltip names it. */
export const MIN_LABELLED_COLUMN = 13;
export const PAD = 20;
/** Labels stay inside their column so they never reach the vertical edge trunks on column borders. */
export const LABEL_WIDTH = COLUMN_WIDTH - 24;
/** Extra row height when nodes are sized, so the largest disc and its two text lines fit. */
export const SIZED_ROW_EXTRA = 2 * (MAX_RADIUS - NODE_RADIUS);
/**
 * An edge's width at each end is this share of the radius of the node it touches: 4 px between
 * default discs, and a visible taper from a large parent to a small child when size is bound.
 */
export const EDGE_WIDTH_PER_RADIUS = 0.5;
/** Radius of the rounded corners where an edge turns onto or off its trunk. */
const CORNER_RADIUS = 10;
/** Points per rounded corner: enough that the curve reads as round at 3× zoom. */
const CORNER_STEPS = 5;

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A zoom transform: screen = world × k + (x, y). */
export interface View {
  x: number;
  y: number;
  k: number;
}

export const rowHeightFor = (sized: boolean): number => ROW_HEIGHT + (sized ? SIZED_ROW_EXTRA : 0);
export const columnX = (column: number): number => column * COLUMN_WIDTH + COLUMN_WIDTH / 2;
export const rowY = (row: number, rowHeight: number): number => row * rowHeight + rowHeight / 2;

/**
 * The centre line of an edge: a straight line to a child on the parent's row; otherwise along the
 * parent's row to the trunk on the column border, down the trunk and along the child's row, with
 * rounded corners, so that siblings share one trunk as in the SVG map this replaces.
 */
export function edgeCentreline(source: Point, target: Point): Point[] {
  const { x: sx, y: sy } = source;
  const { x: tx, y: ty } = target;
  if (sy === ty) return [source, target];
  const mx = sx + COLUMN_WIDTH / 2;
  const down = ty > sy ? 1 : -1;
  const r = Math.max(0, Math.min(CORNER_RADIUS, Math.abs(ty - sy) / 2, tx - mx, mx - sx));
  const points: Point[] = [{ x: sx, y: sy }];
  // First corner: centre (mx - r, sy + r·down), sweeping from pointing up/down to pointing right.
  for (let i = 0; i <= CORNER_STEPS; i++) {
    const a = (Math.PI / 2) * (i / CORNER_STEPS);
    points.push({ x: mx - r + r * Math.sin(a), y: sy + down * (r - r * Math.cos(a)) });
  }
  for (let i = 0; i <= CORNER_STEPS; i++) {
    const a = (Math.PI / 2) * (i / CORNER_STEPS);
    points.push({ x: mx + r - r * Math.cos(a), y: ty - down * (r - r * Math.sin(a)) });
  }
  points.push({ x: tx, y: ty });
  return dropRepeats(points);
}

function dropRepeats(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || Math.hypot(p.x - points[i - 1].x, p.y - points[i - 1].y) > 1e-9);
}

/**
 * A filled outline around the centre line whose width runs linearly (by arc length) from
 * `startWidth` to `endWidth`. Returned flat as [x0, y0, x1, y1, …]: the left side forward, then the
 * right side backward, so filling it with the non-zero rule paints the whole tapered band.
 */
export function taperedPolygon(line: readonly Point[], startWidth: number, endWidth: number): number[] {
  const n = line.length;
  if (n < 2) return [];
  const along = [0];
  for (let i = 1; i < n; i++) along.push(along[i - 1] + Math.hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y));
  const total = along[n - 1] || 1;
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < n; i++) {
    const half = (startWidth + (endWidth - startWidth) * (along[i] / total)) / 2;
    const [nx, ny] = joinNormal(line, i);
    left.push(line[i].x + nx * half, line[i].y + ny * half);
    right.push(line[i].x - nx * half, line[i].y - ny * half);
  }
  const out = left;
  for (let i = n - 1; i >= 0; i--) out.push(right[2 * i], right[2 * i + 1]);
  return out;
}

/** Unit normal of a segment (rotated +90°); zero for a degenerate segment. */
function segmentNormal(a: Point, b: Point): [number, number] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  return length === 0 ? [0, 0] : [-dy / length, dx / length];
}

/** The miter normal at a point, scaled so both adjoining sides keep their width. */
function joinNormal(line: readonly Point[], i: number): [number, number] {
  const before = i > 0 ? segmentNormal(line[i - 1], line[i]) : null;
  const after = i < line.length - 1 ? segmentNormal(line[i], line[i + 1]) : null;
  if (!before) return after!;
  if (!after) return before;
  const mx = before[0] + after[0];
  const my = before[1] + after[1];
  const length = Math.hypot(mx, my);
  if (length < 1e-9) return after;
  const ux = mx / length;
  const uy = my / length;
  // Corners are sampled finely, so the miter never grows by more than a few percent; the cap guards
  // against a sharp turn producing a spike.
  const scale = 1 / Math.max(0.5, ux * after[0] + uy * after[1]);
  return [ux * scale, uy * scale];
}

export function boundsOf(flat: readonly number[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < flat.length; i += 2) {
    x0 = Math.min(x0, flat[i]);
    x1 = Math.max(x1, flat[i]);
    y0 = Math.min(y0, flat[i + 1]);
    y1 = Math.max(y1, flat[i + 1]);
  }
  return { x0, y0, x1, y1 };
}

/** The part of the world a screen of `width` × `height` CSS pixels shows, grown by `margin` screen pixels. */
export function visibleWorld(view: View, width: number, height: number, margin = 0): Rect {
  return {
    x0: (-margin - view.x) / view.k,
    y0: (-margin - view.y) / view.k,
    x1: (width + margin - view.x) / view.k,
    y1: (height + margin - view.y) / view.k,
  };
}

export const intersects = (a: Rect, b: Rect): boolean => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

export const containsPoint = (r: Rect, x: number, y: number): boolean => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;

/**
 * The view that shows the whole map below the header: 100% when it fits, otherwise zoomed out as
 * far as needed, so even 10,000 models fit on one screen as an overview.
 */
export function fitView(contentWidth: number, contentHeight: number, width: number, height: number, headerHeight = HEADER_HEIGHT): View {
  const k = Math.min(1, (width - 2 * PAD) / Math.max(1, contentWidth), (height - headerHeight - 2 * PAD) / Math.max(1, contentHeight));
  return { x: PAD, y: headerHeight + PAD / 2, k: Math.max(MIN_ZOOM, k) };
}

export interface HeaderLayout {
  /** Labels run bottom-to-top, one line each, when the columns are too narrow for them lying flat. */
  upright: boolean;
  /** The strip's height in CSS px. */
  height: number;
}

/**
 * How column headers show their full text at a column width (CSS px on screen): flat, wrapped onto at
 * most two lines, while every label's longest word fits across a column and the whole label fits in
 * two lines; otherwise upright in a strip as tall as the longest label (capped). `labels` holds each
 * label's measured width and its longest word's, in the header font.
 */
export function headerLayout(labels: readonly { width: number; longestWord: number }[], columnWidth: number): HeaderLayout {
  const room = columnWidth - HEADER_PADDING;
  // Wrapping loses up to a word's width per line; 0.85 of two lines keeps clear of that.
  const flat = labels.every((l) => l.longestWord <= room && l.width <= 2 * room * 0.85);
  if (flat) return { upright: false, height: HEADER_HEIGHT };
  const longest = labels.reduce((w, l) => Math.max(w, l.width), 0);
  return { upright: true, height: Math.min(MAX_HEADER_HEIGHT, Math.max(HEADER_HEIGHT, Math.ceil(longest) + 2 * HEADER_PADDING)) };
}

/** Radius (CSS px) a default disc keeps on screen when zoomed out, as long as the rows leave room for it. */
export const READABLE_RADIUS = 5;
/** Share of the on-screen row height a disc's radius may take: 0.3 leaves 40% of a row between discs. */
const DISC_ROW_SHARE = 0.3;

/**
 * The zoom discs are drawn at: the view's own, except zoomed out, where a default disc would shrink
 * to a speck (at 30% zoom an 8-unit disc is 2.4 px) while the rows still leave room. There discs keep
 * READABLE_RADIUS, or as much as the rows allow. All radii scale by the same factor, so a size metric
 * still reads.
 */
export function discZoom(k: number, rowHeight: number): number {
  return Math.max(k, Math.min(READABLE_RADIUS, k * rowHeight * DISC_ROW_SHARE) / NODE_RADIUS);
}

/** Far enough out for a 10,000-model overview; below it nodes would be specks of one pixel anyway. */
export const MIN_ZOOM = 0.001;
export const MAX_ZOOM = 3;
