import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SelectionExplanation } from '../../protocol/generated/contract';
import { ExplainClient, type ExplainOutcome, type ExplainRequest, type Timers } from '../../extension/webviews/map/details/explainClient';

/** Timers driven by hand: advance(ms) fires what is due, in order. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = until;
  };
  return { timers, advance, pendingCount: () => pending.size };
}

function setup(options: { debounceMs?: number; timeoutMs?: number } = {}) {
  const clock = fakeTimers();
  const posted: ExplainRequest[] = [];
  const outcomes: ExplainOutcome[] = [];
  const client = new ExplainClient({ post: (r) => posted.push(r), onOutcome: (o) => outcomes.push(o), timers: clock.timers, debounceMs: 150, timeoutMs: 1000, ...options });
  return { client, posted, outcomes, ...clock };
}

const explanation = (ids: string[]): SelectionExplanation => ({ modelIds: ids, unknownIds: [], variables: [] });

describe('ExplainClient', () => {
  test('posts nothing until the debounce delay has passed', () => {
    const { client, posted, advance } = setup();
    client.request(['a', 'b']);
    advance(149);
    assert.equal(posted.length, 0);
    advance(1);
    assert.deepEqual(posted, [{ type: 'explainSelection', requestId: 1, ids: ['a', 'b'] }]);
  });

  test('a burst of requests while brushing posts only the last selection', () => {
    const { client, posted, advance } = setup();
    client.request(['a', 'b']);
    advance(100);
    client.request(['a', 'b', 'c']);
    advance(100);
    client.request(['a', 'c']);
    advance(150);
    assert.deepEqual(posted.map((p) => p.ids), [['a', 'c']]);
  });

  test('applies the answer to the latest request with the ids it asked about', () => {
    const { client, posted, outcomes, advance } = setup();
    client.request(['a', 'b']);
    advance(150);
    assert.equal(client.receive({ requestId: posted[0].requestId, explanation: explanation(['a', 'b']) }), true);
    assert.deepEqual(outcomes, [{ kind: 'explained', ids: ['a', 'b'], explanation: explanation(['a', 'b']) }]);
  });

  test('ignores a late answer to an older request once a newer one was made', () => {
    const { client, posted, outcomes, advance } = setup();
    client.request(['a', 'b']);
    advance(150);
    client.request(['c', 'd']);
    advance(150);
    assert.deepEqual(posted.map((p) => p.requestId), [1, 2]);
    assert.equal(client.receive({ requestId: 1, explanation: explanation(['a', 'b']) }), false);
    assert.equal(outcomes.length, 0);
    assert.equal(client.receive({ requestId: 2, explanation: explanation(['c', 'd']) }), true);
    assert.deepEqual(outcomes.map((o) => o.ids), [['c', 'd']]);
  });

  test('an answer arriving while a newer request is still being debounced is stale', () => {
    const { client, outcomes, advance } = setup();
    client.request(['a', 'b']);
    advance(150);
    client.request(['c', 'd']);
    assert.equal(client.receive({ requestId: 1, explanation: explanation(['a', 'b']) }), false);
    assert.equal(outcomes.length, 0);
  });

  test('request ids increase monotonically and an answer is applied only once', () => {
    const { client, posted, outcomes, advance } = setup();
    for (const ids of [['a', 'b'], ['b', 'c'], ['c', 'd']]) {
      client.request(ids);
      advance(150);
    }
    assert.deepEqual(posted.map((p) => p.requestId), [1, 2, 3]);
    assert.equal(client.receive({ requestId: 3, error: 'boom' }), true);
    assert.equal(client.receive({ requestId: 3, error: 'boom' }), false);
    assert.equal(outcomes.length, 1);
  });

  test('a backend error becomes a failed outcome carrying its message', () => {
    const { client, outcomes, advance } = setup();
    client.request(['a', 'b']);
    advance(150);
    client.receive({ requestId: 1, error: 'Model "x" is not in the spec.' });
    assert.deepEqual(outcomes, [{ kind: 'failed', ids: ['a', 'b'], message: 'Model "x" is not in the spec.' }]);
  });

  test('an answer with neither explanation nor error still fails with what to do', () => {
    const { client, outcomes, advance } = setup();
    client.request(['a', 'b']);
    advance(150);
    client.receive({ requestId: 1 });
    assert.equal(outcomes[0].kind, 'failed');
    assert.match((outcomes[0] as { message: string }).message, /Restart Backend/);
  });

  test('no answer within the timeout fails with a message naming the fix', () => {
    const { client, outcomes, advance } = setup({ timeoutMs: 1000 });
    client.request(['a', 'b']);
    advance(150 + 999);
    assert.equal(outcomes.length, 0);
    advance(1);
    assert.equal(outcomes.length, 1);
    assert.equal(outcomes[0].kind, 'failed');
    assert.match((outcomes[0] as { message: string }).message, /within 1 s.*Restart Backend/);
    // The answer that finally arrives is too late to apply.
    assert.equal(client.receive({ requestId: 1, explanation: explanation(['a', 'b']) }), false);
  });

  test('answering in time clears the timeout', () => {
    const { client, outcomes, advance, pendingCount } = setup();
    client.request(['a', 'b']);
    advance(150);
    client.receive({ requestId: 1, explanation: explanation(['a', 'b']) });
    assert.equal(pendingCount(), 0);
    advance(5000);
    assert.equal(outcomes.length, 1);
  });

  test('cancel drops both the scheduled and the in-flight request', () => {
    const { client, posted, outcomes, advance, pendingCount } = setup();
    client.request(['a', 'b']);
    advance(150);
    client.request(['c', 'd']);
    client.cancel();
    advance(5000);
    assert.equal(posted.length, 1);
    assert.equal(pendingCount(), 0);
    assert.equal(client.receive({ requestId: 1, explanation: explanation(['a', 'b']) }), false);
    assert.equal(outcomes.length, 0);
  });
});
