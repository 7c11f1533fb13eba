// Asks the host (and through it the backend) how the selected models differ, one question at a time.
// Brushing changes the selection dozens of times a second, so requests are debounced and only the
// answer to the latest request is ever applied: an older answer arriving late would show the chart of
// a selection the user has already left. Pure apart from the timers it is given, tested with fakes.
import type { SelectionExplanation } from '../../../../protocol/generated/contract';

export const DEFAULT_DEBOUNCE_MS = 150;
/** Explaining 10,000 models takes the backend well under a second; 30 s means it is stuck or gone. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ExplainRequest {
  type: 'explainSelection';
  requestId: number;
  ids: string[];
}

export interface ExplainAnswer {
  requestId: number;
  explanation?: SelectionExplanation;
  error?: string;
}

/** What the client tells its owner about the ids it was last asked to explain. */
export type ExplainOutcome =
  | { kind: 'explained'; ids: string[]; explanation: SelectionExplanation }
  | { kind: 'failed'; ids: string[]; message: string };

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ExplainClientOptions {
  post: (request: ExplainRequest) => void;
  onOutcome: (outcome: ExplainOutcome) => void;
  debounceMs?: number;
  timeoutMs?: number;
  timers?: Timers;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export class ExplainClient {
  private nextId = 1;
  /** The request whose answer will be applied; any other requestId is stale. */
  private latest: { requestId: number; ids: string[] } | undefined;
  private pendingIds: string[] | undefined;
  private debounceHandle: unknown;
  private timeoutHandle: unknown;
  private readonly timers: Timers;
  private readonly debounceMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: ExplainClientOptions) {
    this.timers = options.timers ?? realTimers;
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Schedules a request for these ids; a newer call within the debounce window replaces it. */
  request(ids: readonly string[]): void {
    this.pendingIds = [...ids];
    // Whatever is in flight now answers a question nobody is asking any more.
    this.forgetInFlight();
    if (this.debounceHandle !== undefined) this.timers.clearTimeout(this.debounceHandle);
    this.debounceHandle = this.timers.setTimeout(() => this.send(), this.debounceMs);
  }

  /** Applies the host's answer if it belongs to the latest request; returns whether it did. */
  receive(answer: ExplainAnswer): boolean {
    const latest = this.latest;
    if (!latest || answer.requestId !== latest.requestId) return false;
    this.forgetInFlight();
    if (answer.explanation) this.options.onOutcome({ kind: 'explained', ids: latest.ids, explanation: answer.explanation });
    else this.options.onOutcome({ kind: 'failed', ids: latest.ids, message: answer.error || 'The backend gave no explanation and no reason. Run "Compress & Compare: Restart Backend" and select the models again.' });
    return true;
  }

  /** Drops the scheduled and in-flight requests: their answers will be ignored. */
  cancel(): void {
    if (this.debounceHandle !== undefined) this.timers.clearTimeout(this.debounceHandle);
    this.debounceHandle = undefined;
    this.pendingIds = undefined;
    this.forgetInFlight();
  }

  private send(): void {
    this.debounceHandle = undefined;
    const ids = this.pendingIds;
    this.pendingIds = undefined;
    if (!ids) return;
    const requestId = this.nextId++;
    this.latest = { requestId, ids };
    this.timeoutHandle = this.timers.setTimeout(() => this.timedOut(requestId), this.timeoutMs);
    this.options.post({ type: 'explainSelection', requestId, ids });
  }

  private timedOut(requestId: number): void {
    const latest = this.latest;
    if (!latest || latest.requestId !== requestId) return;
    this.latest = undefined;
    this.timeoutHandle = undefined;
    const seconds = Math.round(this.timeoutMs / 1000);
    this.options.onOutcome({
      kind: 'failed',
      ids: latest.ids,
      message: `The backend did not explain the selection within ${seconds} s. Check the "Compress & Compare" output for errors, run "Compress & Compare: Restart Backend", then select the models again.`,
    });
  }

  private forgetInFlight(): void {
    if (this.timeoutHandle !== undefined) this.timers.clearTimeout(this.timeoutHandle);
    this.timeoutHandle = undefined;
    this.latest = undefined;
  }
}
