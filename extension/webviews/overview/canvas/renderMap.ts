// Draws a laid-out spec onto a canvas and owns zoom, pan, brush, hover and keyboard focus. Knows
// nothing about messages or state: it reports user gestures through callbacks and is told what is
// selected and what the filter allows. Canvas rather than SVG because 10,000 models as DOM nodes
// took seconds per redraw.
import { select, zoom, zoomIdentity, type Selection, type ZoomBehavior, type ZoomTransform } from 'd3';
import { directionOfKey, neighbour } from './keyboardNav';
import { modelsInRect, rectBetween } from './mapBrush';
import { BrushBox, MapFocusOverlay } from './mapFocus';
import { MapBrushGesture } from './mapBrushGesture';
import { discZoom, fitView, MAX_ZOOM, MIN_ZOOM, type Point } from './mapGeometry';
import { columnHeaders, MapHeaders } from './mapHeaders';
import { createHitIndex } from './mapHitTest';
import { once } from '../../shared/memo';
import { MapPainter } from './mapPainter';
import { buildScene, lineageOf, type MapContent, type MapScene } from './mapScene';
import { readMapTheme, watchTheme, type MapTheme } from './mapTheme';
import { MAX_RADIUS } from '../sizeScale';
import { CanvasRedraw } from '../../shared/canvasRedraw';
import type { Tooltip } from '../tooltip';
import type { MapDrawing } from './mapSvg';

export type { MapContent } from './mapScene';

export interface MapCallbacks {
  /** `toggle` is true for shift/ctrl/cmd-click. */
  nodeClicked(id: string, toggle: boolean): void;
  backgroundClicked(): void;
  nodeActivated(id: string): void;
  /** A Shift-drag rectangle caught these (allowed) models; `additive` when Ctrl/Cmd was held too. */
  brushed(ids: string[], additive: boolean): void;
  /** A column header was clicked: select its (allowed) models; `additive` with Ctrl/Cmd/Shift. */
  columnPicked(ids: string[], additive: boolean): void;
  /** The pointer moved onto a model (null: off every model), for the other views to highlight it. */
  hovered(id: string | null): void;
}

/** Hit slack in screen pixels, so small discs stay easy to point at. */
const HIT_SLACK = 3;

export class ModelMapView {
  readonly canvas: HTMLCanvasElement;
  private readonly canvasSelection: Selection<HTMLCanvasElement, unknown, null, undefined>;
  private readonly painter: MapPainter;
  private readonly zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly focusOverlay: MapFocusOverlay;
  private readonly redraw: CanvasRedraw;
  private readonly headers: MapHeaders;
  private transform: ZoomTransform = zoomIdentity;
  private theme: MapTheme;
  private content: MapContent | undefined;
  private scene: MapScene | undefined;
  /** Index of the lowest-valued model in the scene, or -1 (see exposeLowest). */
  private lowest = -1;
  private hit: (x: number, y: number, slack: number, grow?: number) => number = () => -1;
  private selected: ReadonlySet<string> = new Set();
  private allowed: ReadonlySet<string> | null = null;
  private hoveredId: string | null = null;
  private focusedId: string | null = null;
  private readonly brushGesture: MapBrushGesture;
  /** Whether the focus ring and its tooltip show: true after keyboard use, false after pointer use. */
  private keyboardFocus = false;
  private fitted = false;
  private size = { width: 0, height: 0, dpr: 1 };

  constructor(
    container: HTMLElement,
    private readonly tooltip: Tooltip,
    private readonly callbacks: MapCallbacks,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.id = 'model-map';
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'img');
    this.canvas.dataset.nodeCount = '0';
    this.canvas.dataset.selectedCount = '0';
    container.append(this.canvas);
    this.redraw = new CanvasRedraw(this.canvas, () => this.draw(), this.canvas);
    this.focusOverlay = new MapFocusOverlay(container);
    this.brushGesture = new MapBrushGesture(this.canvas, new BrushBox(container), (start, end, additive) => this.brushEnded(start, end, additive));
    this.headers = new MapHeaders(container, (ids, additive) => this.callbacks.columnPicked(ids, additive), this.canvas);
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('This webview cannot create a 2D canvas, so the Model Map cannot be drawn. Reload the window; if it persists, check that hardware acceleration settings allow canvas.');
    this.painter = new MapPainter(context);
    this.theme = readMapTheme();
    this.updateLabel();

