// One running backend process and its JSON-RPC connection. Free of the vscode API so that node tests
// drive it exactly as the extension does.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  CancellationToken,
  CancellationTokenSource,
  createMessageConnection,
  ParameterStructures,
  ProgressType,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import {
  PROTOCOL_VERSION,
  type BackendRequests,
  type InitializeParams,
  type InitializeResult,
  type ProgressValue,
} from '../../../protocol/generated/contract';
import { validateResult } from '../../../protocol/contractValidation';
import { BACKEND_GONE, RESULT_UNREADABLE, TRANSPORT_FAILED } from './backendErrorCodes';
import type { BackendCommand } from './backendLocator';

export interface BackendLog {
  info(line: string): void;
  error(line: string): void;
}

/** A failed request: the backend's application code and data, or a transport failure. */
export class BackendRequestError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly hint?: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

let progressTokens = 0;

/** What the backend may touch: sent once in `initialize` (the backend's path policy and Restricted Mode). */
export type BackendSession = Omit<InitializeParams, 'clientName' | 'protocolVersion'>;

/** How long to wait for the exit code once the backend closed its end of the pipe (it usually comes within ms). */
const EXIT_CODE_WAIT_MS = 1000;

export class BackendConnection {
  /**
   * Settles (never rejects) when this connection can answer no more: the process exited or closed its output,
   * or stop() was called. vscode-jsonrpc rejects pending requests only on dispose(), which this then calls.
   */
  readonly ended: Promise<string>;
  /** Set once `ended` settled: the exit code or signal, 'unknown', or 'stopped'. */
  private goneReason: string | undefined;
  private requestStop!: () => void;

  private constructor(
    private readonly process: ChildProcess,
    private readonly connection: MessageConnection,
    private readonly log: BackendLog,
    readonly info: InitializeResult,
    /** Resolves with the exit code (or signal name) when the process ends. */
    readonly exited: Promise<string>,
  ) {
    const stopRequested = new Promise<void>((resolve) => (this.requestStop = resolve));
    const closed = new Promise<void>((resolve) => connection.onClose(() => resolve()));
    const exitCodeSoon = closed.then(() => Promise.race([exited, delay(EXIT_CODE_WAIT_MS).then(() => 'unknown')]));
    this.ended = Promise.race([exited, exitCodeSoon, stopRequested.then(() => 'stopped')]).then((reason) => {
      this.goneReason = reason;
      // Rejects what vscode-jsonrpc still holds (request() turns that into a goneError) and drops its
      // cancellation listeners, so Cancel on a dead connection no longer throws "Connection is closed".
      connection.dispose();
      return reason;
    });
  }

