import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ModelSummary, SpecSummary } from '../../protocol/generated/contract';
import { metricColorScale } from '../../extension/webviews/overview/colorScale';
import { fromSpecLayout } from '../../extension/webviews/overview/layout';
import { EDGE_WIDTH_PER_RADIUS, NODE_RADIUS, ROW_HEIGHT } from '../../extension/webviews/overview/canvas/mapGeometry';
import { buildScene, edgeIntersects, edgeOutline, lineageOf, type MapContent } from '../../extension/webviews/overview/canvas/mapScene';
import { mixColors, mixRgb, parseRgb, rgbText, type MapTheme } from '../../extension/webviews/overview/canvas/mapTheme';
import { metricSizeScale } from '../../extension/webviews/overview/sizeScale';

const theme: MapTheme = {
  background: '#000000',
  foreground: '#ffffff',
  muted: '#888888',
  accent: '#0000ff',
  plainNode: '#3794ff',
  edge: '#555555',
  border: '#444444',
  contrastBorder: null,
  fontFamily: 'sans-serif',
};

const model = (id: string, base: string | null, acc: number | null, tag?: string): ModelSummary => ({
  id,
  base,
  operation: base === null ? null : { name: 'Prune', parameters: {} },
  tag,
  metrics: acc === null ? {} : { acc },
  line: 1,
  column: 1,
});

// base ─ small (acc 0.5)
//      └ missing (no acc)
const models = [model('base', null, 1, 'Base'), model('small', 'base', 0.5), model('missing', 'base', null)];
const specLayout = {
  nodes: [
    { id: 'base', column: 0, row: 0, depth: 0 },
    { id: 'small', parent: 'base', column: 1, row: 0, depth: 1 },
    { id: 'missing', parent: 'base', column: 1, row: 1, depth: 1 },
  ],
  columns: [{ index: 0, label: 'Base' }, { index: 1, operation: 'Prune', label: 'Prune' }],
  rowCount: 2,
  stepCount: 2,
};
const summary: SpecSummary = { path: '/w/models.json', models, metrics: [{ name: 'acc', primary: false, format: '.0%' }], operations: [], roots: ['base'], diagnostics: [], layout: specLayout };
const acc = summary.metrics[0];
const content = (over: Partial<MapContent> = {}): MapContent => ({
  summary,
  layout: fromSpecLayout(specLayout),
  colorMetric: acc,
  scale: metricColorScale([0.5, 1]),
  sizeMetric: null,
  size: null,
  ...over,
});

