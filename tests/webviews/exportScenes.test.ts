// The Model Map and the Scatterplot saved as SVG are redrawn from the scene their canvas paints: one element per
// model, in the colours, fading and rings the canvas uses, with no raster inside.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapSvg } from '../../extension/webviews/overview/canvas/mapSvg';
import type { MapScene, SceneNode } from '../../extension/webviews/overview/canvas/mapScene';
import type { MapTheme } from '../../extension/webviews/overview/canvas/mapTheme';
import type { PaintFrame } from '../../extension/webviews/overview/scatter/paintPoints';
import { scatterPointsSvg } from '../../extension/webviews/overview/scatter/scatterSvg';
import { svgDocument, type SvgNode } from '../../extension/webviews/shared/export/svgText';

/** Every element of a tree, depth first. */
function all(node: SvgNode): SvgNode[] {
  return [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : all(c)))];
}
const titles = (node: SvgNode) => all(node).filter((n) => n.tag === 'title').map((n) => n.children.join(''));

describe('scatterPointsSvg', () => {
  const colors = { background: '#1e1e1e', muted: '#888888', point: '#3794ff', selection: '#007fd4', front: '#d18616', hover: '#cccccc' };
  const points = [
    { id: 'a', x: 1, y: 1, px: 60, py: 50 },
    { id: 'b', x: 2, y: 2, px: 120.456, py: 80 },
    { id: 'c', x: 3, y: 3, px: 200, py: 100 },
  ];
  const frame: PaintFrame = {
    dpr: 2,
    width: 300,
    height: 200,
    clip: { left: 50, top: 3, bottom: 170 },
    points,
    radius: () => 4,
    fill: (p) => (p.id === 'c' ? null : '#ff0000'),
    isAllowed: (id) => id !== 'b',
    selected: new Set(['a']),
    front: [points[0], points[2]],
    hovered: 'c',
    grid: { xs: [100], ys: [50] },
    colors,
  };

  test('one disc per model with its id, filtered-out ones faded and drawn first', () => {
    const node = scatterPointsSvg(frame);
    assert.deepEqual(titles(node), ['b', 'a', 'c']);
    const faded = all(node).find((n) => n.tag === 'g' && n.attrs.opacity === '0.15');
    assert.deepEqual(faded && titles(faded), ['b']);
    const b = all(node).find((n) => n.tag === 'circle' && n.children.length > 0 && titles(n)[0] === 'b');
    assert.equal(b?.attrs.cx, '120.46', 'positions rounded to hundredths of a pixel');
  });

  test('a model without a colour value is hollow, as on the canvas', () => {
    const c = all(scatterPointsSvg(frame)).find((n) => n.tag === 'circle' && titles(n)[0] === 'c');
    assert.equal(c?.attrs.fill, 'none');
    assert.equal(c?.attrs.stroke, colors.muted);
  });

  test('rings for the Pareto front, the selection and the hovered model, in the theme colours', () => {
    const ringGroups = all(scatterPointsSvg(frame)).filter((n) => n.tag === 'g' && n.attrs.fill === 'none');
    assert.deepEqual(ringGroups.map((g) => [g.attrs.stroke, g.children.length]), [[colors.front, 2], [colors.selection, 1], [colors.hover, 1]]);
  });

  test('clipped to the plot area, and the file holds no raster', () => {
    const out = svgDocument(scatterPointsSvg(frame), () => undefined);
    assert.match(out, /clip-path="url\(#scatter-points-clip\)"/);
    assert.doesNotMatch(out, /<image|data:image/);
  });
});

describe('mapSvg', () => {
  const theme: MapTheme = { background: '#000000', foreground: '#ffffff', muted: '#888888', accent: '#0000ff', plainNode: '#3794ff', edge: '#555555', border: '#444444', contrastBorder: null, fontFamily: 'sans-serif' };
  const node = (id: string, x: number, missing = false): SceneNode => ({
    id, x, y: 40, r: 8, column: x > 100 ? 1 : 0, row: 0, parent: x > 100 ? 'base' : null, fill: missing ? '#000000' : '#ff0000', missing,
    coarseFill: '#ff0000', label: id, value: missing ? '—' : '50%', description: `${id}, acc 50%`, model: undefined,
  });
  const scene: MapScene = {
    nodes: [node('base', 90), node('small', 270), node('gone', 270, true)],
    edges: [
      { source: 0, target: 1, x0: 90, y0: 40, x1: 270, y1: 40, halfWidth: 8, fromColor: '#ff0000', toColor: '#00ff00', midColor: '#888800', coarseColor: '#888800' },
      { source: 0, target: 2, x0: 90, y0: 40, x1: 270, y1: 40, halfWidth: 8, fromColor: '#ff0000', toColor: '#ff0000', midColor: '#ff0000', coarseColor: '#ff0000' },
    ],
    indexOf: new Map([['base', 0], ['small', 1], ['gone', 2]]),
    lowest: 1,
    columns: [],
    rowHeight: 80,
    width: 360,
    height: 80,
  };

  test('the whole map with a margin: one disc per model, an outline per edge, a label per model', () => {
    const { node: map, width, height } = mapSvg({ scene, theme, selected: new Set(), allowed: null });
    assert.deepEqual([width, height], [408, 128]);
    assert.deepEqual(titles(map), ['base, acc 50%', 'small, acc 50%', 'gone, acc 50%']);
    assert.equal(all(map).filter((n) => n.tag === 'polygon').length, 2);
    assert.deepEqual(all(map).filter((n) => n.tag === 'text').map((n) => n.children[0]), ['base', '50%', 'small', '50%', 'gone', '—']);
  });

  test('an edge between two colours gets its gradient; a one-colour edge a plain fill', () => {
    const polygons = all(mapSvg({ scene, theme, selected: new Set(), allowed: null }).node).filter((n) => n.tag === 'polygon');
    assert.deepEqual(polygons.map((p) => p.attrs.fill), ['url(#edge-0)', '#ff0000']);
  });

  test('a model without a value is dashed, a filtered-out one faded over a backing, the selected ringed', () => {
    const map = mapSvg({ scene, theme, selected: new Set(['small']), allowed: new Set(['base', 'gone']) }).node;
    const discs = all(map).filter((n) => n.tag === 'circle');
    const gone = discs.find((n) => titles(n)[0] === 'gone, acc 50%');
    assert.equal(gone?.attrs['stroke-dasharray'], '3 2');
    const small = discs.find((n) => titles(n)[0] === 'small, acc 50%');
    assert.equal(small?.attrs.opacity, '0.18');
    assert.ok(discs.some((n) => n.attrs.fill === theme.background && n.attrs.cx === '270'), 'an opaque backing under the faded disc');
    assert.ok(discs.some((n) => n.attrs.stroke === theme.accent && n.attrs.r === '11'), 'the selected model is ringed');
  });
});
