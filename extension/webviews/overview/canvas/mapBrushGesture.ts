// The Model Map's Shift-drag rectangle as a pointer gesture: it captures the pointer, shows the
// rectangle while dragging and hands the screen rectangle over on release. A press that barely
// moves is a Shift-click, left to the click handler. Split from renderMap.ts, which owns the view.
import { rectBetween } from './mapBrush';
import type { BrushBox } from './mapFocus';
import type { Point } from './mapGeometry';

/** A drag shorter than this (CSS px) is a click, not a brush. */
const BRUSH_THRESHOLD = 3;

export class MapBrushGesture {
  private brush: { start: Point; end: Point; additive: boolean; pointer: number } | null = null;
  /** Set when a brush ended, so the click that follows the pointerup does not also select. */
  private swallowClick = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly box: BrushBox,
    /** A rectangle was dragged: its corners in canvas CSS px; `additive` when Ctrl/Cmd was held too. */
    private readonly brushed: (start: Point, end: Point, additive: boolean) => void,
  ) {}

  get active(): boolean {
    return this.brush !== null;
  }

  /** Starts a brush on a Shift-press of the main button; returns whether it did. */
  down(event: PointerEvent): boolean {
    if (event.button !== 0 || !event.shiftKey) return false;
    const p = this.pointOf(event);
    this.brush = { start: p, end: p, additive: event.ctrlKey || event.metaKey, pointer: event.pointerId };
    this.canvas.setPointerCapture(event.pointerId);
    return true;
  }

  move(event: PointerEvent): void {
    if (!this.brush || event.pointerId !== this.brush.pointer) return;
    this.brush.end = this.pointOf(event);
    this.box.show(this.moved() ? rectBetween(this.brush.start, this.brush.end) : null);
  }

  up(event: PointerEvent): void {
    const brush = this.brush;
    if (!brush || event.pointerId !== brush.pointer) return;
    brush.end = this.pointOf(event);
    const moved = this.moved();
    this.cancel();
    // Without movement this was a Shift-click, which the click handler treats as a toggle.
    if (!moved) return;
    this.swallowClick = true;
    this.brushed(brush.start, brush.end, brush.additive);
  }

  cancel(): void {
    if (this.brush && this.canvas.hasPointerCapture(this.brush.pointer)) this.canvas.releasePointerCapture(this.brush.pointer);
    this.brush = null;
    this.box.show(null);
  }

  /** True once for the click that ends a brush, which must not also select. */
  takeSwallowedClick(): boolean {
    const swallow = this.swallowClick;
    this.swallowClick = false;
    return swallow;
  }

  private moved(): boolean {
    return !!this.brush && Math.hypot(this.brush.end.x - this.brush.start.x, this.brush.end.y - this.brush.start.y) >= BRUSH_THRESHOLD;
  }

  private pointOf(event: MouseEvent): Point {
    const box = this.canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }
}
