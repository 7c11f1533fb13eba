import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseVariables } from '../../extension/webviews/overview/details/chooseVariables';
import { parseDetailsState } from '../../extension/webviews/overview/details/detailsState';

const named = (...names: string[]) => names.map((name) => ({ name }));

describe('chooseVariables', () => {
  test('defaults to the first variable on x and the second as colour', () => {
    assert.deepEqual(chooseVariables(named('amount', 'calibrate', 'bits'), null), { x: 0, color: 1 });
    assert.deepEqual(chooseVariables(named('amount'), null), { x: 0, color: null });
    assert.deepEqual(chooseVariables([], null), { x: null, color: null });
  });

  test('with two variables or fewer a stored choice is ignored: there is nothing to refine', () => {
    assert.deepEqual(chooseVariables(named('amount', 'calibrate'), { x: 'calibrate', color: null }), { x: 0, color: 1 });
  });

  test("keeps the user's choice by name when the variables still exist", () => {
    assert.deepEqual(chooseVariables(named('amount', 'calibrate', 'bits'), { x: 'bits', color: 'amount' }), { x: 2, color: 0 });
    assert.deepEqual(chooseVariables(named('calibrate', 'bits', 'amount'), { x: 'bits', color: 'amount' }), { x: 1, color: 2 });
  });

  test('keeps "no colour" when the user chose it', () => {
    assert.deepEqual(chooseVariables(named('amount', 'calibrate', 'bits'), { x: 'bits', color: null }), { x: 2, color: null });
  });

  test('a chosen variable that is gone falls back, and colour never repeats x', () => {
    assert.deepEqual(chooseVariables(named('amount', 'calibrate', 'bits'), { x: 'gone', color: 'bits' }), { x: 0, color: 2 });
    assert.deepEqual(chooseVariables(named('amount', 'calibrate', 'bits'), { x: 'bits', color: 'gone' }), { x: 2, color: 0 });
    assert.deepEqual(chooseVariables(named('amount', 'calibrate', 'bits'), { x: 'gone', color: 'amount' }), { x: 0, color: 1 });
  });
});

describe('parseDetailsState', () => {
  test('accepts what the view stores', () => {
    const state = { variables: { x: 'bits', color: null }, sort: { column: 'metric:Top-1 Accuracy', descending: true } };
    assert.deepEqual(parseDetailsState(state), state);
  });

  test('drops malformed parts and anything that is not an object', () => {
    assert.deepEqual(parseDetailsState({ variables: { x: 3, color: 'a' }, sort: { column: 'model' } }), { variables: null, sort: null });
    assert.deepEqual(parseDetailsState('junk'), { variables: null, sort: null });
    assert.deepEqual(parseDetailsState(undefined), { variables: null, sort: null });
  });
});
