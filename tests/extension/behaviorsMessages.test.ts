// Behaviors webview ⇄ host params: the host acts only on well-formed requests, the webview only on well-formed
// envelopes of the host's notifications (backend results were validated by the host at the backend connection).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  parseBehaviorsNotification, parseCompareBase, parseInstanceParams, parseInstancesParams,
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

test('the webview keeps well-formed setup, comparing and compareFailed envelopes, and passes a comparison on as the host sent it', () => {
  assert.deepEqual(parseBehaviorsNotification({ type: 'setup', specName: 'models.json', defaultBase: 'a', models: [{ id: 'a', label: 'A' }, { id: 3 }] }),
    { type: 'setup', specName: 'models.json', defaultBase: 'a', models: [{ id: 'a', label: 'A' }] });
  assert.equal(parseBehaviorsNotification({ type: 'setup', specName: 'm', defaultBase: 'a', models: [] }), undefined);
  assert.deepEqual(parseBehaviorsNotification({ type: 'comparing', base: 'a' }), { type: 'comparing', base: 'a' });
  assert.equal(parseBehaviorsNotification({ type: 'comparing', base: '' }), undefined);
  assert.deepEqual(parseBehaviorsNotification({ type: 'compareFailed', base: 'a', message: 'Fix the dataset path.' }),
    { type: 'compareFailed', base: 'a', message: 'Fix the dataset path.' });
  assert.equal(parseBehaviorsNotification({ type: 'compareFailed', base: 'a' }), undefined);
  const comparison = { base: 'a', models: ['a'] };
  const parsed = parseBehaviorsNotification({ type: 'comparison', comparison });
  assert.equal(parsed?.type === 'comparison' && parsed.comparison, comparison, 'validated by the host, not checked again');
  assert.equal(parseBehaviorsNotification({ type: 'instances', page: { total: 1, rows: [] } }), undefined, 'answers come as results, not notifications');
  assert.equal(parseBehaviorsNotification(null), undefined);
});
