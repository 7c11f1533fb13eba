// The Behaviors panel compares the selection against the model closest to the root, or a lone model against its parent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { behaviorsTarget } from '../../extension/src/behaviors/defaultBase';
import type { LayoutNode } from '../../protocol/generated/contract';

const node = (id: string, depth: number, parent: string | null = null): LayoutNode => ({ id, depth, parent, column: depth, row: 0 });
const nodes = [node('cnn', 0), node('p50', 1, 'cnn'), node('p50-q8', 2, 'p50'), node('q8', 1, 'cnn'), node('mlp', 0)];

test('the base is the selected model with the smallest depth, and comes first', () => {
  assert.deepEqual(behaviorsTarget(['p50-q8', 'p50', 'q8'], nodes), { models: ['p50', 'p50-q8', 'q8'], base: 'p50' });
});

test('ties in depth go to the first selected', () => {
  assert.deepEqual(behaviorsTarget(['q8', 'p50'], nodes), { models: ['q8', 'p50'], base: 'q8' });
  assert.deepEqual(behaviorsTarget(['mlp', 'p50', 'cnn'], nodes), { models: ['mlp', 'p50', 'cnn'], base: 'mlp' });
});

test('a lone model is compared with its parent', () => {
  assert.deepEqual(behaviorsTarget(['p50-q8'], nodes), { models: ['p50', 'p50-q8'], base: 'p50' });
});

test('a lone root is compared with itself', () => {
  assert.deepEqual(behaviorsTarget(['cnn'], nodes), { models: ['cnn'], base: 'cnn' });
});

test('unknown and repeated ids are dropped; nothing known gives no target', () => {
  assert.deepEqual(behaviorsTarget(['ghost', 'q8', 'q8', 'p50-q8'], nodes), { models: ['q8', 'p50-q8'], base: 'q8' });
  assert.equal(behaviorsTarget(['ghost'], nodes), undefined);
  assert.equal(behaviorsTarget([], nodes), undefined);
});