describe('buildScene', () => {
  test('places nodes on the layout grid with default radii when no size metric is bound', () => {
    const scene = buildScene(content(), theme);
    assert.deepEqual(
      scene.nodes.map((n) => [n.id, n.x, n.y, n.r]),
      [
        ['base', 90, ROW_HEIGHT / 2, NODE_RADIUS],
        ['small', 270, ROW_HEIGHT / 2, NODE_RADIUS],
        ['missing', 270, ROW_HEIGHT * 1.5, NODE_RADIUS],
      ],
    );
    assert.equal(scene.width, 360);
    assert.equal(scene.height, 2 * ROW_HEIGHT);
  });

  test('labels, values and descriptions come from the spec', () => {
    const [base, small, missing] = buildScene(content(), theme).nodes;
    assert.equal(base.label, 'Base');
    assert.equal(small.label, 'small');
    assert.equal(base.value, '100%');
    assert.equal(missing.value, '—');
    assert.equal(small.description, 'small, acc 50%');
  });

  test('the lowest-valued model is found for the colour metric, and none without one', () => {
    const scene = buildScene(content(), theme);
    assert.equal(scene.nodes[scene.lowest].id, 'small', 'acc 50% is below the base, and the model without a value takes no part');
    assert.equal(buildScene(content({ colorMetric: null, scale: null }), theme).lowest, -1);
  });

  test('a model without a value for the colour metric is drawn hollow, others take the scale colour', () => {
    const scale = metricColorScale([0.5, 1]);
    const [base, , missing] = buildScene(content({ scale }), theme).nodes;
    assert.equal(base.fill, scale(1));
    assert.equal(missing.missing, true);
    assert.equal(missing.fill, theme.background);
    const plain = buildScene(content({ colorMetric: null, scale: null }), theme).nodes;
    assert.ok(plain.every((n) => n.fill === theme.plainNode && !n.missing));
  });

  test('edges blend each end’s node colour with the foreground and taper between the two radii', () => {
    const scale = metricColorScale([0.5, 1]);
    const size = metricSizeScale({ min: 0, max: 1 }, [0.5, 1]);
    const scene = buildScene(content({ scale, sizeMetric: acc, size }), theme);
    const toSmall = scene.edges.find((e) => scene.nodes[e.target].id === 'small')!;
    assert.equal(toSmall.fromColor, mixColors(scale(1), theme.foreground, 0.7));
    assert.equal(toSmall.toColor, mixColors(scale(0.5), theme.foreground, 0.7));
    // A straight edge: the outline starts at the parent's width and ends at the child's.
    const [, y0, , y1] = edgeOutline(scene, toSmall);
    const rBase = size(1);
    const rSmall = size(0.5);
    assert.ok(rBase > rSmall);
    assert.ok(Math.abs(y0 - (toSmall.y0 + (rBase * EDGE_WIDTH_PER_RADIUS) / 2)) < 1e-9, 'parent end is as wide as the parent demands');
    assert.ok(Math.abs(y1 - (toSmall.y1 + (rSmall * EDGE_WIDTH_PER_RADIUS) / 2)) < 1e-9, 'child end is as wide as the child demands');
    const toMissing = scene.edges.find((e) => scene.nodes[e.target].id === 'missing')!;
    const mid = parseRgb(toSmall.midColor)!;
    const expected = parseRgb(mixColors(toSmall.fromColor, toSmall.toColor, 0.5))!;
    assert.ok(mid.every((c, i) => Math.abs(c - expected[i]) <= 1), `midpoint ${toSmall.midColor} is halfway between the ends`);
    assert.equal(toMissing.toColor, theme.edge, 'a model without a value ends its edge in the plain edge colour');
  });

  test('an edge’s culling bounds enclose its whole outline', () => {
    const size = metricSizeScale({ min: 0, max: 1 }, [0.5, 1]);
    const scene = buildScene(content({ sizeMetric: acc, size }), theme);
    for (const edge of scene.edges) {
      const outline = edgeOutline(scene, edge);
      for (let i = 0; i < outline.length; i += 2) {
        // A view holding only this point of the outline must not cull the edge.
        const [x, y] = [outline[i], outline[i + 1]];
        assert.ok(edgeIntersects(edge, { x0: x - 1e-9, y0: y - 1e-9, x1: x + 1e-9, y1: y + 1e-9 }), `(${x}, ${y}) inside the bounds`);
      }
    }
  });

  test('one edge per node whose parent is on the map, parent → child, in node order', () => {
    const orphan = { id: 'orphan', parent: 'not-on-the-map', column: 1, row: 2, depth: 1 };
    const layout = fromSpecLayout({ ...specLayout, nodes: [...specLayout.nodes, orphan], rowCount: 3 });
    const scene = buildScene(content({ layout }), theme);
    const ids = scene.edges.map((e) => [scene.nodes[e.source].id, scene.nodes[e.target].id]);
    assert.deepEqual(ids, [
      ['base', 'small'],
      ['base', 'missing'],
    ]);
    assert.deepEqual([scene.edges[0].x0, scene.edges[0].y0, scene.edges[0].x1, scene.edges[0].y1], [90, ROW_HEIGHT / 2, 270, ROW_HEIGHT / 2]);
  });

  test('without a colour metric every edge is the plain edge colour', () => {
    const scene = buildScene(content({ colorMetric: null, scale: null }), theme);
    assert.ok(scene.edges.every((e) => e.fromColor === theme.edge && e.toColor === theme.edge && e.midColor === theme.edge));
  });
});

describe('lineageOf', () => {
  test('is the model and its ancestors', () => {
    const scene = buildScene(content(), theme);
    const ids = (set: Set<number>) => [...set].map((i) => scene.nodes[i].id).sort();
    assert.deepEqual(ids(lineageOf(scene, scene.indexOf.get('small')!)), ['base', 'small']);
    assert.deepEqual(ids(lineageOf(scene, scene.indexOf.get('base')!)), ['base']);
  });
});

describe('mixColors', () => {
  test('blends the share of the first colour over the second', () => {
    assert.equal(mixColors('#ffffff', '#000000', 0.5), 'rgb(128, 128, 128)');
    assert.equal(mixColors('#ff0000', '#0000ff', 1), 'rgb(255, 0, 0)');
  });

  test('mixing parsed channels gives the same colour as mixing strings', () => {
    const a = '#440154';
    const b = '#cccccc';
    assert.equal(rgbText(mixRgb(parseRgb(a)!, parseRgb(b)!, 0.7)), mixColors(a, b, 0.7));
    assert.equal(parseRgb('not a colour'), null);
  });

  test('an unreadable colour falls back to the readable one', () => {
    assert.equal(mixColors('var(--x)', '#000000', 0.5), '#000000');
  });
});
