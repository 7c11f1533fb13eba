// The diagnosis list's order: by recovery or sensitivity, highest first, with unmeasured values last; or by module name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortDiagnoses } from '../../extension/webviews/layers/diagnoseView';

const modules = [
  { module: 'b', params: 1, recovery: 0.2, restoredMetric: 0.6, sensitivity: 0.9, compressedAloneMetric: 0.1 },
  { module: 'a', params: 1, recovery: null, restoredMetric: 0.5, sensitivity: null, compressedAloneMetric: null },
  { module: 'c', params: 1, recovery: 1, restoredMetric: 1, sensitivity: 0, compressedAloneMetric: 1 },
];

test('modules sort by recovery or sensitivity, highest first and unknowns last, or by name', () => {
  assert.deepEqual(sortDiagnoses(modules, 'recovery').map((m) => m.module), ['c', 'b', 'a']);
  assert.deepEqual(sortDiagnoses(modules, 'sensitivity').map((m) => m.module), ['b', 'c', 'a']);
  assert.deepEqual(sortDiagnoses(modules, 'module').map((m) => m.module), ['a', 'b', 'c']);
});
