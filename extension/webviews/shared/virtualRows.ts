// The virtualized body both long tables (Behaviors, Layers) share: a scroller over a spacer as tall as every
// row, with only the rows in view (plus a margin) in the DOM, positioned by transform. Scrolling keeps the
// rows still in view and builds only those that scrolled in, once per animation frame; each table keeps its
// own rows, cells and keyboard model and asks for a redraw when they change.
import { visibleRows, type RowWindow } from './virtualWindow';

export const ROW_HEIGHT = 28;

export interface VirtualRowsOptions {
  /** Builds the element of the row at an index (VirtualRows positions it). */
  build(index: number): HTMLElement;
  /** A drawn row that must be rebuilt even when only scrolling (e.g. a placeholder whose page may have arrived). */
  stale?(row: HTMLElement): boolean;
  /** After every draw: the rows now in the DOM. */
  drawn?(window: RowWindow): void;
  /** The name of the performance measure of each draw (seen in the browser's tools; bare-page tests time it). */
  measure: string;
}

export class VirtualRows {
  private total = 0;
  private window: RowWindow = { start: 0, end: 0 };
  private rows = new Map<number, HTMLElement>();
  private frame = 0;

  constructor(private readonly scroller: HTMLElement, private readonly spacer: HTMLElement, private readonly options: VirtualRowsOptions) {
    scroller.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(scroller);
  }

  /** The rows in the DOM, by index. */
  get drawnRows(): ReadonlyMap<number, HTMLElement> {
    return this.rows;
  }

  /** Rows a Page Up/Down moves by. */
  get pageSize(): number {
    return Math.max(1, Math.floor(this.scroller.clientHeight / ROW_HEIGHT) - 1);
  }

  /** New rows or new content: sizes the spacer for `total` rows and rebuilds every row in view. */
  reset(total: number, { resetScroll = false } = {}): void {
    this.total = total;
    this.spacer.style.height = `${total * ROW_HEIGHT}px`;
    if (resetScroll) this.scroller.scrollTop = 0;
    this.draw(true);
  }

  /** Scrolls the least that brings the row at `index` into view, and draws what scrolled in. */
  reveal(index: number): void {
    const top = index * ROW_HEIGHT;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (top + ROW_HEIGHT > this.scroller.scrollTop + this.scroller.clientHeight) this.scroller.scrollTop = top + ROW_HEIGHT - this.scroller.clientHeight;
    this.draw(false);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw(false);
    });
  }

  /** `force`: the rows' content changed, so every row is rebuilt; otherwise only rows that scrolled in are built. */
  private draw(force: boolean): void {
    const window = visibleRows(this.scroller.scrollTop, this.scroller.clientHeight || 600, ROW_HEIGHT, this.total);
    if (!force && window.start === this.window.start && window.end === this.window.end) return;
    this.window = window;
    const started = performance.now();
    const rows = new Map<number, HTMLElement>();
    for (let i = window.start; i < window.end; i++) {
      const kept = force ? undefined : this.rows.get(i);
      rows.set(i, kept && !this.options.stale?.(kept) ? kept : this.positioned(i));
    }
    for (const [i, row] of this.rows) if (rows.get(i) !== row) row.remove();
    for (const row of rows.values()) if (row.parentNode !== this.spacer) this.spacer.append(row);
    this.rows = rows;
    performance.measure(this.options.measure, { start: started });
    this.options.drawn?.(window);
  }

  private positioned(index: number): HTMLElement {
    const row = this.options.build(index);
    row.setAttribute('aria-rowindex', String(index + 2)); // row 1 is the header
    row.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    return row;
  }
}
