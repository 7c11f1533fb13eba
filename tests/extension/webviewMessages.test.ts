// The host acts only on well-formed webview messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../protocol/webview';

test('accepts each well-formed message', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'selectionChanged', ids: ['a', 'b'] }), { type: 'selectionChanged', ids: ['a', 'b'] });
  assert.deepEqual(parseWebviewMessage({ type: 'revealModel', id: 'a' }), { type: 'revealModel', id: 'a' });
});

test('drops extra fields instead of passing them on', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready', command: 'rm -rf' }), { type: 'ready' });
});

test('rejects malformed messages without throwing', () => {
  for (const raw of [null, undefined, 42, 'ready', [], {}, { type: 'unknown' }, { type: 'selectionChanged' },
    { type: 'selectionChanged', ids: [1, 2] }, { type: 'selectionChanged', ids: 'a' }, { type: 'revealModel', id: '' },
    { type: 'revealModel', id: { toString: 'x' } }])
    assert.equal(parseWebviewMessage(raw), undefined, JSON.stringify(raw));
});

test('explainSelection needs an integer request id and string ids', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'explainSelection', requestId: 3, ids: ['a'] }), { type: 'explainSelection', requestId: 3, ids: ['a'] });
  assert.equal(parseWebviewMessage({ type: 'explainSelection', requestId: 1.5, ids: ['a'] }), undefined);
  assert.equal(parseWebviewMessage({ type: 'explainSelection', requestId: '1', ids: ['a'] }), undefined);
  assert.equal(parseWebviewMessage({ type: 'explainSelection', requestId: 1, ids: [1] }), undefined);
});
