// Behaviors webview ⇄ host params: the host acts only on well-formed requests, the webview only on well-formed answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  UNREADABLE_ANSWER, checkInstanceData, checkInstancesPage, parseBehaviorsNotification, parseCompareBase, parseInstanceParams, parseInstancesParams,
} from '../../protocol/behaviorsWebview';

test('compare and instance params are accepted and trimmed to their fields', () => {
  assert.equal(parseCompareBase({ base: 'cnn', x: 1 }), 'cnn');
  assert.deepEqual(parseInstanceParams({ instance: 17, path: '/etc/passwd' }), { instance: 17 });
});

test('an instances request keeps a valid sort and filter', () => {
  const raw = {
    base: 'cnn', offset: 200, limit: 200,
    sort: { field: 'confidenceChange', modelId: 'q8', descending: true },
    filter: { change: 'broken', modelId: 'q8', classIndex: 3, search: 'shirt', instances: [7, 42] },
  };
  assert.deepEqual(parseInstancesParams(raw), raw);
  assert.deepEqual(parseInstancesParams({ base: 'b', offset: 0, limit: 10, sort: { field: 'flips' }, filter: { search: '' } }),
    { base: 'b', offset: 0, limit: 10, sort: { field: 'flips', descending: false }, filter: {} });
});

test('malformed requests are rejected without throwing', () => {
  const ok = { base: 'b', offset: 0, limit: 10 };
  for (const raw of [null, 'ready', [], {}, { base: '' }])
    assert.equal(parseCompareBase(raw), undefined, JSON.stringify(raw));
  for (const raw of [null, {}, { instance: -1 }, { instance: 0.5 }, { instance: '3' }])
    assert.equal(parseInstanceParams(raw), undefined, JSON.stringify(raw));
  for (const raw of [null, 'ready', [], {}, { ...ok, base: '' }, { ...ok, limit: 0 }, { ...ok, limit: 1001 }, { ...ok, offset: -3 },
    { ...ok, sort: { field: 'drop table' } }, { ...ok, sort: { field: 'kl' } }, { ...ok, filter: { change: 'broken' } },
    { ...ok, filter: { change: 'sideways', modelId: 'q8' } }, { ...ok, filter: { classIndex: 'x' } }, { ...ok, filter: 'all' },
    { ...ok, filter: { instances: 7 } }, { ...ok, filter: { instances: [1, -2] } }, { ...ok, filter: { instances: [0.5] } },
    { ...ok, filter: { instances: Array.from({ length: 1001 }, (_, i) => i) } }])
    assert.equal(parseInstancesParams(raw), undefined, JSON.stringify(raw));
});

test('the webview accepts setup and comparisons, and turns unreadable answers into errors', () => {
  assert.deepEqual(parseBehaviorsNotification({ type: 'setup', specName: 'models.json', defaultBase: 'a', models: [{ id: 'a', label: 'A' }, { id: 3 }] }),
    { type: 'setup', specName: 'models.json', defaultBase: 'a', models: [{ id: 'a', label: 'A' }] });
  assert.equal(parseBehaviorsNotification({ type: 'setup', specName: 'm', defaultBase: 'a', models: [] }), undefined);
  assert.equal(parseBehaviorsNotification({ type: 'comparison', comparison: { base: 'a', models: ['a'] } }), undefined);
  assert.equal(parseBehaviorsNotification({ type: 'instances', page: { total: 1, rows: [] } }), undefined, 'answers come as results, not notifications');
  assert.throws(() => checkInstancesPage({ total: 'many' }), { message: UNREADABLE_ANSWER });
  assert.throws(() => checkInstanceData({ instance: 5 }), { message: UNREADABLE_ANSWER });
  assert.match(UNREADABLE_ANSWER, /Update the extension, or run "Compress & Compare: Restart Backend"/);
  const page = { total: 1, rows: [] };
  assert.equal(checkInstancesPage(page), page);
  const data = { instance: 1, label: 0, kind: 'text', text: 'hi', attributes: {} };
  assert.equal(checkInstanceData(data), data);
});
