import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_COLUMN_LABEL, layoutModels, NO_OPERATION, type LayoutModel, type MapLayout } from '../../extension/webviews/map/layout';

const m = (id: string, base: string | null = null, operation?: string): LayoutModel => ({
  id,
  base,
  operation: operation === undefined ? null : { name: operation },
});

const node = (layout: MapLayout, id: string) => {
  const found = layout.nodes.find((n) => n.id === id);
  assert.ok(found, `no node ${id}`);
  return found;
};
const columnLabel = (layout: MapLayout, id: string) => layout.columns[node(layout, id).column].label;

function assertEdgesRightward(layout: MapLayout): void {
  for (const e of layout.edges) {
    assert.ok(node(layout, e.source).column < node(layout, e.target).column, `${e.source} → ${e.target} is not rightward`);
  }
}

/** Every subtree's rows form one contiguous band, disjoint from its siblings' bands. */
function assertSubtreesContiguous(layout: MapLayout): void {
  const children = new Map<string, string[]>();
  for (const e of layout.edges) children.set(e.source, [...(children.get(e.source) ?? []), e.target]);
  const rowsOf = (id: string): number[] => [node(layout, id).row, ...(children.get(id) ?? []).flatMap(rowsOf)];
  for (const n of layout.nodes) {
    const rows = [...new Set(rowsOf(n.id))].sort((a, b) => a - b);
    assert.equal(rows[rows.length - 1] - rows[0] + 1, rows.length, `rows of ${n.id}'s subtree are not contiguous: ${rows}`);
    const kids = children.get(n.id) ?? [];
    for (let i = 1; i < kids.length; i++) {
      assert.ok(Math.min(...rowsOf(kids[i])) > Math.max(...rowsOf(kids[i - 1])), `${kids[i - 1]} and ${kids[i]} overlap`);
    }
  }
  const cells = layout.nodes.map((n) => `${n.column}:${n.row}`);
  assert.equal(new Set(cells).size, cells.length, 'two nodes share a cell');
}

