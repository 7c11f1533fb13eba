// A backend that dies mid-request: the extension's BackendConnection must reject the pending request at once
// with a clear error (vscode-jsonrpc alone leaves it pending forever), end its progress, and let Cancel pass
// quietly. Uses a fake backend (fixtures/crashingBackend.mjs) that exits with code 3 instead of answering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { ProgressValue } from '../../protocol/generated/contract';
import { BACKEND_GONE } from '../../extension/src/backend/backendErrorCodes';
import { BackendConnection, BackendRequestError } from '../../extension/src/backend/backendConnection';
import { MAX_RESTART_DELAY_MS, restartDelayMs } from '../../extension/src/backend/restartBackoff';
import { repoRoot } from './repoRoot';

const fakeBackend = { file: process.execPath, args: [join(repoRoot(), 'tests/extension/fixtures/crashingBackend.mjs')] };
const session = { workspaceFolders: [], allowedFolders: [], trusted: true };
/** The fake exits 200 ms after the request; 5 s means the rejection came from the crash, not from a timeout of ours. */
const BOUND_MS = 5_000;

function startFake(): Promise<BackendConnection> {
  return BackendConnection.start(fakeBackend, { info: () => undefined, error: () => undefined }, 'node-test', session);
}

/** Settles with how `promise` ended, or 'still pending' after `ms`: a hang fails the test instead of stalling it. */
async function within<T>(promise: Promise<T>, ms: number): Promise<{ value?: T; error?: unknown } | 'still pending'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'still pending'>((resolve) => (timer = setTimeout(() => resolve('still pending'), ms)));
  try {
    return await Promise.race([promise.then((value) => ({ value }), (error: unknown) => ({ error })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const compareParams = { path: '/nowhere/models.json', baseId: 'a', modelIds: ['a', 'b'] };

test('a request pending when the backend exits is rejected at once with the exit code, the method and a hint', async () => {
  const backend = await startFake();
  const progress: ProgressValue[] = [];
  const started = Date.now();
  const outcome = await within(backend.request('behaviors/compare', compareParams, undefined, (v) => progress.push(v)), BOUND_MS);
  assert.notEqual(outcome, 'still pending', `the request should reject within ${BOUND_MS} ms of the crash`);
  const { error } = outcome as { error?: unknown };
  assert.ok(error instanceof BackendRequestError, `a BackendRequestError, not ${String(error)}`);
  assert.equal(error.code, BACKEND_GONE);
  assert.match(error.message, /The backend stopped \(exit code 3\) while running behaviors\/compare; it is restarting\./);
  assert.match(error.hint ?? '', /run it again once the backend is back/);
  assert.ok(Date.now() - started < BOUND_MS);
  assert.deepEqual(progress.map((p) => p.percentage), [10], 'the progress reported before the crash arrived, and nothing after');
});

test('Cancel after the crash does not throw, and a later request fails at once with the same reason', async () => {
  const backend = await startFake();
  const source = new CancellationTokenSource();
  const outcome = await within(backend.request('behaviors/compare', compareParams, source.token), BOUND_MS);
  assert.notEqual(outcome, 'still pending');
  assert.doesNotThrow(() => source.cancel(), 'Cancel on a dead connection must not throw "Connection is closed"');
  assert.equal(backend.alive, false);
  const later = await within(backend.request('spec/summarize', { path: '/nowhere/models.json' }), 1_000);
  assert.notEqual(later, 'still pending', 'a request to a dead backend must not wait');
  const { error } = later as { error?: unknown };
  assert.ok(error instanceof BackendRequestError && error.code === BACKEND_GONE, String(error));
  assert.match(error.message, /while running spec\/summarize/);
  await backend.stop();
});

test('stop() rejects what is still pending with "restarted", not a transport error', async () => {
  const backend = await startFake();
  // The fake answers everything but behaviors/compare, so this one is pending until the stop.
  const pending = within(backend.request('behaviors/compare', compareParams), BOUND_MS);
  await backend.stop();
  const outcome = await pending;
  assert.notEqual(outcome, 'still pending');
  const { error } = outcome as { error?: unknown };
  assert.ok(error instanceof BackendRequestError && error.code === BACKEND_GONE, String(error));
  assert.match(error.message, /restarted while running behaviors\/compare/);
});

test('restarts back off: 0.5 s, 1 s, 2 s, 4 s, then capped', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 60].map(restartDelayMs), [500, 1000, 2000, 4000, 8000, 8000, MAX_RESTART_DELAY_MS]);
  assert.equal(restartDelayMs(0), 500);
});
