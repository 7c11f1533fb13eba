// requestOnSnapshot: a request on a view's snapshot is retried once, on the snapshot the re-read spec shows, only
// when the backend answers SnapshotGone; any other failure, or a re-read that shows nothing new, is the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackendRequestError } from '../../extension/src/backend/backendConnection';
import { requestOnSnapshot } from '../../extension/src/specs/snapshotRequest';
import { RpcErrorCodes } from '../../protocol/generated/contract';

const gone = () => new BackendRequestError('The spec changed on disk', RpcErrorCodes.SnapshotGone, 'The panel refreshes');

/** A backend that fails the snapshots in `lost` with SnapshotGone and records every snapshot it was sent. */
function backend(lost: Set<string | undefined>) {
  const sent: (string | undefined)[] = [];
  const send = async (snapshot: string | undefined) => {
    sent.push(snapshot);
    if (lost.has(snapshot)) throw gone();
    return `answer on ${snapshot}`;
  };
  return { sent, send };
}

test('a held snapshot is sent once and answers', async () => {
  const { sent, send } = backend(new Set());
  let rereads = 0;
  assert.equal(await requestOnSnapshot('sha256:a', async () => { rereads++; return 'sha256:b'; }, send), 'answer on sha256:a');
  assert.deepEqual(sent, ['sha256:a']);
  assert.equal(rereads, 0);
});

test('SnapshotGone re-reads the spec and retries once on the new snapshot', async () => {
  const { sent, send } = backend(new Set(['sha256:a']));
  assert.equal(await requestOnSnapshot('sha256:a', async () => 'sha256:b', send), 'answer on sha256:b');
  assert.deepEqual(sent, ['sha256:a', 'sha256:b']);
});

test('a second SnapshotGone is the answer: no retry loop', async () => {
  const { sent, send } = backend(new Set(['sha256:a', 'sha256:b']));
  await assert.rejects(requestOnSnapshot('sha256:a', async () => 'sha256:b', send), { code: RpcErrorCodes.SnapshotGone });
  assert.deepEqual(sent, ['sha256:a', 'sha256:b']);
});

test('when the re-read spec is unreadable or still shows the lost snapshot, SnapshotGone is the answer', async () => {
  for (const reread of [async () => undefined, async () => 'sha256:a', async () => { throw new Error('unreadable'); }]) {
    const { sent, send } = backend(new Set(['sha256:a']));
    await assert.rejects(requestOnSnapshot('sha256:a', reread, send), { code: RpcErrorCodes.SnapshotGone, message: 'The spec changed on disk' });
    assert.deepEqual(sent, ['sha256:a']);
  }
});

test('other failures are not retried, and no snapshot is sent as none', async () => {
  const { sent, send } = backend(new Set());
  const failing = async (snapshot: string | undefined) => {
    await send(snapshot);
    throw new BackendRequestError('unreadable', RpcErrorCodes.SpecUnreadable);
  };
  await assert.rejects(requestOnSnapshot(null, async () => 'sha256:b', failing), { code: RpcErrorCodes.SpecUnreadable });
  assert.deepEqual(sent, [undefined]);
});
