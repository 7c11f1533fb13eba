// Paints the cells' histograms after their rows are in place, a few milliseconds a frame. Building the
// SVGs of a screenful of rows took 20+ ms on our shared 2-core machine, so a flick would drop frames;
// queued, rows appear at once and histograms follow, and cells scrolled away before painting are skipped.

/** Milliseconds of painting per frame, leaving most of a 16.7 ms frame to layout and compositing. */
const FRAME_BUDGET_MS = 4;

export class PaintQueue {
  private queue: { cell: HTMLElement; paint: () => void }[] = [];
  private frame = 0;

  constructor(private readonly idle: (idle: boolean) => void = () => undefined) {}

  add(cell: HTMLElement, paint: () => void): void {
    this.queue.push({ cell, paint });
    this.schedule();
  }

  clear(): void {
    this.queue = [];
  }

  private schedule(): void {
    if (this.frame) return;
    this.idle(false);
    this.frame = requestAnimationFrame(() => this.run());
  }

  private run(): void {
    this.frame = 0;
    const started = performance.now();
    // Newest first: the rows just scrolled into view matter more than those queued a flick ago.
    while (this.queue.length > 0 && performance.now() - started < FRAME_BUDGET_MS) {
      const next = this.queue.pop()!;
      if (next.cell.isConnected) next.paint();
    }
    performance.measure('layers-paint', { start: started });
    if (this.queue.length > 0) this.schedule();
    else this.idle(true);
  }
}
