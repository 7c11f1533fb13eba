// The webview ⇄ host channel end to end, in Node: the host's real channel (panels/webviewChannel.ts) and the Model Map's
// handlers, the webviews' transport (extension/shared/postMessageConnection.ts) on the other end of an in-memory
// postMessage pair, and a real BackendConnection to a fake backend that records the wire. Shows that a request the
// webview cancels (a superseded explain) cancels the token the handler gave the backend client, and that the backend
// receives `$/cancelRequest` for that request's id; that malformed input never reaches the backend; and that a result
// the extension cannot read is refused at the backend connection and reaches the webview as the host's error.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CancellationTokenSource, ErrorCodes, ResponseError, type CancellationToken } from 'vscode-jsonrpc/node';
import { ExplainSelection, OverviewSelectionChanged } from '../../protocol/overviewWebview';
import type { SelectionExplanation } from '../../protocol/generated/contract';
import { RESULT_UNREADABLE } from '../../extension/src/backend/backendErrorCodes';
import { BackendConnection } from '../../extension/src/backend/backendConnection';
import { registerOverviewHandlers, type OverviewActions } from '../../extension/src/panels/overviewHandlers';
import { webviewConnection, type BackendRequester } from '../../extension/src/panels/webviewChannel';
import { createPostMessageConnection, type PostMessagePort } from '../../extension/shared/postMessageConnection';
import { repoRoot } from './repoRoot';

/** The fake backend, and the file where it writes each message it receives as one JSON line. */
function recordingBackend() {
  const wireFile = join(mkdtempSync(join(tmpdir(), 'cc-channel-')), 'wire.jsonl');
  const options = { file: process.execPath, args: [join(repoRoot(), 'tests/extension/fixtures/cancelRecordingBackend.mjs'), wireFile] };
  const wire = (): WireMessage[] => (existsSync(wireFile) ? readFileSync(wireFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as WireMessage) : []);
  return { options, wire };
}
const session = { workspaceFolders: [], allowedFolders: [], trusted: true };
/** JSON-RPC's RequestCancelled (LSP's -32800), which StreamJsonRpc answers a cancelled request with. */
const REQUEST_CANCELLED = -32800;

/** A webview and its host joined in memory: each side's messages reach the other's listeners structured-cloned, a turn later. */
function postMessagePair() {
  const listeners = { host: new Set<(data: unknown) => void>(), webview: new Set<(data: unknown) => void>() };
  const deliver = (to: 'host' | 'webview', data: unknown) =>
    setImmediate(() => listeners[to].forEach((listener) => listener(structuredClone(data))));
  const listen = (side: 'host' | 'webview') => (listener: (data: unknown) => void) => {
    listeners[side].add(listener);
    return { dispose: () => void listeners[side].delete(listener) };
  };
  const webview = { postMessage: async (message: unknown) => (deliver('webview', message), true), onDidReceiveMessage: listen('host') };
  const webviewPort: PostMessagePort = { post: (message) => void deliver('host', message), listen: listen('webview') };
  return { webview: webview as unknown as Parameters<typeof webviewConnection>[0], webviewPort, toHost: (data: unknown) => deliver('host', data) };
}

/** Joins a host running the Model Map handlers on `backend` to a webview-side connection. */
function connect(backend: BackendRequester, actions: Partial<OverviewActions> = {}) {
  const pair = postMessagePair();
  const host = webviewConnection(pair.webview);
  registerOverviewHandlers(host, {
    backend, specPath: '/ws/models.json', onShownSpec: (send) => send('sha256:drawn'), ready: () => undefined, selectionChanged: () => undefined, revealModel: () => undefined,
    compareBehaviors: () => undefined, compareLayers: () => undefined, compress: () => undefined, ...actions,
  });
  host.listen();
  const view = createPostMessageConnection(pair.webviewPort, { session: 'first' });
  view.listen();
  /** A new page load of the webview on the same host connection, as after the panel was hidden and shown. */
  const reload = () => {
    const next = createPostMessageConnection(pair.webviewPort, { session: 'second' });
    next.listen();
    return next;
  };
  return { host, view, reload, toHost: pair.toHost, dispose: () => (view.dispose(), host.dispose()) };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 5)))
    if (Date.now() - started > 5_000) assert.fail(`timed out waiting for ${what}`);
}

interface WireMessage { id?: number; method?: string; params?: { id?: number } }

test('a superseded explain is cancelled in the webview, in the handler\'s token and on the backend\'s wire', async () => {
  const fake = recordingBackend();
  const backend = await BackendConnection.start(fake.options, { info: () => undefined, error: () => undefined }, 'node-test', session);
  const tokens: CancellationToken[] = [];
  const spy = {
    request: ((method, params, token, onProgress) => {
      if (token) tokens.push(token);
      return backend.request(method, params, token, onProgress);
    }) as BackendRequester['request'],
  };
  const { view, dispose } = connect(spy);
  try {
    const superseded = new CancellationTokenSource();
    const answer = view.sendRequest(ExplainSelection, { ids: ['a', 'b'] }, superseded.token);
    await until(() => tokens.length === 1, 'the handler to call the backend');
    await until(() => fake.wire().some((m) => m.method === 'selection/explain'), 'the explain to reach the backend');
    const explain = fake.wire().find((m) => m.method === 'selection/explain');
    assert.ok(explain?.id !== undefined, 'the explain reached the backend');
    assert.equal(tokens[0].isCancellationRequested, false);

    superseded.cancel();
    await assert.rejects(answer, (e: unknown) => e instanceof ResponseError && e.code === REQUEST_CANCELLED);
    assert.equal(tokens[0].isCancellationRequested, true, 'the token the handler passed to the backend client was cancelled');
    await until(() => fake.wire().some((m) => m.method === '$/cancelRequest'), 'the cancel to reach the backend');
    const cancels = fake.wire().filter((m) => m.method === '$/cancelRequest');
    assert.deepEqual(cancels.map((m) => m.params?.id), [explain.id], 'the backend was told to cancel exactly that request');
  } finally {
    dispose();
    await backend.stop();
  }
});

