import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rasterDiscs, type RasterDisc } from '../../extension/webviews/overview/scatter/rasterDiscs';

const W = 40;
const H = 30;
const all = { left: 0, top: 0, right: W, bottom: H };
const pixel = (buffer: Uint8ClampedArray, x: number, y: number) => [...buffer.subarray((y * W + x) * 4, (y * W + x) * 4 + 4)];
const red = [255, 0, 0] as const;
const blue = [0, 0, 255] as const;
const disc = (x: number, y: number, r: number, rgb: readonly [number, number, number], alpha = 1, ring?: number): RasterDisc => ({ x, y, r, rgb, alpha, ring });

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
  rasterDiscs(W, H, [disc(30.5, 15.5, 4.25, red, 1, 0)], all);
  const wide = rasterDiscs(W, H, [disc(30.5, 15.5, 4, red, 1, 16)], all);
  assert.equal(pixel(wide, 30, 15)[3], 255, 'a ring 16 px wide on radius 4 covers its centre');
  assert.equal(pixel(wide, 30, 5)[3], 255, 'and reaches past its radius');
});
