// The Compress… form's parsing: sweeps of numbers within declared ranges, errors that name the parameter, and the
// combinations that become `models/compress` parameter sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParameterDefinition } from '../../protocol/generated/contract';
import { describeDeclaration, parameterSets, parseNumbers, parseTyped } from '../../extension/src/compress/sweepValues';

const amount: ParameterDefinition = { name: 'amount', type: 'continuous', min: 0, max: 1 };

test('comma-separated amounts become a sweep, each within the declared range', () => {
  assert.deepEqual(parseNumbers(amount, '0.5, 0.8'), { values: [0.5, 0.8] });
  assert.deepEqual(parseNumbers(amount, ' '), { values: [] });
});

test('a value outside the range, a non-number and a repeat are refused by name', () => {
  const outside = parseNumbers(amount, '0.5, 1.5');
  assert.ok('error' in outside && outside.error.includes('amount 1.5') && outside.error.includes('from 0 to 1'));
  const word = parseNumbers(amount, 'half');
  assert.ok('error' in word && word.error.includes('"half" is not a number'));
  const twice = parseNumbers(amount, '0.5,0.5');
  assert.ok('error' in twice && twice.error.includes('twice'));
  const hex = parseNumbers(amount, '0x1');
  assert.ok('error' in hex);
});

test('declarations read as the form shows them', () => {
  assert.equal(describeDeclaration(amount), 'from 0 to 1');
  assert.equal(describeDeclaration({ name: 'epochs', type: 'continuous', min: 1 }), 'at least 1');
  assert.equal(describeDeclaration({ name: 'scope', type: 'ordinal', options: ['global', 'per-layer'] }), 'one of global, per-layer');
});

test('a nominal parameter keeps its commas: they separate patterns, not models', () => {
  assert.deepEqual(parseTyped({ name: 'exclude', type: 'nominal' }, 'features.0.*, classifier.*'), { values: ['features.0.*, classifier.*'] });
});

test('parameter sets are every combination, defaults left out', () => {
  const sets = parameterSets(new Map<string, (number | string)[]>([['amount', [0.5, 0.8]], ['scope', ['global', 'per-layer']], ['exclude', []]]));
  assert.deepEqual(sets, [
    { amount: 0.5, scope: 'global' }, { amount: 0.5, scope: 'per-layer' },
    { amount: 0.8, scope: 'global' }, { amount: 0.8, scope: 'per-layer' },
  ]);
  assert.deepEqual(parameterSets(new Map()), [{}]);
});
