// Selection Details' explain client: debounced, only the latest answer applied, and a superseded request cancelled
// through its token (which the channel forwards to the host and the host to the backend).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CancellationToken } from 'vscode-jsonrpc';
import type { SelectionExplanation } from '../../protocol/generated/contract';
import { ExplainClient, type ExplainOutcome, type Timers } from '../../extension/webviews/overview/details/explainClient';

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

interface Sent {
  ids: string[];
  token: CancellationToken;
  answer(result: SelectionExplanation): Promise<void>;
  fail(error: unknown): Promise<void>;
}

const settled = () => new Promise<void>((r) => setImmediate(r));

function setup() {
  const clock = fakeTimers();
  const sent: Sent[] = [];
  const outcomes: ExplainOutcome[] = [];
  const client = new ExplainClient({
    send: (ids, token) => new Promise((resolve, reject) => {
      sent.push({ ids, token, answer: (r) => (resolve(r), settled()), fail: (e) => (reject(e), settled()) });
    }),
    onOutcome: (o) => outcomes.push(o),
    timers: clock.timers,
    debounceMs: 150,
  });
  return { client, sent, outcomes, ...clock };
}

const explanation = (ids: string[]): SelectionExplanation => ({ modelIds: ids, unknownIds: [], chart: 'grouped', variables: [] });

/** Lets the client's send (queued behind a promise) run. */
async function advanceAndSend(advance: (ms: number) => void, ms: number) {
  advance(ms);
  await settled();
}

describe('ExplainClient', () => {
  test('sends nothing until the debounce delay has passed', async () => {
    const { client, sent, advance } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 149);
    assert.equal(sent.length, 0);
    await advanceAndSend(advance, 1);
    assert.deepEqual(sent.map((s) => s.ids), [['a', 'b']]);
  });

  test('a burst of requests while brushing sends only the last selection', async () => {
    const { client, sent, advance } = setup();
    client.request(['a', 'b']);
    advance(100);
    client.request(['a', 'b', 'c']);
    advance(100);
    client.request(['a', 'c']);
    await advanceAndSend(advance, 150);
    assert.deepEqual(sent.map((s) => s.ids), [['a', 'c']]);
  });

  test('applies the answer to the latest request with the ids it asked about', async () => {
    const { client, sent, outcomes, advance } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 150);
    await sent[0].answer(explanation(['a', 'b']));
    assert.deepEqual(outcomes, [{ kind: 'explained', ids: ['a', 'b'], explanation: explanation(['a', 'b']) }]);
  });

  test('a newer selection cancels the request in flight and its late answer is ignored', async () => {
    const { client, sent, outcomes, advance } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 150);
    client.request(['c', 'd']);
    assert.equal(sent[0].token.isCancellationRequested, true, 'superseded at once, not when the debounce ends');
    await advanceAndSend(advance, 150);
    assert.equal(sent[1].token.isCancellationRequested, false);
    await sent[0].answer(explanation(['a', 'b']));
    assert.equal(outcomes.length, 0);
    await sent[1].answer(explanation(['c', 'd']));
    assert.deepEqual(outcomes.map((o) => o.ids), [['c', 'd']]);
  });

  test('the cancelled request failing (as the host answers a cancel) shows no error', async () => {
    const { client, sent, outcomes, advance } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 150);
    client.request(['c', 'd']);
    await sent[0].fail(new Error('The request was cancelled.'));
    assert.equal(outcomes.length, 0);
  });

  test('a backend error becomes a failed outcome carrying its message', async () => {
    const { client, sent, outcomes, advance } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 150);
    await sent[0].fail(new Error('Model "x" is not in the spec.'));
    assert.deepEqual(outcomes, [{ kind: 'failed', ids: ['a', 'b'], message: 'Model "x" is not in the spec.' }]);
  });

  test('an error without a message still fails with what to do', async () => {
    const { client, sent, outcomes, advance } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 150);
    await sent[0].fail(new Error(''));
    assert.equal(outcomes[0].kind, 'failed');
    assert.match((outcomes[0] as { message: string }).message, /Restart Backend/);
  });

  test('an explanation whose values do not index its levels fails with what to do instead of drawing it', async () => {
    const { client, sent, outcomes, advance } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 150);
    await sent[0].answer({ modelIds: ['a', 'b'], unknownIds: [], chart: 'grouped', variables: [{ name: 'x', kind: 'parameter', levels: ['1'], values: [0, 3], numeric: true, parts: [] }] });
    assert.equal(outcomes[0].kind, 'failed');
    assert.match((outcomes[0] as { message: string }).message, /cannot read.*Restart Backend/);
  });

  test('cancel drops the scheduled request and cancels the one in flight', async () => {
    const { client, sent, outcomes, advance, pendingCount } = setup();
    client.request(['a', 'b']);
    await advanceAndSend(advance, 150);
    client.request(['c', 'd']);
    client.cancel();
    await advanceAndSend(advance, 5000);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].token.isCancellationRequested, true);
    assert.equal(pendingCount(), 0);
    await sent[0].answer(explanation(['a', 'b']));
    assert.equal(outcomes.length, 0);
  });
});
