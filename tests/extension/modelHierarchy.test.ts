// Sidebar nesting by provenance, including models the backend turned into roots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ModelSummary, SpecSummary } from '../../protocol/generated/contract';
import { buildModelHierarchy, describeOperation } from '../../extension/src/tree/modelHierarchy';

function model(id: string, base: string | null, operation?: string, parameters: Record<string, string | number> = {}): ModelSummary {
  return { id, base, operation: operation ? { name: operation, parameters } : null, tag: null, metrics: {}, line: 1, column: 1 };
}

function spec(models: ModelSummary[], roots: string[]): SpecSummary {
  // The sidebar nests by base, not by the map's layout, which these tests leave empty.
  return { path: '/w/models.json', models, metrics: [], operations: [], roots, diagnostics: [], layout: { nodes: [], columns: [], rowCount: 0, stepCount: 0 } };
}

test('nests children under their base, in file order, even when listed before the base', () => {
  const h = buildModelHierarchy(spec([model('c2', 'b', 'Prune'), model('b', null), model('c1', 'b', 'Quantize'), model('g', 'c1', 'Prune')], ['b']));
  assert.deepEqual(h.roots.map((m) => m.id), ['b']);
  assert.deepEqual(h.childrenOf('b').map((m) => m.id), ['c2', 'c1']);
  assert.deepEqual(h.childrenOf('c1').map((m) => m.id), ['g']);
  assert.equal(h.parentOf('g')?.id, 'c1');
  assert.equal(h.parentOf('b'), undefined);
});

test('models the backend lists as roots (unknown base, broken cycle) are shown at top level', () => {
  const h = buildModelHierarchy(spec([model('a', null), model('x', 'missing', 'Prune'), model('y', 'z', 'Prune'), model('z', 'y', 'Prune')], ['a', 'x', 'y', 'z']));
  assert.deepEqual(h.roots.map((m) => m.id), ['a', 'x', 'y', 'z']);
  assert.deepEqual(h.childrenOf('y'), []);
  assert.equal(h.parentOf('z'), undefined);
});

test('describes operations with their parameters', () => {
  assert.equal(describeOperation(model('a', null)), 'Base model');
  assert.equal(describeOperation(model('b', 'a', 'Prune', { amount: 0.7, method: 'Magnitude' })), 'Prune · amount = 0.7, method = Magnitude');
  assert.equal(describeOperation(model('c', 'a', 'Calibrate')), 'Calibrate');
});
