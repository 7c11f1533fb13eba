// Draggable dividers of the overview: between the map and the scatterplot, and above Selection
// Details. The shares are fractions of the space the two neighbours split, kept in the panel state.
export interface PaneSplit {
  /** The map's share of the width it splits with the scatterplot. */
  mapShare: number;
  /** The top row's (map and scatterplot) share of the height it splits with Selection Details. */
  topShare: number;
}

export const DEFAULT_SPLIT: PaneSplit = { mapShare: 0.55, topShare: 0.6 };
/** No pane may be dragged smaller than this share: a sliver of a chart is neither readable nor easy to grab back. */
export const MIN_SHARE = 0.2;

export function clampShare(share: number): number {
  return Math.min(1 - MIN_SHARE, Math.max(MIN_SHARE, share));
}

/** A stored split, or the default for whatever is missing or not a number. */
export function parseSplit(raw: unknown): PaneSplit {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const share = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? clampShare(v) : fallback);
  return { mapShare: share(value.mapShare, DEFAULT_SPLIT.mapShare), topShare: share(value.topShare, DEFAULT_SPLIT.topShare) };
}

/** Sets the grid tracks of `overview` from a split (CSS reads them as --map-fr and friends). */
export function applySplit(overview: HTMLElement, split: PaneSplit): void {
  overview.style.setProperty('--map-fr', `${split.mapShare}fr`);
  overview.style.setProperty('--scatter-fr', `${1 - split.mapShare}fr`);
  overview.style.setProperty('--top-fr', `${split.topShare}fr`);
  overview.style.setProperty('--details-fr', `${1 - split.topShare}fr`);
}

/**
 * Makes `handle` drag the boundary between `first` and `second` along `axis`. `changed` gets the
 * first pane's new share while dragging (`done` false) and once more on release.
 */
export function attachSplitter(
  handle: HTMLElement,
  first: HTMLElement,
  second: HTMLElement,
  axis: 'x' | 'y',
  changed: (share: number, done: boolean) => void,
): void {
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', axis === 'x' ? 'vertical' : 'horizontal');
  handle.tabIndex = 0;
  let dragging = false;
  const shareAt = (event: PointerEvent) => {
    const a = first.getBoundingClientRect();
    const b = second.getBoundingClientRect();
    const start = axis === 'x' ? a.left : a.top;
    const end = axis === 'x' ? b.right : b.bottom;
    return clampShare(((axis === 'x' ? event.clientX : event.clientY) - start) / Math.max(1, end - start));
  };
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    dragging = true;
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('dragging');
    event.preventDefault();
  });
  handle.addEventListener('pointermove', (event) => {
    if (dragging) changed(shareAt(event), false);
  });
  const end = (event: PointerEvent) => {
    if (!dragging) return;
    dragging = false;
    handle.classList.remove('dragging');
    changed(shareAt(event), true);
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
  // Arrow keys move the divider in 5% steps, so the layout can be changed without a mouse.
  handle.addEventListener('keydown', (event) => {
    const step = { ArrowLeft: -0.05, ArrowUp: -0.05, ArrowRight: 0.05, ArrowDown: 0.05 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const a = first.getBoundingClientRect();
    const b = second.getBoundingClientRect();
    const current = axis === 'x' ? a.width / Math.max(1, b.right - a.left) : a.height / Math.max(1, b.bottom - a.top);
    changed(clampShare(current + step), true);
  });
}
