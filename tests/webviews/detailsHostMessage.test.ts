// The explanation the host answers with is checked before it is drawn: what the panel cannot read becomes an
// error with what to do, never a half-drawn chart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkExplanation } from '../../extension/webviews/overview/hostMessage';

const explanation = {
  modelIds: ['a', 'b', 'c'],
  unknownIds: ['gone'],
  variables: [{ name: 'Prune · amount', kind: 'parameter', levels: ['0.3', '0.5'], values: [0, 1, 1], numeric: true, parts: [] }],
};

describe('checkExplanation', () => {
  test('keeps a well-formed explanation', () => {
    assert.deepEqual(checkExplanation(explanation), explanation);
  });

  test('fills optional fields the backend may omit', () => {
    const checked = checkExplanation({ modelIds: ['a', 'b'], variables: [{ name: 'Calibrate', kind: 'presence', levels: ['false', 'true'], values: [0, 1] }] });
    assert.deepEqual(checked,
      { modelIds: ['a', 'b'], unknownIds: [], variables: [{ name: 'Calibrate', kind: 'presence', levels: ['false', 'true'], values: [0, 1], numeric: false, parts: [] }] });
  });

  test('turns an explanation whose values do not index its levels into an error the panel can show', () => {
    for (const values of [[0, 2, 1], [0, 1], [0, -1, 1], [0, 0.5, 1]]) {
      const bad = { ...explanation, variables: [{ ...explanation.variables[0], values }] };
      assert.throws(() => checkExplanation(bad), /cannot read.*Restart Backend/, `values ${values}`);
    }
    for (const bad of [null, undefined, 'x', { modelIds: 'a' }]) assert.throws(() => checkExplanation(bad), /cannot read/);
  });
});