  static async start(command: BackendCommand, log: BackendLog, clientName: string, session: BackendSession): Promise<BackendConnection> {
    const child = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...command.env } });
    const spawned = new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) log.info(line.trimEnd());
    });
    // Writing to a backend that is gone (EPIPE, or a request queued just before stop()) must not become an
    // uncaught error in the extension host once vscode-jsonrpc has dropped its own listeners.
    child.stdin!.on('error', (e) => log.info(`backend input closed: ${e.message}`));
    await spawned;
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const started = Date.now();
    const info = await Promise.race([
      connection.sendRequest<InitializeResult>('initialize', ParameterStructures.byName,
        { clientName, protocolVersion: PROTOCOL_VERSION, ...session } satisfies InitializeParams),
      exited.then((code) => Promise.reject(new BackendRequestError(`The backend exited (${code}) during start-up.`, TRANSPORT_FAILED))),
    ]);
    const unreadable = validateResult('initialize', info);
    if (unreadable) {
      child.kill();
      throw unreadableResult('initialize', unreadable);
    }
    log.info(`backend ${info.backendVersion} (pid ${info.processId}) ready in ${Date.now() - started} ms`);
    return new BackendConnection(child, connection, log, info, exited);
  }

  /** Whether this connection can still answer requests. */
  get alive(): boolean {
    return this.goneReason === undefined;
  }

  /** Sends a typed request; logs one line per request (method · ms · ok|code). */
  async request<M extends keyof BackendRequests>(
    method: M,
    params: BackendRequests[M]['params'],
    token?: CancellationToken,
    onProgress?: (value: ProgressValue) => void,
  ): Promise<BackendRequests[M]['result']> {
    const started = Date.now();
    if (this.goneReason !== undefined) throw goneError(method, this.goneReason);
    let progress: { dispose(): void } | undefined;
    if (onProgress) {
      const workDoneToken = `p${++progressTokens}`;
      progress = this.connection.onProgress(new ProgressType<ProgressValue>(), workDoneToken, onProgress);
      params = { ...params, workDoneToken } as BackendRequests[M]['params'];
    }
    // The caller's Cancel reaches the backend only while it is there: vscode-jsonrpc throws when it cannot send it.
    const cancel = new CancellationTokenSource();
    const forward = token?.onCancellationRequested(() => {
      if (this.goneReason === undefined) cancel.cancel();
    });
    try {
      // When the backend goes, `ended` disposes the connection, which rejects this at once.
      const result = await this.connection.sendRequest<unknown>(method, ParameterStructures.byName, params, cancel.token);
      // Checked here, the one place every result arrives, so no view ever works on a shape it was not built for.
      const unreadable = validateResult(method, result);
      if (unreadable) throw unreadableResult(method, unreadable);
      this.log.info(`${method} · ${Date.now() - started} ms · ok`);
      return result as BackendRequests[M]['result'];
    } catch (e) {
      const error = e instanceof BackendRequestError ? e : this.goneReason !== undefined ? goneError(method, this.goneReason) : toBackendError(e);
      this.log.info(`${method} · ${Date.now() - started} ms · ${error.code}`);
      throw error;
    } finally {
      forward?.dispose();
      cancel.dispose();
      progress?.dispose();
    }
  }

  /** Closes stdin (the backend exits when its client disconnects), then kills it if it lingers. */
  async stop(): Promise<void> {
    this.requestStop();
    await this.ended;
    // A request sent just before is still being encoded (promises): let it reach the pipe first, because a write
    // after end() makes vscode-jsonrpc throw inside a promise executor, an unhandled rejection we cannot catch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.process.stdin?.end();
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000));
    if ((await Promise.race([this.exited, timeout])) === 'timeout') this.process.kill('SIGKILL');
  }
}

/** What a request that the backend can no longer answer reads like: what happened, that it comes back, what to do. */
function goneError(method: string, reason: string): BackendRequestError {
  if (reason === 'stopped')
    return new BackendRequestError(`The backend was restarted while running ${method}.`, BACKEND_GONE,
      'The panels run it again once the backend is back; otherwise click Retry or run the command again.');
  const how = /^-?\d+$/.test(reason) ? ` (exit code ${reason})` : reason.startsWith('SIG') ? ` (${reason})` : '';
  return new BackendRequestError(`The backend stopped${how} while running ${method}; it is restarting.`, BACKEND_GONE,
    'The panels run it again once the backend is back (a few seconds). If it stops again, run "Compress & Compare: Show Log" for the reason, then "Compress & Compare: Restart Backend".');
}

/** A result that does not match the contract: an extension and a backend from different builds. */
function unreadableResult(method: string, problem: string): BackendRequestError {
  return new BackendRequestError(
    `The backend answered ${method} with a result this extension cannot read (${problem}). ` +
      'Update the extension and backend together, or run "Compress & Compare: Restart Backend".',
    RESULT_UNREADABLE,
  );
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

function toBackendError(e: unknown): BackendRequestError {
  if (e instanceof ResponseError) {
    const data = (e.data ?? {}) as { hint?: string; file?: string };
    return new BackendRequestError(e.message, e.code, data.hint ?? undefined, data.file ?? undefined);
  }
  return new BackendRequestError(e instanceof Error ? e.message : String(e), TRANSPORT_FAILED);
}
