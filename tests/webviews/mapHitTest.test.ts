// The map's hit test follows the painter: zoomed out, discs are drawn larger than their world radius
// (mapGeometry.discZoom), and a pointer on the drawn disc must still find its model.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHitIndex } from '../../extension/webviews/overview/canvas/mapHitTest';
import { columnHeaders } from '../../extension/webviews/overview/canvas/mapHeaders';
import type { MapScene } from '../../extension/webviews/overview/canvas/mapScene';

const discs = [
  { x: 0, y: 0, r: 8 },
  { x: 100, y: 0, r: 8 },
];

test('a point just outside a disc misses it at its own size and hits it when discs are drawn grown', () => {
  const hit = createHitIndex(discs);
  assert.equal(hit(12, 0, 0), -1);
  assert.equal(hit(12, 0, 0, 2), 0, 'twice the radius reaches 16');
  assert.equal(hit(60, 0, 0, 2), -1, 'growth does not reach a far neighbour');
});

test('among grown discs the nearest centre wins', () => {
  const hit = createHitIndex(discs);
  assert.equal(hit(55, 0, 0, 8), 1);
  assert.equal(hit(45, 0, 0, 8), 0);
});

test('a column header lists its models in map order; an empty column has none', () => {
  const node = (id: string, column: number) => ({ id, column }) as MapScene['nodes'][number];
  const scene = {
    nodes: [node('base', 0), node('p50', 1), node('q8', 2), node('p90', 1)],
    columns: [
      { index: 0, label: 'Base', operation: null },
      { index: 1, label: 'Prune', operation: 'Prune' },
      { index: 2, label: 'Quantize', operation: 'Quantize' },
      { index: 3, label: 'Fine-tune', operation: 'Fine-tune' },
    ],
  } as unknown as MapScene;
  assert.deepEqual(columnHeaders(scene), [
    { index: 0, label: 'Base', ids: ['base'] },
    { index: 1, label: 'Prune', ids: ['p50', 'p90'] },
    { index: 2, label: 'Quantize', ids: ['q8'] },
    { index: 3, label: 'Fine-tune', ids: [] },
  ]);
});
