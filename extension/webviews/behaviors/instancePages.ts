// A page cache over `behaviors/instances`: the virtualized table asks for the rows it shows, the cache
// fetches the missing pages once each and drops answers to queries that have since changed. A page whose
// query changed, or that scrolled out of view before it arrived, is cancelled, so the backend stops reading it.
import { CancellationTokenSource, type CancellationToken } from 'vscode-jsonrpc';
import type { InstanceRow, InstancesPage } from '../../../protocol/generated/contract';
import { pagesFor, type RowWindow } from '../shared/virtualWindow';

export type FetchPage = (offset: number, limit: number, token: CancellationToken) => Promise<InstancesPage>;

/** Pages kept at most; the farthest from the last requested window are dropped first. */
const MAX_PAGES = 50;

export class InstancePages {
  private pages = new Map<number, InstanceRow[]>();
  /** Pages on their way, each with the source that cancels it. */
  private pending = new Map<number, CancellationTokenSource>();
  /** Pages whose fetch failed: not asked again until the query changes, or every redraw would ask again. */
  private failed = new Set<number>();
  private generation = 0;
  /** Rows after filtering; null until the first page arrives. */
  total: number | null = null;
  error: string | null = null;

  constructor(
    private fetch: FetchPage,
    readonly pageSize: number,
    private readonly changed: () => void,
  ) {}

  /** A new sort, filter or base: forget everything and fetch through `fetch` from now on. */
  reset(fetch: FetchPage): void {
    this.fetch = fetch;
    this.generation++;
    this.pages.clear();
    this.cancelPending(() => true);
    this.failed.clear();
    this.total = null;
    this.error = null;
  }

  row(index: number): InstanceRow | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Fetches the pages covering `window` that are neither cached nor on their way. */
  ensure(window: RowWindow): void {
    const wanted = this.total === null ? [0] : pagesFor(window, this.pageSize);
    // Scrolled past before it arrived: nobody will see it, and it is asked again if the user scrolls back.
    this.cancelPending((page) => !wanted.includes(page));
    for (const page of wanted) {
      if (this.pages.has(page) || this.pending.has(page) || this.failed.has(page)) continue;
      const source = new CancellationTokenSource();
      this.pending.set(page, source);
      const generation = this.generation;
      this.fetch(page * this.pageSize, this.pageSize, source.token).then(
        (result) => {
          if (generation !== this.generation || this.pending.get(page) !== source) return;
          this.pending.delete(page);
          source.dispose();
          this.pages.set(page, result.rows);
          this.total = result.total;
          this.error = null;
          this.evict(page);
          this.changed();
        },
        (e: unknown) => {
          if (generation !== this.generation || this.pending.get(page) !== source) return;
          this.pending.delete(page);
          source.dispose();
          this.failed.add(page);
          this.error = e instanceof Error ? e.message : String(e);
          this.changed();
        },
      );
    }
  }

  private cancelPending(which: (page: number) => boolean): void {
    for (const [page, source] of [...this.pending]) {
      if (!which(page)) continue;
      this.pending.delete(page);
      source.cancel();
      source.dispose();
    }
  }

  private evict(near: number): void {
    if (this.pages.size <= MAX_PAGES) return;
    const far = [...this.pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
    for (const page of far.slice(0, this.pages.size - MAX_PAGES)) this.pages.delete(page);
  }
}
