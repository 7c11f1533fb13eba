// Requests the webview sends the host that come back as answers with the same request id: instance
// pages and single instances. A request whose answer never comes is failed after a time-out so no row
// stays "Loading…" forever without a reason.
import type { BehaviorsToHost, HostToBehaviors } from '../../../protocol/behaviorsWebview';
import type { InstanceData, InstanceFilter, InstanceSort, InstancesPage } from '../../../protocol/generated/contract';

type Answer = Extract<HostToBehaviors, { type: 'instances' | 'instance' }>;
const TIMEOUT_MS = 120_000;

export class HostRequests {
  private next = 1;
  private readonly waiting = new Map<number, { resolve(a: Answer): void; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly post: (message: BehaviorsToHost) => void) {}

  instances(base: string, offset: number, limit: number, sort?: InstanceSort, filter?: InstanceFilter): Promise<InstancesPage> {
    return this.ask({ type: 'instances', requestId: 0, base, offset, limit, ...(sort ? { sort } : {}), ...(filter ? { filter } : {}) })
      .then((a) => (a.type === 'instances' && a.page ? a.page : Promise.reject(new Error(a.error ?? 'No rows came back.'))));
  }

  instance(instance: number): Promise<InstanceData> {
    return this.ask({ type: 'instance', requestId: 0, instance })
      .then((a) => (a.type === 'instance' && a.data ? a.data : Promise.reject(new Error(a.error ?? 'No instance came back.'))));
  }

  /** Routes an answer to its request; false when nobody waits for it (a stale or unknown id). */
  receive(answer: Answer): boolean {
    const waiter = this.waiting.get(answer.requestId);
    if (!waiter) return false;
    this.waiting.delete(answer.requestId);
    clearTimeout(waiter.timer);
    waiter.resolve(answer);
    return true;
  }

  private ask(message: Extract<BehaviorsToHost, { type: 'instances' | 'instance' }>): Promise<Answer> {
    const requestId = this.next++;
    return new Promise<Answer>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        resolve({ type: message.type, requestId, error: 'The extension did not answer in time. Run "Compress & Compare: Show Log" to see why.' } as Answer);
      }, TIMEOUT_MS);
      this.waiting.set(requestId, { resolve, timer });
      this.post({ ...message, requestId });
    });
  }
}
