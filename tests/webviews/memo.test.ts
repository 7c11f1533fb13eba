import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memo, once } from '../../extension/webviews/shared/memo';

test('memo calls the function once per distinct argument, remembering null results too', () => {
  const calls: number[] = [];
  const f = memo((v: number) => (calls.push(v), v > 1 ? v * 2 : null));
  assert.deepEqual([f(1), f(2), f(1), f(2), f(3)], [null, 4, null, 4, 6]);
  assert.deepEqual(calls, [1, 2, 3]);
});

test('once makes its value at the first call only, and not before', () => {
  let made = 0;
  const get = once(() => ++made);
  assert.equal(made, 0);
  assert.deepEqual([get(), get()], [1, 1]);
  assert.equal(made, 1);
});

test('memo remembers an undefined result as a result, not as nothing remembered', () => {
  let calls = 0;
  const f = memo((v: number) => (calls++, v > 0 ? undefined : v));
  assert.deepEqual([f(1), f(1), f(0), f(0)], [undefined, undefined, 0, 0]);
  assert.equal(calls, 2);
});
