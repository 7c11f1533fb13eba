// One running backend process and its JSON-RPC connection. Free of the vscode API so that node tests
// drive it exactly as the extension does.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  CancellationToken,
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

export class BackendConnection {
  private constructor(
    private readonly process: ChildProcess,
    private readonly connection: MessageConnection,
    private readonly log: BackendLog,
    readonly info: InitializeResult,
    /** Resolves with the exit code (or signal name) when the process ends. */
    readonly exited: Promise<string>,
  ) {}

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
    await spawned;
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const started = Date.now();
    const info = await Promise.race([
      connection.sendRequest<InitializeResult>('initialize', ParameterStructures.byName,
        { clientName, protocolVersion: PROTOCOL_VERSION, ...session } satisfies InitializeParams),
      exited.then((code) => Promise.reject(new BackendRequestError(`The backend exited (${code}) during start-up.`, -1))),
    ]);
    log.info(`backend ${info.backendVersion} (pid ${info.processId}) ready in ${Date.now() - started} ms`);
    return new BackendConnection(child, connection, log, info, exited);
  }

  /** Sends a typed request; logs one line per request (method · ms · ok|code). */
  async request<M extends keyof BackendRequests>(
    method: M,
    params: BackendRequests[M]['params'],
    token?: CancellationToken,
    onProgress?: (value: ProgressValue) => void,
  ): Promise<BackendRequests[M]['result']> {
    const started = Date.now();
    let progress: { dispose(): void } | undefined;
    if (onProgress) {
      const workDoneToken = `p${++progressTokens}`;
      progress = this.connection.onProgress(new ProgressType<ProgressValue>(), workDoneToken, onProgress);
      params = { ...params, workDoneToken } as BackendRequests[M]['params'];
    }
    try {
      const result = await this.connection.sendRequest<BackendRequests[M]['result']>(
        method, ParameterStructures.byName, params, token ?? CancellationToken.None);
      this.log.info(`${method} · ${Date.now() - started} ms · ok`);
      return result;
    } catch (e) {
      const error = toBackendError(e);
      this.log.info(`${method} · ${Date.now() - started} ms · ${error.code}`);
      throw error;
    } finally {
      progress?.dispose();
    }
  }

  /** Closes stdin (the backend exits when its client disconnects), then kills it if it lingers. */
  async stop(): Promise<void> {
    this.connection.dispose();
    this.process.stdin?.end();
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000));
    if ((await Promise.race([this.exited, timeout])) === 'timeout') this.process.kill('SIGKILL');
  }
}

function toBackendError(e: unknown): BackendRequestError {
  if (e instanceof ResponseError) {
    const data = (e.data ?? {}) as { hint?: string; file?: string };
    return new BackendRequestError(e.message, e.code, data.hint ?? undefined, data.file ?? undefined);
  }
  return new BackendRequestError(e instanceof Error ? e.message : String(e), -1);
}
