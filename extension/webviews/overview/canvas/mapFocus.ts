// The DOM side of keyboard focus on the canvas map: a box over the focused model (so tests and
// assistive tools have a real element to find, and a click at its centre lands on the model) and a
// live region that reads the focused model out.

export class MapFocusOverlay {
  private readonly box: HTMLDivElement;
  private readonly live: HTMLDivElement;

  constructor(container: HTMLElement) {
    this.box = document.createElement('div');
    this.box.className = 'map-focus';
    this.box.setAttribute('aria-hidden', 'true');
    this.box.hidden = true;
    this.live = document.createElement('div');
    this.live.className = 'map-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    container.append(this.box, this.live);
  }

  /** Places the box over a disc given in CSS pixels relative to the map container; null hides it. */
  place(disc: { id: string; x: number; y: number; r: number } | null): void {
    if (!disc) {
      this.box.hidden = true;
      delete this.box.dataset.id;
      return;
    }
    const r = Math.max(disc.r, 4);
    this.box.hidden = false;
    this.box.dataset.id = disc.id;
    Object.assign(this.box.style, { left: `${disc.x - r}px`, top: `${disc.y - r}px`, width: `${2 * r}px`, height: `${2 * r}px` });
  }

  announce(text: string): void {
    if (this.live.textContent !== text) this.live.textContent = text;
  }
}

/** The brush rectangle while Shift-dragging, in CSS pixels relative to the map container. */
export class BrushBox {
  private readonly element: HTMLDivElement;

  constructor(container: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'map-brush';
    this.element.setAttribute('aria-hidden', 'true');
    this.element.hidden = true;
    container.append(this.element);
  }

  show(rect: { x0: number; y0: number; x1: number; y1: number } | null): void {
    this.element.hidden = rect === null;
    if (!rect) return;
    Object.assign(this.element.style, { left: `${rect.x0}px`, top: `${rect.y0}px`, width: `${rect.x1 - rect.x0}px`, height: `${rect.y1 - rect.y0}px` });
  }
}
