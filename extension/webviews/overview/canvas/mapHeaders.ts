// The Model Map's column headers: buttons in a strip over the canvas that follow pan and zoom. They
// show each column's full name (wrapped, or upright when columns are narrow), give it in a tooltip,
// and select the column's models on click. DOM rather than canvas text so the names are readable by
// screen readers, clickable with the keyboard, and never cut to a few letters.
import { element } from '../../shared/dom';
import type { MapScene } from './mapScene';
import { COLUMN_WIDTH, headerLayout, MIN_LABELLED_COLUMN, type HeaderLayout, type View } from './mapGeometry';

export interface MapColumnHeader {
  index: number;
  label: string;
  /** The ids of the models in this column, in map order. */
  ids: string[];
}

/** Matches the header font in overview.css (.map-header). */
const HEADER_FONT_SIZE = '600 11px';

export class MapHeaders {
  readonly element: HTMLDivElement;
  private columns: MapColumnHeader[] = [];
  private buttons: HTMLButtonElement[] = [];
  private measured: { width: number; longestWord: number }[] = [];
  private measureFont = '';
  private layout: HeaderLayout = headerLayout([], COLUMN_WIDTH);

  constructor(
    container: HTMLElement,
    private readonly picked: (ids: string[], additive: boolean) => void,
    /** The map's canvas: the wheel over the strip still zooms the map, as it did when the canvas drew the headers. */
    zoomTarget: HTMLElement,
  ) {
    this.element = element('div', 'map-headers');
    this.element.setAttribute('role', 'toolbar');
    this.element.setAttribute('aria-label', 'Columns: click one to select its models');
    this.element.addEventListener('wheel', (event) => {
      event.preventDefault();
      zoomTarget.dispatchEvent(new WheelEvent('wheel', event));
    }, { passive: false });
    container.append(this.element);
  }

  /** New columns (a spec or arrangement change); the buttons are rebuilt only when names or members change. */
  setColumns(columns: MapColumnHeader[], fontFamily: string): void {
    const key = (list: readonly MapColumnHeader[]) => list.map((c) => `${c.index}\u0000${c.label}\u0000${c.ids.join('\u0001')}`).join('\u0002');
    const font = `${HEADER_FONT_SIZE} ${fontFamily}`;
    if (key(columns) === key(this.columns) && font === this.measureFont) return;
    this.columns = columns;
    this.measureFont = font;
    this.measured = measure(columns.map((c) => c.label), font);
    this.buttons = columns.map((c) => {
      const button = element('button', 'map-header');
      button.type = 'button';
      button.dataset.column = String(c.index);
      button.title = `${c.label}: click to select its ${c.ids.length} ${c.ids.length === 1 ? 'model' : 'models'}; Ctrl/Cmd-click adds them to the selection`;
      button.append(element('span', 'map-header-text', c.label));
      button.addEventListener('click', (event) => this.picked([...c.ids], event.ctrlKey || event.metaKey || event.shiftKey));
      return button;
    });
    this.element.replaceChildren(...this.buttons);
  }

  /** The strip's layout at a zoom: flat or upright, and its height, which the map keeps its content below. */
  layoutAt(k: number): HeaderLayout {
    return headerLayout(this.measured, COLUMN_WIDTH * k);
  }

  /** Moves the buttons under their columns for this view; returns the strip's height. */
  place(view: View, width: number): number {
    this.layout = this.layoutAt(view.k);
    const columnWidth = COLUMN_WIDTH * view.k;
    this.element.classList.toggle('upright', this.layout.upright);
    this.element.style.height = `${this.layout.height}px`;
    this.columns.forEach((c, i) => {
      const button = this.buttons[i];
      const left = view.x + c.index * columnWidth;
      const shown = left + columnWidth >= 0 && left <= width;
      button.hidden = !shown;
      if (!shown) return;
      button.style.left = `${left}px`;
      button.style.width = `${columnWidth}px`;
      button.classList.toggle('unlabelled', columnWidth < MIN_LABELLED_COLUMN);
    });
    return this.layout.height;
  }

  get height(): number {
    return this.layout.height;
  }
}

/** Each label's width and its longest word's, in the header font, measured once per set of columns. */
function measure(labels: readonly string[], font: string): { width: number; longestWord: number }[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return labels.map((l) => ({ width: l.length * 7, longestWord: Math.max(0, ...l.split(/\s+/).map((w) => w.length * 7)) }));
  context.font = font;
  return labels.map((l) => ({
    width: context.measureText(l).width,
    longestWord: Math.max(0, ...l.split(/\s+/).map((w) => context.measureText(w).width)),
  }));
}

/** Each column's header: its label and the models in it, in map order. */
export function columnHeaders(scene: MapScene): MapColumnHeader[] {
  const ids = new Map<number, string[]>(scene.columns.map((c) => [c.index, []]));
  for (const n of scene.nodes) ids.get(n.column)?.push(n.id);
  return scene.columns.map((c) => ({ index: c.index, label: c.label, ids: ids.get(c.index) ?? [] }));
}
