// The extension's handle on the backend: starts it lazily, restarts it when it dies (at most
// MAX_RESTARTS in RESTART_WINDOW_MS, like vscode-csharp, each after a growing delay), then stops with a
// clear message and actions.
import * as vscode from 'vscode';
import type { CancellationToken } from 'vscode-jsonrpc';
import type { BackendRequests, ProgressValue } from '../../../protocol/generated/contract';
import { BackendConnection, type BackendLog, type BackendSession } from './backendConnection';
import { BackendSetupError, locateBackend } from './backendLocator';
import { executionProviderSetting } from './executionProviderSetting';
import { machineSetting } from './machineSetting';
import { restartDelayMs } from './restartBackoff';

/**
 * The workspace as the backend's path policy sees it (Restricted Mode keeps models from being run or decoded), and where
 * ONNX Runtime runs models.
 */
function currentSession(settings: vscode.WorkspaceConfiguration): BackendSession {
  return {
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
    allowedFolders: machineSetting<string[]>(settings, 'allowedFolders', []).filter((f) => typeof f === 'string' && f.length > 0),
    trusted: vscode.workspace.isTrusted,
    executionProvider: executionProviderSetting(settings.get('evaluation.executionProvider'), settings.get('evaluation.cudaDevice')),
  };
}

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

export class BackendClient implements vscode.Disposable {
  private current: Promise<BackendConnection> | undefined;
  private crashes: number[] = [];
  private disposed = false;
  /** Set when the restart budget is spent or setup failed: requests fail fast until a manual restart. */
  private stoppedReason: Error | undefined;
  private readonly restarted = new vscode.EventEmitter<void>();
  /** Fires after the backend came back from a crash or a manual restart: re-send everything. */
  readonly onDidRestart = this.restarted.event;

  constructor(
    private readonly extensionRoot: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly clientName: string,
  ) {}

  async request<M extends keyof BackendRequests>(
    method: M,
    params: BackendRequests[M]['params'],
    token?: CancellationToken,
    onProgress?: (value: ProgressValue) => void,
  ): Promise<BackendRequests[M]['result']> {
    const connection = await this.connection();
    return connection.request(method, params, token, onProgress);
  }

  /** Stops the running backend (if any) and starts a fresh one; resets the crash budget. */
  async restart(): Promise<void> {
    const old = this.current;
    this.current = undefined;
    this.crashes = [];
    this.stoppedReason = undefined;
    if (old) await old.then((c) => c.stop(), () => undefined);
    await this.connection();
    this.restarted.fire();
  }

  private connection(): Promise<BackendConnection> {
    if (this.stoppedReason) return Promise.reject(this.stoppedReason);
    this.current ??= this.start();
    return this.current;
  }

  private async start(): Promise<BackendConnection> {
    const settings = vscode.workspace.getConfiguration('compressCompare');
    try {
      const command = locateBackend(this.extensionRoot, {
        // Executables come from the user's own settings only: a repository's .vscode/settings.json must not pick one.
        backendPath: machineSetting(settings, 'backend.path', ''),
        dotnetPath: machineSetting(settings, 'dotnetPath', ''),
      });
      this.output.info(`starting backend: ${command.file} ${command.args.join(' ')}`);
      const log: BackendLog = { info: (l) => this.output.info(l), error: (l) => this.output.error(l) };
      const connection = await BackendConnection.start(command, log, this.clientName, currentSession(settings));
      // `ended` settles as soon as the pipe closes, before the exit event: the restart starts at once.
      void connection.ended.then((code) => this.onExit(connection, code));
      return connection;
    } catch (e) {
      this.current = undefined;
      if (e instanceof BackendSetupError) {
        this.stoppedReason = e;
        this.output.error(`${e.message} ${e.fix}`);
        void this.showStopped(`${e.message} ${e.fix}`);
      }
      throw e;
    }
  }

  private async onExit(connection: BackendConnection, code: string): Promise<void> {
    if (this.disposed || !this.current || (await this.current.catch(() => undefined)) !== connection) return;
    this.current = undefined;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    this.output.error(`backend exited unexpectedly (${code})`);
    if (this.crashes.length > MAX_RESTARTS) {
      this.stoppedReason = new Error(`The Compress & Compare backend stopped after crashing ${this.crashes.length} times in 3 minutes.`);
      void this.showStopped(this.stoppedReason.message);
      return;
    }
    const wait = restartDelayMs(this.crashes.length);
    this.output.info(`restarting backend in ${wait} ms (${this.crashes.length}/${MAX_RESTARTS} in 3 minutes)`);
    // Requests made meanwhile wait for this restart instead of starting another backend at once.
    const restarting = delay(wait).then(() => {
      if (this.disposed) throw new Error('The Compress & Compare backend was shut down with the window.');
      return this.start();
    });
    this.current = restarting;
    try {
      await restarting;
      this.restarted.fire();
    } catch (e) {
      this.output.error(`restart failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async showStopped(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Restart Backend', 'Show Log');
    if (choice === 'Restart Backend') await this.restart().catch((e) => this.output.error(String(e)));
    if (choice === 'Show Log') this.output.show();
  }

  /**
   * Restarts the backend when what it may do changed (the workspace became trusted): it learns that only in
   * `initialize`. The restart event then lets panels re-run what was refused.
   */
  async sessionChanged(reason: string): Promise<void> {
    this.output.info(`restarting backend: ${reason}`);
    await this.restart().catch((e) => this.output.error(`restart failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  dispose(): void {
    this.disposed = true;
    this.restarted.dispose();
    void this.current?.then((c) => c.stop(), () => undefined);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