    this.canvasSelection = select(this.canvas);
    this.zoomBehavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      // Shift- and Ctrl-drags belong to the brush; the wheel always zooms.
      .filter((event: MouseEvent) => event.type === 'wheel' || (!event.shiftKey && !event.ctrlKey && !event.metaKey && !event.button))
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.tooltip.hide();
        this.redraw.request();
      });
    // Double-click means "reveal in the spec", not "zoom in".
    this.canvasSelection.call(this.zoomBehavior).on('dblclick.zoom', null);

    this.canvas.addEventListener('click', (event) => this.onClick(event));
    this.canvas.addEventListener('dblclick', (event) => {
      const id = this.idAt(event);
      if (id !== null) this.callbacks.nodeActivated(id);
    });
    this.canvas.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    this.canvas.addEventListener('pointermove', (event) => (this.brushGesture.active ? this.brushGesture.move(event) : this.onHover(event)));
    this.canvas.addEventListener('pointerup', (event) => this.brushGesture.up(event));
    this.canvas.addEventListener('pointercancel', () => this.brushGesture.cancel());
    this.canvas.addEventListener('pointerleave', () => {
      if (!this.brushGesture.active) this.setHovered(null);
    });
    this.canvas.addEventListener('keydown', (event) => this.onKey(event));
    this.canvas.addEventListener('focus', () => {
      // Focus from a click is not keyboard navigation: no ring or tooltip until a key is pressed.
      this.keyboardFocus = this.canvas.matches(':focus-visible');
      this.focusedId ??= this.initialFocus();
      this.showFocus();
    });
    this.canvas.addEventListener('blur', () => {
      this.tooltip.hide();
      this.redraw.request();
    });
    watchTheme(() => {
      this.theme = readMapTheme();
      this.rebuild();
    });
  }

  render(content: MapContent, selected: ReadonlySet<string>): void {
    this.content = content;
    this.rebuild();
    this.canvas.dataset.nodeCount = String(content.layout.nodes.length);
    this.setSelection(selected);
    // Fit once; later refreshes keep the user's zoom so a live edit does not yank the view.
    if (!this.fitted && content.layout.nodes.length > 0) {
      this.fit();
      this.fitted = true;
    }
  }

  setSelection(selected: ReadonlySet<string>): void {
    this.selected = new Set(selected);
    this.canvas.dataset.selectedCount = String(this.selected.size);
    this.updateLabel();
    this.announceFocus();
    this.redraw.request();
  }

  /** What the map draws, for a saved SVG of the whole map (mapSvg.ts); undefined before the first spec. */
  get drawn(): MapDrawing | undefined {
    return this.scene && { scene: this.scene, theme: this.theme, selected: this.selected, allowed: this.allowed };
  }

  /** Models not in `allowed` are drawn faded and cannot be clicked, brushed or selected with the keyboard; null lifts the filter. */
  setFiltered(allowed: ReadonlySet<string> | null): void {
    this.allowed = allowed === null ? null : new Set(allowed);
    this.announceFocus();
    this.redraw.request();
  }

  /** Shows the whole map: at 100% when it fits, else zoomed out until it does. */
  fit(): void {
    if (!this.scene) return;
    const { width, height } = this.viewportSize();
    const flat = fitView(this.scene.width, this.scene.height, width, height);
    // Narrow columns turn their headers upright in a taller strip: fit again below that strip.
    const view = fitView(this.scene.width, this.scene.height, width, height, this.headers.layoutAt(flat.k).height);
    this.canvasSelection.call(this.zoomBehavior.transform, zoomIdentity.translate(view.x, view.y).scale(view.k));
  }

  /** Pans (never zooms) so the model is visible, centring it if it was off screen. */
  reveal(id: string): void {
    const i = this.scene?.indexOf.get(id);
    if (i === undefined || !this.scene) return;
    const node = this.scene.nodes[i];
    const { width, height } = this.viewportSize();
    const sx = this.transform.applyX(node.x);
    const sy = this.transform.applyY(node.y);
    const margin = MAX_RADIUS + 12;
    const top = this.headers.height;
    const visible = sx >= margin && sx <= width - margin && sy >= top + margin && sy <= height - margin;
    if (!visible) this.canvasSelection.call(this.zoomBehavior.translateTo, node.x, node.y, [width / 2, (height + top) / 2]);
  }

  /** Moves keyboard focus to a model (its focus ring shows) and pans it into view. */
  focusNode(id: string): void {
    if (!this.scene?.indexOf.has(id)) return;
    this.focusedId = id;
    this.reveal(id);
    if (document.activeElement !== this.canvas) this.canvas.focus();
    this.showFocus();
  }

  private rebuild(): void {
    if (!this.content) return;
    const scene = buildScene(this.content, this.theme);
    this.scene = scene;
    // Built at the first pointer query, not here: at 100,000 models the quadtree costs a tenth of a second that
    // the first paint need not wait for.
    const index = once(() => createHitIndex(scene.nodes));
    this.hit = (x, y, slack, grow) => index()(x, y, slack, grow);
    this.lowest = scene.lowest;
    this.headers.setColumns(columnHeaders(scene), this.theme.fontFamily);
    if (this.hoveredId !== null && !scene.indexOf.has(this.hoveredId)) this.setHovered(null);
    if (this.focusedId !== null && !scene.indexOf.has(this.focusedId)) this.focusedId = null;
    this.redraw.request();
  }

  private draw(): void {
    const { width, height } = this.viewportSize();
    this.size = { width, height, dpr: this.redraw.fit(width, height) };
    this.placeFocusBox();
    if (!this.scene) return;
    const headerHeight = this.headers.place(this.transform, width);
    const index = (id: string | null) => (id === null ? -1 : this.scene!.indexOf.get(id) ?? -1);
    const hovered = index(this.hoveredId);
    this.painter.paint(this.scene, this.theme, {
      view: this.transform,
      ...this.size,
      selected: this.selected,
      allowed: this.allowed,
      hovered,
      focused: index(this.focusedId),
      focusVisible: this.keyboardFocus && document.activeElement === this.canvas,
      lineage: hovered >= 0 ? lineageOf(this.scene, hovered) : new Set(),
      headerHeight,
    });
    this.exposeLowest();
  }

  /** Where the lowest-valued model is drawn and its fill: the theme e2e test checks its contrast on the canvas there. */
  private exposeLowest(): void {
    const lowest = this.lowest;
    if (!this.scene || lowest < 0) {
      delete this.canvas.dataset.lowestNode;
      return;
    }
    const n = this.scene.nodes[lowest];
    const r = n.r * discZoom(this.transform.k, this.scene.rowHeight);
    // The background it was painted for lets the test tell this frame from one painted before a theme switch.
    this.canvas.dataset.lowestNode = JSON.stringify({
      id: n.id,
      x: this.transform.applyX(n.x),
      y: this.transform.applyY(n.y),
      r,
      fill: n.fill,
      paintedOn: this.theme.background,
    });
  }

  private viewportSize(): { width: number; height: number } {
    return { width: this.canvas.clientWidth || 800, height: this.canvas.clientHeight || 600 };
  }

  private pointOf(event: MouseEvent): Point {
    const box = this.canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  /** The model under the pointer of <paramref name="event"/> (faded ones included), or null: what a context menu acts on. */
  modelAt(event: MouseEvent): string | null {
    return this.idAt(event);
  }

  /** The model under the pointer (faded ones included), or null. */
  private idAt(event: MouseEvent): string | null {
    if (!this.scene) return null;
    const p = this.pointOf(event);
    if (p.y < this.headers.height) return null;
    const [x, y] = this.transform.invert([p.x, p.y]);
    const k = this.transform.k;
    const i = this.hit(x, y, HIT_SLACK / k, discZoom(k, this.scene.rowHeight) / k);
    return i < 0 ? null : this.scene.nodes[i].id;
  }

  private isAllowed(id: string): boolean {
    return this.allowed === null || this.allowed.has(id);
  }

  private onClick(event: MouseEvent): void {
    if (this.brushGesture.takeSwallowedClick()) return;
    const id = this.idAt(event);
    if (id === null) {
      this.callbacks.backgroundClicked();
      return;
    }
    // A model outside the filter's budgets is not selectable; the click changes nothing.
    if (!this.isAllowed(id)) return;
    this.focusedId = id;
    this.callbacks.nodeClicked(id, event.shiftKey || event.ctrlKey || event.metaKey);
  }

  private onHover(event: PointerEvent): void {
    const id = this.idAt(event);
    this.setHovered(id, { x: event.clientX, y: event.clientY });
  }

  /** Rings a model hovered in another view (the scatterplot) and traces its lineage, without a tooltip. */
  showLinkedHover(id: string | null): void {
    const known = id !== null && this.scene?.indexOf.has(id) ? id : null;
    if (known === this.hoveredId) return;
    this.hoveredId = known;
    this.canvas.dataset.hoveredId = known ?? '';
    this.redraw.request();
  }

  /** Shows the tooltip and traces the model's lineage back to its root. */
  private setHovered(id: string | null, anchor?: { x: number; y: number }): void {
    const node = id === null ? undefined : this.scene?.nodes[this.scene.indexOf.get(id)!];
    const model = node?.model;
    if (model && anchor && this.content) {
      if (id === this.hoveredId) this.tooltip.moveTo(anchor);
      else this.tooltip.show(model, this.content.summary.metrics, this.content.colorMetric?.name ?? null, anchor, node.parameterLabel);
    } else {
      this.tooltip.hide();
    }
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.canvas.dataset.hoveredId = id ?? '';
    this.canvas.style.cursor = id !== null && this.isAllowed(id) ? 'pointer' : '';
    this.redraw.request();
    this.callbacks.hovered(id);
  }

  private onPointerDown(event: PointerEvent): void {
    this.keyboardFocus = false;
    if (this.brushGesture.down(event)) this.setHovered(null);
  }

  private brushEnded(start: Point, end: Point, additive: boolean): void {
    if (!this.scene) return;
    const [x0, y0] = this.transform.invert([start.x, start.y]);
    const [x1, y1] = this.transform.invert([end.x, end.y]);
    this.callbacks.brushed(modelsInRect(this.scene.nodes, rectBetween({ x: x0, y: y0 }, { x: x1, y: y1 }), this.allowed), additive);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.scene) return;
    const direction = directionOfKey(event.key);
    if (direction) {
      event.preventDefault();
      this.keyboardFocus = true;
      const from = this.focusedId ?? this.initialFocus();
      const next = from === null ? null : this.focusedId === null ? from : neighbour(this.scene.nodes, from, direction);
      if (next) this.focusNode(next);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    const id = this.focusedId;
    // A filtered-out model cannot be selected from the keyboard either; the live region says why.
    if (id !== null && this.isAllowed(id)) this.callbacks.nodeClicked(id, event.shiftKey || event.ctrlKey || event.metaKey);
  }

  /** Where keyboard focus lands first: the first selected model, else the first model. */
  private initialFocus(): string | null {
    if (!this.scene) return null;
    for (const id of this.selected) if (this.scene.indexOf.has(id)) return id;
    return this.scene.nodes[0]?.id ?? null;
  }

  private showFocus(): void {
    this.announceFocus();
    // Placed now as well as on the next frame, so the box names the new model as soon as the key is handled.
    this.placeFocusBox();
    this.redraw.request();
    const disc = this.focusDisc();
    if (disc && this.content && this.keyboardFocus) {
      const { model, parameterLabel } = this.scene!.nodes[this.scene!.indexOf.get(disc.id)!];
      const box = this.canvas.getBoundingClientRect();
      if (model) this.tooltip.show(model, this.content.summary.metrics, this.content.colorMetric?.name ?? null, { x: box.left + disc.x + disc.r, y: box.top + disc.y + disc.r }, parameterLabel);
    }
  }

  /** The focused model's disc in CSS pixels relative to the canvas, or null. */
  private focusDisc(): { id: string; x: number; y: number; r: number } | null {
    if (!this.scene || this.focusedId === null || document.activeElement !== this.canvas) return null;
    const i = this.scene.indexOf.get(this.focusedId);
    if (i === undefined) return null;
    const n = this.scene.nodes[i];
    return { id: n.id, x: this.transform.applyX(n.x), y: this.transform.applyY(n.y), r: n.r * discZoom(this.transform.k, this.scene.rowHeight) };
  }

  private placeFocusBox(): void {
    const disc = this.focusDisc();
    // The canvas may sit below other content in the container; the box is positioned like the canvas.
    const dx = this.canvas.offsetLeft;
    const dy = this.canvas.offsetTop;
    this.focusOverlay.place(disc && { ...disc, x: disc.x + dx, y: disc.y + dy });
  }

  private announceFocus(): void {
    const i = this.focusedId === null ? undefined : this.scene?.indexOf.get(this.focusedId);
    if (i === undefined || !this.scene) {
      this.focusOverlay.announce('');
      return;
    }
    const n = this.scene.nodes[i];
    const state = !this.isAllowed(n.id) ? 'outside the filter, cannot be selected' : this.selected.has(n.id) ? 'selected' : 'not selected';
    this.focusOverlay.announce(`${n.description}, ${state}`);
  }

  private updateLabel(): void {
    const count = Number(this.canvas.dataset.nodeCount);
    this.canvas.setAttribute(
      'aria-label',
      `Model map, ${count} ${count === 1 ? 'model' : 'models'}, ${this.selected.size} selected. Arrow keys move between models, Enter selects, Shift-drag selects a rectangle.`,
    );
  }
}

