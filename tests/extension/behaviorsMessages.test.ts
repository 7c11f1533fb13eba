// Behaviors webview ⇄ host messages: the host acts only on well-formed requests, the webview only on well-formed answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBehaviorsHostMessage, parseBehaviorsMessage } from '../../protocol/behaviorsWebview';
import { parseWebviewMessage } from '../../protocol/webview';

test('the overview asks for Behaviors on one or more models', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'compareBehaviors', ids: ['a', 'b'] }), { type: 'compareBehaviors', ids: ['a', 'b'] });
  assert.equal(parseWebviewMessage({ type: 'compareBehaviors', ids: [] }), undefined);
  assert.equal(parseWebviewMessage({ type: 'compareBehaviors', ids: [3] }), undefined);
});

test('ready, compare and instance requests are accepted and trimmed to their fields', () => {
  assert.deepEqual(parseBehaviorsMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
  assert.deepEqual(parseBehaviorsMessage({ type: 'compare', base: 'cnn', x: 1 }), { type: 'compare', base: 'cnn' });
  assert.deepEqual(parseBehaviorsMessage({ type: 'instance', requestId: 4, instance: 17 }), { type: 'instance', requestId: 4, instance: 17 });
});

test('an instances request keeps a valid sort and filter', () => {
  const raw = {
    type: 'instances', requestId: 2, base: 'cnn', offset: 200, limit: 200,
    sort: { field: 'confidenceChange', modelId: 'q8', descending: true },
    filter: { change: 'broken', modelId: 'q8', classIndex: 3, search: 'shirt', instances: [7, 42] },
  };
  assert.deepEqual(parseBehaviorsMessage(raw), raw);
  assert.deepEqual(parseBehaviorsMessage({ type: 'instances', requestId: 1, base: 'b', offset: 0, limit: 10, sort: { field: 'flips' }, filter: { search: '' } }),
    { type: 'instances', requestId: 1, base: 'b', offset: 0, limit: 10, sort: { field: 'flips', descending: false }, filter: {} });
});

test('malformed requests are rejected without throwing', () => {
  const ok = { type: 'instances', requestId: 1, base: 'b', offset: 0, limit: 10 };
  for (const raw of [null, 'ready', [], {}, { type: 'compare' }, { type: 'compare', base: '' }, { type: 'instance', requestId: -1, instance: 0 },
    { type: 'instance', requestId: 1, instance: 0.5 }, { ...ok, limit: 0 }, { ...ok, limit: 1001 }, { ...ok, offset: -3 },
    { ...ok, sort: { field: 'drop table' } }, { ...ok, sort: { field: 'kl' } }, { ...ok, filter: { change: 'broken' } },
    { ...ok, filter: { change: 'sideways', modelId: 'q8' } }, { ...ok, filter: { classIndex: 'x' } }, { ...ok, filter: 'all' },
    { ...ok, filter: { instances: 7 } }, { ...ok, filter: { instances: [1, -2] } }, { ...ok, filter: { instances: [0.5] } },
    { ...ok, filter: { instances: Array.from({ length: 1001 }, (_, i) => i) } }])
    assert.equal(parseBehaviorsMessage(raw), undefined, JSON.stringify(raw));
});

test('the webview accepts setup and comparisons, and turns unreadable answers into errors', () => {
  assert.deepEqual(parseBehaviorsHostMessage({ type: 'setup', specName: 'models.json', defaultBase: 'a', models: [{ id: 'a', label: 'A' }, { id: 3 }] }),
    { type: 'setup', specName: 'models.json', defaultBase: 'a', models: [{ id: 'a', label: 'A' }] });
  assert.equal(parseBehaviorsHostMessage({ type: 'setup', specName: 'm', defaultBase: 'a', models: [] }), undefined);
  assert.equal(parseBehaviorsHostMessage({ type: 'comparison', comparison: { base: 'a', models: ['a'] } }), undefined);
  assert.deepEqual(parseBehaviorsHostMessage({ type: 'instances', requestId: 5, page: { total: 'many' } }),
    { type: 'instances', requestId: 5, error: 'The backend sent an answer this panel cannot read. Update the extension, or run "Compress & Compare: Restart Backend".' });
  assert.deepEqual(parseBehaviorsHostMessage({ type: 'instance', requestId: 5, error: 'No dataset.' }), { type: 'instance', requestId: 5, error: 'No dataset.' });
  const page = { total: 1, rows: [] };
  assert.deepEqual(parseBehaviorsHostMessage({ type: 'instances', requestId: 6, page }), { type: 'instances', requestId: 6, page });
});
