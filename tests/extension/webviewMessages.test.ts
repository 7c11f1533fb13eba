// The Model Map's host handlers act only on well-formed params: a webview is untrusted input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIds, parseModelIds, parseRevealId } from '../../protocol/overviewWebview';

test('accepts well-formed params and keeps only their fields', () => {
  assert.deepEqual(parseIds({ ids: ['a', 'b'], command: 'rm -rf' }), ['a', 'b']);
  assert.deepEqual(parseIds({ ids: [] }), [], 'an empty selection is a selection');
  assert.equal(parseRevealId({ id: 'a', extra: 1 }), 'a');
});

test('rejects malformed params without throwing', () => {
  for (const raw of [null, undefined, 42, 'ready', [], {}, { ids: [1, 2] }, { ids: 'a' }, { ids: Array.from({ length: 100_001 }, () => 'a') }])
    assert.equal(parseIds(raw), undefined, JSON.stringify(raw)?.slice(0, 40));
  for (const raw of [null, {}, { id: '' }, { id: { toString: 'x' } }, { id: 3 }])
    assert.equal(parseRevealId(raw), undefined, JSON.stringify(raw));
});

test('opening another panel needs at least one model', () => {
  assert.deepEqual(parseModelIds({ ids: ['a', 'b'] }), ['a', 'b']);
  assert.equal(parseModelIds({ ids: [] }), undefined);
  assert.equal(parseModelIds({ ids: [3] }), undefined);
});

test('a hover names one model or none, and anything else is ignored', async () => {
  const { parseHoverId } = await import('../../protocol/overviewWebview');
  assert.equal(parseHoverId({ id: 'm1' }), 'm1');
  assert.equal(parseHoverId({ id: null }), null, 'null clears the mark');
  for (const raw of [null, {}, { id: '' }, { id: 3 }, { id: ['a'] }, 'm1']) assert.equal(parseHoverId(raw), undefined, JSON.stringify(raw));
});