test('a malformed request is answered with InvalidParams and never reaches the backend', async () => {
  const asked: unknown[] = [];
  const backend = { request: (async (_method, params) => (asked.push(params), {})) as BackendRequester['request'] };
  const { view, dispose } = connect(backend);
  try {
    for (const params of [{ ids: [1, 2] }, { ids: 'a' }, {}, { ids: Array.from({ length: 100_001 }, () => 'a') }]) {
      await assert.rejects(view.sendRequest(ExplainSelection, params as { ids: string[] }),
        (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InvalidParams && /malformed overview\/explainSelection/.test(e.message));
    }
    assert.deepEqual(asked, []);
  } finally {
    dispose();
  }
});

test('an explanation the extension cannot read is refused at the backend connection; the webview\'s request fails with the host\'s error, saying what to do', async () => {
  // Answers selection/explain with null, which is no explanation (see the fixture's header).
  const fake = { file: process.execPath, args: [join(repoRoot(), 'tests/extension/fixtures/answeringBackend.mjs')] };
  const backend = await BackendConnection.start(fake, { info: () => undefined, error: () => undefined }, 'node-test', session);
  const { view, dispose } = connect(backend);
  try {
    await assert.rejects(view.sendRequest(ExplainSelection, { ids: ['a', 'b'] }), (e: unknown) => {
      assert.ok(e instanceof ResponseError, String(e));
      assert.equal(e.code, RESULT_UNREADABLE);
      assert.equal(e.message, 'The backend answered selection/explain with a result this extension cannot read (/: must be object). ' +
        'Update the extension and backend together, or run "Compress & Compare: Restart Backend".');
      return true;
    });
    assert.equal(backend.alive, true, 'the backend stays usable');
  } finally {
    dispose();
    await backend.stop();
  }
});

test('messages that are not JSON-RPC, or malformed notifications, are ignored and the channel keeps working', async () => {
  const explanation: SelectionExplanation = { modelIds: ['a', 'b'], unknownIds: [], chart: 'grouped', variables: [] };
  const selections: string[][] = [];
  const backend = { request: (async () => explanation) as unknown as BackendRequester['request'] };
  const { view, toHost, dispose } = connect(backend, { selectionChanged: (ids) => selections.push(ids) });
  try {
    for (const junk of [null, undefined, 42, 'ready', [], { type: 'explainSelection', requestId: 1, ids: ['a'] }, { jsonrpc: '2.0' },
      { jsonrpc: '2.0', id: { x: 1 }, method: 'overview/explainSelection', params: { ids: ['a'] } }, { jsonrpc: '2.0', id: 7, result: 'no such request' },
      { jsonrpc: '1.0', method: 'overview/selectionChanged', params: { ids: ['x'] } }, { jsonrpc: '2.0', method: 'overview/selectionChanged', params: 'x' }])
      toHost(junk);
    await view.sendNotification(OverviewSelectionChanged, { ids: [3] as unknown as string[] });
    await view.sendNotification(OverviewSelectionChanged, { ids: ['a'] });
    assert.deepEqual(await view.sendRequest(ExplainSelection, { ids: ['a', 'b'] }), explanation);
    assert.deepEqual(selections, [['a']], 'only the well-formed selection was acted on');
  } finally {
    dispose();
  }
});

test('after the webview reloads, an answer to the old page\'s request is not taken for the new page\'s request of the same number', async () => {
  const release: ((value: SelectionExplanation) => void)[] = [];
  const backend = { request: (() => new Promise((resolve) => release.push(resolve))) as unknown as BackendRequester['request'] };
  const { view, reload, dispose } = connect(backend);
  try {
    void view.sendRequest(ExplainSelection, { ids: ['old', 'page'] }).catch(() => undefined);
    await until(() => release.length === 1, 'the old page\'s request');
    view.dispose();
    const next = reload();
    const answer = next.sendRequest(ExplainSelection, { ids: ['new', 'page'] });
    await until(() => release.length === 2, 'the new page\'s request');
    const explained = (ids: string[]): SelectionExplanation => ({ modelIds: ids, unknownIds: [], chart: 'grouped', variables: [] });
    release[0](explained(['old', 'page']));
    await new Promise((r) => setTimeout(r, 20));
    release[1](explained(['new', 'page']));
    assert.deepEqual((await answer).modelIds, ['new', 'page']);
    next.dispose();
  } finally {
    dispose();
  }
});
