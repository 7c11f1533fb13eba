// Asks the host (and through it the backend) how the selected models differ, one question at a time.
// Brushing changes the selection dozens of times a second, so requests are debounced and only the
// answer to the latest request is ever applied: an older answer arriving late would show the chart of
// a selection the user has already left. A superseded request is cancelled through the channel, which the
// host forwards to the backend as `$/cancelRequest`, so the backend stops explaining a selection nobody
// looks at. Pure apart from the timers and the send function it is given, tested with fakes.
import { CancellationTokenSource, type CancellationToken } from 'vscode-jsonrpc';
import type { SelectionExplanation } from '../../../../protocol/generated/contract';
import { checkExplanation } from '../hostMessage';

export const DEFAULT_DEBOUNCE_MS = 150;

/** What the client tells its owner about the ids it was last asked to explain. */
export type ExplainOutcome =
  | { kind: 'explained'; ids: string[]; explanation: SelectionExplanation }
  | { kind: 'failed'; ids: string[]; message: string };

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ExplainClientOptions {
  /**
   * Sends the request to the host; `token` is cancelled when a newer selection supersedes it. The answer is a result
   * the host validated against the contract at the backend connection.
   */
  send: (ids: string[], token: CancellationToken) => PromiseLike<SelectionExplanation>;
  onOutcome: (outcome: ExplainOutcome) => void;
  debounceMs?: number;
  timers?: Timers;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

const NO_REASON = 'The backend gave no explanation and no reason. Run "Compress & Compare: Restart Backend" and select the models again.';

export class ExplainClient {
  /** The request whose answer will be applied; any other answer is stale. */
  private inFlight: CancellationTokenSource | undefined;
  private pendingIds: string[] | undefined;
  private debounceHandle: unknown;
  private readonly timers: Timers;
  private readonly debounceMs: number;

  constructor(private readonly options: ExplainClientOptions) {
    this.timers = options.timers ?? realTimers;
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  /** Schedules a request for these ids; a newer call within the debounce window replaces it. */
  request(ids: readonly string[]): void {
    this.pendingIds = [...ids];
    // Whatever is in flight now answers a question nobody is asking any more.
    this.cancelInFlight();
    if (this.debounceHandle !== undefined) this.timers.clearTimeout(this.debounceHandle);
    this.debounceHandle = this.timers.setTimeout(() => this.send(), this.debounceMs);
  }

  /** Drops the scheduled request and cancels the one in flight: its answer will be ignored. */
  cancel(): void {
    if (this.debounceHandle !== undefined) this.timers.clearTimeout(this.debounceHandle);
    this.debounceHandle = undefined;
    this.pendingIds = undefined;
    this.cancelInFlight();
  }

  private send(): void {
    this.debounceHandle = undefined;
    const ids = this.pendingIds;
    this.pendingIds = undefined;
    if (!ids) return;
    const source = new CancellationTokenSource();
    this.inFlight = source;
    const settle = (outcome: ExplainOutcome) => {
      if (this.inFlight !== source) return;
      this.inFlight = undefined;
      source.dispose();
      this.options.onOutcome(outcome);
    };
    Promise.resolve()
      .then(() => this.options.send(ids, source.token))
      .then(checkExplanation)
      .then(
        (explanation) => settle({ kind: 'explained', ids, explanation }),
        (e: unknown) => settle({ kind: 'failed', ids, message: (e instanceof Error ? e.message : String(e ?? '')) || NO_REASON }),
      );
  }

  private cancelInFlight(): void {
    const source = this.inFlight;
    this.inFlight = undefined;
    source?.cancel();
    source?.dispose();
  }
}
