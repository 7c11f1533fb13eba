// The explanation the host answers with was validated against the contract at the backend connection; what the
// webview still checks before drawing is what no schema can say: every variable's values index its levels for
// every model. One that does not becomes an error with what to do, never a half-drawn chart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SelectionExplanation } from '../../protocol/generated/contract';
import { checkExplanation } from '../../extension/webviews/overview/hostMessage';

const explanation: SelectionExplanation = {
  modelIds: ['a', 'b', 'c'],
  unknownIds: ['gone'], chart: 'grouped',
  variables: [{ name: 'Prune · amount', kind: 'parameter', levels: ['0.3', '0.5'], values: [0, 1, 1], numeric: true, parts: [] }],
};

describe('checkExplanation', () => {
  test('keeps an explanation whose values index its levels', () => {
    assert.equal(checkExplanation(explanation), explanation);
    assert.equal(checkExplanation({ ...explanation, variables: [] }).variables.length, 0);
  });

  test('turns an explanation whose values do not index its levels for every model into an error the panel can show', () => {
    for (const values of [[0, 2, 1], [0, 1], [0, 1, 1, 0], [0, -1, 1], [0, 0.5, 1]]) {
      const bad = { ...explanation, variables: [explanation.variables[0], { ...explanation.variables[0], values }] };
      assert.throws(() => checkExplanation(bad), /cannot read.*Restart Backend/, `values ${values}`);
    }
  });
});
