import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SpecSummary } from '../../protocol/generated/contract';
import { fromSummaryColumns, summaryLinks, toSummaryColumns } from '../../protocol/summaryColumns';
import { buildScene } from '../../extension/webviews/overview/canvas/mapScene';
import type { MapTheme } from '../../extension/webviews/overview/canvas/mapTheme';
import { metricColorScale } from '../../extension/webviews/overview/colorScale';
import { fromSpecLayout } from '../../extension/webviews/overview/layout';
import { distinctModelCount, firstModels, nodeLinks, rememberLinks } from '../../extension/webviews/overview/modelIndex';
import { placeModels } from '../../extension/webviews/overview/scatter/scatterPoints';

// Nodes in another order than models (as the backend's layout sends them), a repeated model id, a node whose
// parent is not on the map, and a node with no model.
const models = [
  { id: 'b', base: 'a', metrics: { acc: 0.5, size: 2 } },
  { id: 'a', base: null, metrics: { acc: 0.9, size: 4 } },
  { id: 'b', base: 'a', metrics: { acc: 0.1, size: 9 } },
  { id: 'c', base: 'b', metrics: { acc: 0.7 } },
  { id: 'd', base: 'gone', metrics: { acc: 0.2, size: 1 } },
];
const nodes = [
  { id: 'a', parent: null, column: 0, row: 0, depth: 0, parameterLabel: null },
  { id: 'b', parent: 'a', column: 1, row: 0, depth: 1, parameterLabel: '50%' },
  { id: 'c', parent: 'b', column: 2, row: 0, depth: 2, parameterLabel: null },
  { id: 'd', parent: 'gone', column: 0, row: 1, depth: 0, parameterLabel: null },
  { id: 'orphan', parent: 'c', column: 3, row: 0, depth: 3, parameterLabel: null },
];
const summary = {
  path: '/w/models.json',
  models,
  metrics: [{ name: 'acc', primary: true }],
  operations: [],
  roots: [],
  layout: { nodes, columns: [{ index: 0, operation: null, label: 'Base' }], rowCount: 2, stepCount: 3 },
  diagnostics: [],
  snapshot: 'sha256:ab',
} as unknown as SpecSummary;

test('links join each node to the first model with its id and to its parent node, as lookups by id would', () => {
  const columns = structuredClone(toSummaryColumns(summary));
  const links = summaryLinks(columns);
  assert.ok(links);
  assert.deepEqual([...links.nodeModel], [1, 0, 3, 4, -1]);
  assert.deepEqual([...links.nodeParent], [-1, 0, 1, -1, 2]);
  assert.deepEqual([...links.firstModel], [1, 1, 0, 1, 1]);
});

test('without plain id codes there are no links, and views look models up by id', () => {
  const columns = toSummaryColumns({ ...summary, models: models.map((m, i) => ({ ...m, id: i === 2 ? { odd: true } : m.id })) } as unknown as SpecSummary);
  assert.equal(summaryLinks(columns), null);
});

test('the map scene and the scatterplot drawn through the links equal those drawn by id', () => {
  const theme = { background: '#000000', foreground: '#ffffff', muted: '#888888', accent: '#0000ff', plainNode: '#3794ff', edge: '#555555', border: '#444444', contrastBorder: null, fontFamily: 'sans-serif' } as MapTheme;
  const columns = structuredClone(toSummaryColumns(summary));
  const decoded = fromSummaryColumns(columns);
  rememberLinks(decoded, summaryLinks(columns));
  const layout = fromSpecLayout(decoded.layout);
  assert.ok(nodeLinks(decoded, layout.nodes), 'the layout nodes are used as sent, so the links apply');
  const content = { summary: decoded, layout, colorMetric: decoded.metrics[0], scale: metricColorScale([0, 1]), sizeMetric: null, size: null };
  const byLinks = buildScene(content, theme);
  // A copy of the node list is not the summary's own: the scene joins it by id.
  const copied = { ...layout, nodes: [...layout.nodes] };
  assert.equal(nodeLinks(decoded, copied.nodes), undefined);
  const byId = buildScene({ ...content, layout: copied }, theme);
  const shape = (scene: typeof byId) => ({
    nodes: scene.nodes.map((n) => [n.id, n.model?.metrics?.acc ?? null, n.fill, n.missing]),
    edges: scene.edges.map((e) => [e.source, e.target, e.fromColor, e.toColor]),
    index: [...scene.indexOf],
  });
  assert.deepEqual(shape(byLinks), shape(byId));
  assert.deepEqual(byLinks.edges.map((e) => [e.source, e.target]), [[0, 1], [1, 2], [2, 4]]);
  assert.equal(byLinks.nodes[1].model, decoded.models[0], 'node b is the first model b');

  const plain = (placed: ReturnType<typeof placeModels>) => placed.points.map((p) => [p.id, p.x, p.y]);
  const first = firstModels(decoded);
  assert.ok(first);
  assert.deepEqual(plain(placeModels(decoded.models, 'acc', 'size', first)), plain(placeModels(decoded.models, 'acc', 'size')));
  assert.deepEqual(plain(placeModels(decoded.models, 'acc', 'size', first)).map(([id]) => id), ['b', 'a', 'd']);
});

test('the distinct model count is the same through the links as by id', () => {
  const columns = structuredClone(toSummaryColumns(summary));
  const linked = fromSummaryColumns(columns);
  rememberLinks(linked, summaryLinks(columns));
  assert.equal(distinctModelCount(linked), 4);
  assert.equal(distinctModelCount(fromSummaryColumns(columns)), 4, 'without links, by id');
});
