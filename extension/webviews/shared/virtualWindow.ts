// Which rows of a long list the virtualized table puts in the DOM, and which backend pages cover them. Pure, tested.

export interface RowWindow {
  /** First row index to render (inclusive). */
  start: number;
  /** Last row index to render (exclusive). */
  end: number;
}

/** The rows visible in the viewport plus `overscan` rows on each side, clamped to [0, total). */
export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 8): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(total - 1, first) - overscan);
  const end = Math.min(total, first + count + overscan);
  return { start, end: Math.max(start, end) };
}

/** Indices of the pages of `pageSize` rows that hold rows [start, end). */
export function pagesFor(window: RowWindow, pageSize: number): number[] {
  if (window.end <= window.start) return [];
  const first = Math.floor(window.start / pageSize);
  const last = Math.floor((window.end - 1) / pageSize);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
