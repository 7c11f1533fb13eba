import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rasterDiscs as rasterColumns, type DiscColumns, type RasterBox } from '../../extension/webviews/overview/scatter/rasterDiscs';

const W = 40;
const H = 30;
const all = { left: 0, top: 0, right: W, bottom: H };
const pixel = (buffer: Uint8ClampedArray, x: number, y: number) => [...buffer.subarray((y * W + x) * 4, (y * W + x) * 4 + 4)];
const red = [255, 0, 0] as const;
const blue = [0, 0, 255] as const;

interface RasterDisc {
  x: number;
  y: number;
  r: number;
  rgb: readonly [number, number, number];
  alpha: number;
  ring?: number;
}

const disc = (x: number, y: number, r: number, rgb: readonly [number, number, number], alpha = 1, ring?: number): RasterDisc => ({ x, y, r, rgb, alpha, ring });

/** The discs as the painter hands them over: one column per field, with room to spare as a reused buffer has. */
function columns(discs: readonly RasterDisc[]): DiscColumns {
  const spare = discs.length + 3;
  const out = {
    count: discs.length,
    x: new Float64Array(spare),
    y: new Float64Array(spare),
    r: new Float64Array(spare),
    rgb: new Int32Array(spare),
    alpha: new Float64Array(spare),
    ring: new Float64Array(spare),
  };
  // Slots past count hold a disc that must not be drawn.
  out.r.fill(5);
  out.alpha.fill(1);
  discs.forEach((d, i) => {
    [out.x[i], out.y[i], out.r[i], out.alpha[i], out.ring[i]] = [d.x, d.y, d.r, d.alpha, d.ring ?? 0];
    out.rgb[i] = (d.rgb[0] << 16) | (d.rgb[1] << 8) | d.rgb[2];
  });
  return out;
}

const rasterDiscs = (width: number, height: number, discs: readonly RasterDisc[], clip: RasterBox) => rasterColumns(width, height, columns(discs), clip);

test('an opaque disc covers its centre fully, nothing far away, and about π r² pixels in all', () => {
  const out = rasterDiscs(W, H, [disc(10.5, 10.5, 3, red)], all);
  assert.deepEqual(pixel(out, 10, 10), [255, 0, 0, 255]);
  assert.deepEqual(pixel(out, 20, 20), [0, 0, 0, 0]);
  let covered = 0;
  for (let at = 3; at < out.length; at += 4) covered += out[at] / 255;
  assert.ok(Math.abs(covered - Math.PI * 9) < 1, `coverage ${covered.toFixed(2)} against π·3² = ${(Math.PI * 9).toFixed(2)}`);
  // The rim is anti-aliased: partly covered pixels keep the disc's colour at lower alpha.
  const rim = pixel(out, 13, 10);
  assert.ok(rim[3] > 0 && rim[3] < 255, `rim alpha ${rim[3]}`);
  assert.deepEqual(rim.slice(0, 3), [255, 0, 0]);
});

test('later discs are painted over earlier ones, and a faded disc keeps its colour at its alpha', () => {
  const out = rasterDiscs(W, H, [disc(10.5, 10.5, 3, red), disc(10.5, 10.5, 2, blue)], all);
  assert.deepEqual(pixel(out, 10, 10), [0, 0, 255, 255]);
  const faded = rasterDiscs(W, H, [disc(10.5, 10.5, 3, red, 0.15)], all);
  assert.deepEqual(pixel(faded, 10, 10), [255, 0, 0, Math.round(0.15 * 255)]);
  // Half-transparent blue over opaque red: an even mix, still opaque.
  const mixed = rasterDiscs(W, H, [disc(10.5, 10.5, 3, red), disc(10.5, 10.5, 3, blue, 0.5)], all);
  assert.deepEqual(pixel(mixed, 10, 10), [128, 0, 128, 255]);
});

test('a ring (a model without a colour value) leaves its centre empty and covers its radius', () => {
  const out = rasterDiscs(W, H, [disc(20.5, 15.5, 4, red, 1, 1.2)], all);
  assert.equal(pixel(out, 20, 15)[3], 0);
  assert.equal(pixel(out, 24, 15)[3], 255);
  assert.equal(pixel(out, 20, 11)[3], 255);
});

test('nothing is drawn outside the clip, and degenerate discs are skipped', () => {
  const out = rasterDiscs(W, H, [disc(5.5, 5.5, 3, red), disc(Number.NaN, 5, 3, red), disc(30, 20, 0, red), disc(35, 25, 3, red, 0)], {
    left: 10,
    top: 0,
    right: W,
    bottom: H,
  });
  assert.ok(out.every((v) => v === 0));
  const edge = rasterDiscs(W, H, [disc(0, 0, 3, red), disc(W, H, 3, blue)], all);
  assert.deepEqual(pixel(edge, 0, 0).slice(0, 3), [255, 0, 0]);
  assert.deepEqual(pixel(edge, W - 1, H - 1).slice(0, 3), [0, 0, 255]);
});

test('a wide ring is never drawn with the cached mask of another radius or width', () => {
  // Under a key with too narrow a field for the width, this ring (r 4.25, width 0) and the wide one (r 4, width 16)
  // shared a mask: drawn first, the narrow one's would have been reused for the wide one.
  rasterDiscs(W, H, [disc(30.5, 15.5, 4.25, red, 1, 0.25)], all);
  const wide = rasterDiscs(W, H, [disc(30.5, 15.5, 4, red, 1, 16.25)], all);
  assert.equal(pixel(wide, 30, 15)[3], 255, 'a ring 16 px wide on radius 4 covers its centre');
  assert.equal(pixel(wide, 30, 5)[3], 255, 'and reaches past its radius');
});

test('painted front to back, many overlapping discs come out as source-over from first to last would paint them', () => {
  // The reference: every disc blended over the buffer in order, straight from the coverage the rasteriser uses.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const discs = Array.from({ length: 400 }, (_, i) =>
    disc(random() * W, random() * H, 1 + random() * 4, [(random() * 256) | 0, (random() * 256) | 0, (random() * 256) | 0], i % 3 ? 1 : 0.15, i % 7 ? undefined : 1.2));
  const reference = new Float64Array(W * H * 4);
  for (const d of discs) {
    const one = rasterDiscs(W, H, [d], all);
    for (let at = 0; at < one.length; at += 4) {
      const a = one[at + 3] / 255;
      if (a === 0) continue;
      for (let c = 0; c < 3; c++) reference[at + c] = one[at + c] * a + reference[at + c] * (1 - a);
      reference[at + 3] = a + reference[at + 3] * (1 - a);
    }
  }
  const out = rasterDiscs(W, H, discs, all);
  let worst = 0;
  for (let at = 0; at < out.length; at += 4) {
    const a = reference[at + 3];
    worst = Math.max(worst, Math.abs(out[at + 3] - a * 255));
    // Colour only where it shows: a nearly transparent pixel's colour is the quotient of two tiny numbers.
    if (a > 0.05) for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(out[at + c] - reference[at + c] / a));
  }
  assert.ok(worst <= 1.5, `largest difference from back-to-front source-over: ${worst.toFixed(2)} levels`);
});
