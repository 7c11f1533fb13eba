import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHostMessage } from '../../extension/webviews/map/hostMessage';

const explanation = {
  modelIds: ['a', 'b', 'c'],
  unknownIds: ['gone'],
  variables: [{ name: 'Prune · amount', kind: 'parameter', levels: ['0.3', '0.5'], values: [0, 1, 1], numeric: true, parts: [] }],
};

describe('parseHostMessage: selectionExplained', () => {
  test('keeps a well-formed explanation', () => {
    assert.deepEqual(parseHostMessage({ type: 'selectionExplained', requestId: 4, explanation }), { type: 'selectionExplained', requestId: 4, explanation });
  });

  test('keeps an error answer', () => {
    assert.deepEqual(parseHostMessage({ type: 'selectionExplained', requestId: 5, error: 'Spec changed.' }), {
      type: 'selectionExplained',
      requestId: 5,
      error: 'Spec changed.',
    });
  });

  test('fills optional fields the backend may omit', () => {
    const parsed = parseHostMessage({
      type: 'selectionExplained',
      requestId: 1,
      explanation: { modelIds: ['a', 'b'], variables: [{ name: 'Calibrate', kind: 'presence', levels: ['false', 'true'], values: [0, 1] }] },
    });
    assert.deepEqual(parsed, {
      type: 'selectionExplained',
      requestId: 1,
      explanation: { modelIds: ['a', 'b'], unknownIds: [], variables: [{ name: 'Calibrate', kind: 'presence', levels: ['false', 'true'], values: [0, 1], numeric: false, parts: [] }] },
    });
  });

  test('turns an explanation whose values do not index its levels into an error the panel can show', () => {
    for (const values of [[0, 2, 1], [0, 1], [0, -1, 1], [0, 0.5, 1]]) {
      const bad = { ...explanation, variables: [{ ...explanation.variables[0], values }] };
      const parsed = parseHostMessage({ type: 'selectionExplained', requestId: 2, explanation: bad });
      assert.equal(parsed?.type, 'selectionExplained');
      assert.ok(parsed?.type === 'selectionExplained' && parsed.explanation === undefined && /cannot read/.test(parsed.error ?? ''), `values ${values}`);
    }
  });

  test('rejects a message without an integer requestId, since it cannot be matched to a request', () => {
    assert.equal(parseHostMessage({ type: 'selectionExplained', explanation }), undefined);
    assert.equal(parseHostMessage({ type: 'selectionExplained', requestId: '3', explanation }), undefined);
    assert.equal(parseHostMessage({ type: 'selectionExplained', requestId: 1.5, error: 'x' }), undefined);
  });
});
