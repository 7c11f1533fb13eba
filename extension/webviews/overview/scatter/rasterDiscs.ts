// Discs and hollow rings rasterised by hand into an RGBA buffer, for scatterplots of many thousands of points.
// A canvas path of 100,000 arcs costs the browser over a second to fill on this machine (Skia scan-converts every
// curve), a JS pass over each disc's few dozen pixels about 1/40 of that. Coverage is anti-aliased from the
// pixel centre's distance to the circle, so small discs look as the canvas would draw them. Pure (no DOM): tested.

/**
 * The discs as columns, one slot per disc, painted in slot order (a later slot over an earlier one). Columns rather
 * than an object per disc: at 100,000 points a frame's objects (and the generator that made them) cost more than
 * the pixels. The arrays may be longer than `count`, so a painter can reuse them from frame to frame.
 */
export interface DiscColumns {
  count: number;
  /** Centres and radii in device pixels. */
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
  /** 0xRRGGBB. */
  rgb: Int32Array;
  /** 0–1, multiplied into the coverage (the faded, out-of-budget discs). */
  alpha: Float64Array;
  /** Above 0: a ring of this width (device px) on the radius instead of a disc, for a model without a colour value. */
  ring: Float64Array;
}

let scratch = new Float32Array(0);
let tileScratch = new Uint8Array(0);

export interface RasterBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A pixel this close to opaque hides what lies under it: the rest could add at most a quarter of one 8-bit level.
 * Painting front to back, most of a dense plot's pixels are opaque after its first few discs, and the discs under
 * them cost one test per pixel instead of a blend.
 */
const OPAQUE = 1 - 1 / 1024;

/**
 * Opaque pixels are counted per tile of TILE × TILE: a disc whose box lies in full tiles is skipped without a pixel
 * test. At 100,000 points most discs lie under others, so most are skipped whole.
 */
const TILE_SHIFT = 2;
const TILE_PIXELS = 1 << (2 * TILE_SHIFT);

/**
 * The discs painted in order (later ones over earlier, source-over) on a transparent `width` × `height` buffer,
 * clipped to `clip` (device px). Returns straight (non-premultiplied) RGBA, as ImageData wants.
 */
export function rasterDiscs(width: number, height: number, discs: DiscColumns, clip: RasterBox): Uint8ClampedArray<ArrayBuffer> {
  // Premultiplied while blending, so compositing is one multiply-add per channel. Reused between frames: at a
  // device-pixel ratio of 2 it is tens of MB, which every zoom frame would otherwise leave to the collector.
  const size = width * height * 4;
  if (scratch.length !== size) scratch = new Float32Array(size);
  else scratch.fill(0);
  const premultiplied = scratch;
  const left = Math.max(0, Math.floor(clip.left));
  const top = Math.max(0, Math.floor(clip.top));
  const right = Math.min(width, Math.ceil(clip.right));
  const bottom = Math.min(height, Math.ceil(clip.bottom));
  const { x: xs, y: ys, r: rs, rgb: colors, alpha: alphas, ring: rings } = discs;
  const tilesWide = (width >> TILE_SHIFT) + 1;
  const tileCount = tilesWide * ((height >> TILE_SHIFT) + 1);
  if (tileScratch.length !== tileCount) tileScratch = new Uint8Array(tileCount);
  else tileScratch.fill(0);
  const opaqueIn = tileScratch;
  // The masks of the last disc's radius and ring: consecutive discs mostly share them (all do without a size metric).
  let groupR = -1;
  let groupRing = -2;
  let group: MaskGroup = [];
  // Front to back, compositing each disc under what is already there: source-over is associative, so the result is
  // the back-to-front one, but opaque pixels can be skipped.
  for (let i = Math.min(discs.count, xs.length) - 1; i >= 0; i--) {
    const x = xs[i];
    const y = ys[i];
    const r = rs[i];
    const alpha = alphas[i];
    const ring = rings[i];
    if (!(r > 0) || !(alpha > 0) || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    const rSteps = Math.round(r * STEP);
    const ringSteps = ring > 0 ? Math.round(ring * STEP) : -1;
    if (rSteps !== groupR || ringSteps !== groupRing) {
      group = maskGroup(rSteps, ringSteps);
      groupR = rSteps;
      groupRing = ringSteps;
    }
    const ox = Math.floor((x - ix) * STEP);
    const oy = Math.floor((y - iy) * STEP);
    const { size, reach, coverage, from, to } = (group[ox * STEP + oy] ??= makeMask(rSteps / STEP, ring > 0 ? ring : undefined, ox / STEP, oy / STEP));
    // The mask's rows and columns that land inside the clip, so the pixel loop tests nothing but coverage.
    const x0 = ix - reach;
    const y0 = iy - reach;
    const mx0 = Math.max(from, left - x0);
    const mx1 = Math.min(to, right - x0);
    const my0 = Math.max(from, top - y0);
    const my1 = Math.min(to, bottom - y0);
    if (mx0 >= mx1 || my0 >= my1 || hidden(opaqueIn, tilesWide, x0 + mx0, x0 + mx1 - 1, y0 + my0, y0 + my1 - 1)) continue;
    blend(premultiplied, opaqueIn, width, tilesWide, colors[i], alpha, coverage, size, x0, y0, mx0, mx1, my0, my1);
  }
  return straight(premultiplied);
}

/**
 * One disc's mask rows my0..my1-1 and columns mx0..mx1-1, placed at (x0, y0), composited under what is there. A small
 * function called per disc is optimised after a few hundred discs; inside rasterDiscs, which a first paint calls once,
 * this loop ran unoptimised for much of the plot (Chromium: the first call's raster 234 → 120 ms with the mask cache
 * below and the last loop moved out too).
 */
function blend(
  premultiplied: Float32Array,
  opaqueIn: Uint8Array,
  width: number,
  tilesWide: number,
  rgb: number,
  alpha: number,
  coverage: Float32Array,
  size: number,
  x0: number,
  y0: number,
  mx0: number,
  mx1: number,
  my0: number,
  my1: number,
): void {
  const red = (rgb >> 16) & 255;
  const green = (rgb >> 8) & 255;
  const blue = rgb & 255;
  for (let my = my0; my < my1; my++) {
    let at = ((y0 + my) * width + x0 + mx0) * 4;
    let c = my * size + mx0;
    const tileRow = ((y0 + my) >> TILE_SHIFT) * tilesWide;
    for (let mx = mx0; mx < mx1; mx++, at += 4) {
      const cover = coverage[c++];
      if (cover === 0) continue;
      const under = premultiplied[at + 3];
      if (under >= OPAQUE) continue;
      const a = cover * alpha * (1 - under);
      premultiplied[at] += red * a;
      premultiplied[at + 1] += green * a;
      premultiplied[at + 2] += blue * a;
      premultiplied[at + 3] = under + a;
      // Read back as stored (32-bit), as the test above reads it, so each pixel is counted once.
      if (premultiplied[at + 3] >= OPAQUE) opaqueIn[tileRow + ((x0 + mx) >> TILE_SHIFT)]++;
    }
  }
}

/**
 * Premultiplied RGBA (alpha 0–1) as straight 8-bit RGBA. A function of its own, not a last loop in rasterDiscs: the
 * first paint runs rasterDiscs once, and its optimised loop left for code it had never run (no type feedback) and
 * went back to the interpreter for this one.
 */
function straight(premultiplied: Float32Array): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(premultiplied.length);
  for (let at = 0; at < out.length; at += 4) {
    const a = premultiplied[at + 3];
    if (a <= 0) continue;
    out[at] = premultiplied[at] / a;
    out[at + 1] = premultiplied[at + 1] / a;
    out[at + 2] = premultiplied[at + 2] / a;
    out[at + 3] = a * 255;
  }
  return out;
}