describe('layoutModels', () => {
  test('roots go in the Base column and operations get columns in first-appearance order', () => {
    const layout = layoutModels([
      m('base'),
      m('q', 'base', 'Quantize'),
      m('p', 'base', 'Prune'),
      m('qp', 'q', 'Prune'),
      m('qpd', 'qp', 'Distill'),
    ]);
    assert.deepEqual(
      layout.columns.map((c) => c.label),
      [BASE_COLUMN_LABEL, 'Quantize', 'Prune', 'Distill'],
    );
    assert.equal(layout.columns[0].operation, null);
    assert.equal(columnLabel(layout, 'base'), 'Base');
    assert.equal(node(layout, 'q').column, 1);
    assert.equal(node(layout, 'p').column, 2);
    assert.equal(node(layout, 'qp').column, 2);
    assert.equal(node(layout, 'qpd').column, 3);
    assertEdgesRightward(layout);
  });

  test('first appearance is depth-first: a grandchild operation comes before a later sibling', () => {
    const layout = layoutModels([m('r'), m('a', 'r', 'Prune'), m('b', 'r', 'Quantize'), m('a1', 'a', 'Finetune')]);
    assert.deepEqual(
      layout.columns.map((c) => c.label),
      ['Base', 'Prune', 'Finetune', 'Quantize'],
    );
  });

  test('a model whose operation column is left of its parent gets a column right of the parent', () => {
    const layout = layoutModels([
      m('r'),
      m('p', 'r', 'Prune'),
      m('pq', 'p', 'Quantize'),
      m('pqp', 'pq', 'Prune'),
      m('pqpq', 'pqp', 'Quantize'),
      m('pqd', 'pq', 'Distill'),
      m('pqpd', 'pqp', 'Distill'),
    ]);
    // The repeated Prune is inserted just right of Quantize, before Distill; the repeated Quantize after it.
    assert.deepEqual(
      layout.columns.map((c) => c.label),
      ['Base', 'Prune', 'Quantize', 'Prune', 'Quantize', 'Distill'],
    );
    assert.equal(node(layout, 'pqp').column, 3);
    assert.equal(node(layout, 'pqpq').column, 4);
    assert.equal(node(layout, 'pqd').column, 5);
    assert.equal(node(layout, 'pqpd').column, 5);
    assert.deepEqual(layout.columns.map((c) => c.index), [0, 1, 2, 3, 4, 5]);
    assertEdgesRightward(layout);
  });

  test('the same operation twice in a row goes one column further right, reusing it for siblings', () => {
    const layout = layoutModels([m('r'), m('f', 'r', 'Finetune'), m('ff1', 'f', 'Finetune'), m('ff2', 'f', 'Finetune')]);
    assert.deepEqual(
      layout.columns.map((c) => c.label),
      ['Base', 'Finetune', 'Finetune'],
    );
    assert.equal(node(layout, 'ff1').column, 2);
    assert.equal(node(layout, 'ff2').column, 2);
    assertEdgesRightward(layout);
  });

  test('children listed before their parents lay out as if in tree order', () => {
    const forward = layoutModels([m('r'), m('p', 'r', 'Prune'), m('pq', 'p', 'Quantize')]);
    const backward = layoutModels([m('pq', 'p', 'Quantize'), m('p', 'r', 'Prune'), m('r')]);
    const cells = (l: MapLayout) => Object.fromEntries(l.nodes.map((n) => [n.id, [n.column, n.row, n.parent]]));
    assert.deepEqual(cells(backward), cells(forward));
    assert.deepEqual(backward.columns, forward.columns);
    assert.deepEqual(
      backward.edges,
      [
        { source: 'r', target: 'p' },
        { source: 'p', target: 'pq' },
      ],
    );
  });

  test('multiple roots each get their own band of rows, in file order', () => {
    const layout = layoutModels([
      m('r1'),
      m('r2'),
      m('r1a', 'r1', 'Prune'),
      m('r2a', 'r2', 'Prune'),
      m('r1b', 'r1', 'Quantize'),
      m('r2b', 'r2', 'Quantize'),
    ]);
    assert.equal(node(layout, 'r1').column, 0);
    assert.equal(node(layout, 'r2').column, 0);
    assert.ok(node(layout, 'r1').row < node(layout, 'r2').row);
    assert.deepEqual(
      layout.nodes.map((n) => n.id),
      ['r1', 'r1a', 'r1b', 'r2', 'r2a', 'r2b'],
    );
    const r1Rows = ['r1', 'r1a', 'r1b'].map((id) => node(layout, id).row);
    const r2Rows = ['r2', 'r2a', 'r2b'].map((id) => node(layout, id).row);
    assert.ok(Math.max(...r1Rows) < Math.min(...r2Rows));
    assert.equal(layout.rowCount, 4);
    assertSubtreesContiguous(layout);
  });

  test('rows: leaves take consecutive rows and a parent shares its first child\'s row', () => {
    const layout = layoutModels([
      m('r'),
      m('a', 'r', 'Prune'),
      m('a1', 'a', 'Quantize'),
      m('a2', 'a', 'Quantize'),
      m('b', 'r', 'Prune'),
      m('b1', 'b', 'Finetune'),
      m('c', 'r', 'Quantize'),
    ]);
    const rows = Object.fromEntries(layout.nodes.map((n) => [n.id, n.row]));
    assert.deepEqual(rows, { r: 0, a: 0, a1: 0, a2: 1, b: 2, b1: 2, c: 3 });
    assert.equal(layout.rowCount, 4);
    assertSubtreesContiguous(layout);
    assertEdgesRightward(layout);
  });

  test('a bigger tree keeps subtrees contiguous and every edge rightward', () => {
    const ops = ['Prune', 'Quantize', 'Finetune', 'Distill'];
    const models: LayoutModel[] = [m('root0'), m('root1')];
    // Deterministic pseudo-random tree, including repeated operations down a path.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 120; i++) models.push(m(`n${i}`, models[rand(models.length)].id, ops[rand(ops.length)]));
    const layout = layoutModels(models);
    assert.equal(layout.nodes.length, models.length);
    assert.equal(layout.edges.length, models.length - 2);
    assertEdgesRightward(layout);
    assertSubtreesContiguous(layout);
    assert.deepEqual(layoutModels(models), layout, 'layout is deterministic');
  });

  test('missing bases, cycles, duplicate ids and missing operations still draw every model once', () => {
    const layout = layoutModels([
      m('orphan', 'does-not-exist', 'Prune'),
      m('x', 'y', 'Prune'),
      m('y', 'x', 'Quantize'),
      m('self', 'self', 'Prune'),
      m('orphan', null),
      { id: 'noop', base: 'orphan' },
    ]);
    assert.deepEqual(
      layout.nodes.map((n) => n.id).sort(),
      ['noop', 'orphan', 'self', 'x', 'y'],
    );
    assert.equal(node(layout, 'orphan').column, 0);
    assert.equal(node(layout, 'self').column, 0);
    assert.equal(node(layout, 'x').parent, null, 'the first model of a cycle becomes a root');
    assert.equal(node(layout, 'y').parent, 'x');
    assert.equal(columnLabel(layout, 'noop'), NO_OPERATION);
    assertEdgesRightward(layout);
  });

  test('an empty spec lays out to nothing but the Base column', () => {
    const layout = layoutModels([]);
    assert.deepEqual(layout.nodes, []);
    assert.deepEqual(layout.edges, []);
    assert.equal(layout.rowCount, 0);
    assert.deepEqual(layout.columns, [{ index: 0, operation: null, label: 'Base' }]);
  });
});