/** Whether every tile under the box (pixel columns x0..x1, rows y0..y1, inclusive) is opaque throughout. */
function hidden(opaqueIn: Uint8Array, tilesWide: number, x0: number, x1: number, y0: number, y1: number): boolean {
  for (let ty = y0 >> TILE_SHIFT; ty <= y1 >> TILE_SHIFT; ty++) {
    for (let tx = x0 >> TILE_SHIFT; tx <= x1 >> TILE_SHIFT; tx++) if (opaqueIn[ty * tilesWide + tx] !== TILE_PIXELS) return false;
  }
  return true;
}

/** Centres and radii are placed to a quarter pixel: finer than anti-aliasing shows, and few enough masks to cache. */
const STEP = 4;

interface Mask {
  /** The mask's side in pixels; its pixel (reach, reach) holds the centre. */
  size: number;
  reach: number;
  coverage: Float32Array;
  /** Rows and columns from..to-1 hold every covered pixel: the rest of the square is skipped. */
  from: number;
  to: number;
}

/** The masks of one radius and ring width, by the centre's offset in quarter pixels (x * STEP + y). */
type MaskGroup = (Mask | undefined)[];

const groups = new Map<number, MaskGroup>();
/** Ring widths the group key tells apart, in quarter pixels (64 device px). */
const RING_STEPS = 256;

/**
 * The masks of radius `rSteps` / STEP and, for a ring, width `ringSteps` / STEP (-1: a disc). Keyed by a number: building
 * 100,000 string keys a frame showed in the profile. A ring too wide for its field of the key (never drawn today: rings
 * are 1.2 device px) gets a group of its own rather than another's.
 */
function maskGroup(rSteps: number, ringSteps: number): MaskGroup {
  if (ringSteps >= RING_STEPS) return [];
  const key = rSteps * (RING_STEPS + 1) + ringSteps + 1;
  let group = groups.get(key);
  if (!group) {
    // Bounded: a plot uses a handful of radii, but a size metric could ask for many.
    if (groups.size > 256) groups.clear();
    groups.set(key, (group = []));
  }
  return group;
}

/**
 * Each pixel's coverage by a disc (or a ring of width `ring`) of radius `r` centred at (ox, oy) inside the pixel at
 * (reach, reach): 1 where the pixel centre is half a pixel inside the edge, falling linearly to 0 half a pixel outside.
 */
function makeMask(r: number, ring: number | undefined, ox: number, oy: number): Mask {
  const reach = Math.ceil(r + (ring ?? 0) / 2 + 1);
  const size = 2 * reach + 1;
  const coverage = new Float32Array(size * size);
  for (let my = 0; my < size; my++) {
    for (let mx = 0; mx < size; mx++) {
      const d = Math.hypot(mx - reach + 0.5 - ox, my - reach + 0.5 - oy);
      const c = ring === undefined ? r + 0.5 - d : ring / 2 + 0.5 - Math.abs(d - r);
      coverage[my * size + mx] = Math.min(1, Math.max(0, c));
    }
  }
  let [from, to] = [size, 0];
  for (let at = 0; at < coverage.length; at++) {
    if (coverage[at] === 0) continue;
    const [mx, my] = [at % size, Math.floor(at / size)];
    [from, to] = [Math.min(from, mx, my), Math.max(to, mx + 1, my + 1)];
  }
  return { size, reach, coverage, from, to };
}
