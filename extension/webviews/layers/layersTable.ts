// The Layers tree table: a header with one sort button per model (base first) over a virtualized body.
// Only the rows in view (plus a margin) are in the DOM, so 5,000 tensors scroll like ten. Extra sortable columns that
// are not a model's (the diagnosis's recovery and sensitivity) follow the models' columns.
import { element } from '../shared/dom';
import { VirtualRows } from '../shared/virtualRows';
import { formatCount } from './cellText';
import type { VisibleRow } from './layerTree';
import { rowTitle } from './rowNames';

export interface HeaderColumn {
  /** The model's name as the probe result lists it. */
  model: string;
  label: string;
  isBase: boolean;
  sorted: 'ascending' | 'descending' | null;
}

/** A column after the models' own: its header sorts through `extraSortClicked`. */
export interface ExtraColumn {
  /** Names the column in the DOM (data-extra-column) and to `extraSortClicked`. */
  id: string;
  label: string;
  title: string;
  sorted: 'ascending' | 'descending' | null;
}

export interface TableEvents {
  sortClicked(model: string): void;
  extraSortClicked(id: string): void;
  toggled(key: string): void;
}

/** Builds one cell of one row; the page decides what cells show. */
export type CellBuilder = (row: VisibleRow, column: number) => HTMLElement;

export class LayersTable {
  readonly element: HTMLDivElement;
  private readonly header: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly body: VirtualRows;
  private rows: readonly VisibleRow[] = [];
  private columns = 0;
  /** The models' display names, base first, for the name cell's tooltip. */
  private modelNames: readonly string[] = [];
  private cell: CellBuilder = () => element('div');
  /** The row the keyboard is on, by key so it survives re-sorting and expanding; null before the first key press. */
  private cursorKey: string | null = null;

  constructor(container: HTMLElement, private readonly events: TableEvents) {
    this.element = element('div', 'layers-table');
    this.element.id = 'layers-table';
    this.element.setAttribute('role', 'treegrid');
    this.element.setAttribute('aria-label', 'Modules and tensors by model');
    this.header = element('div', 'layers-row layers-header');
    this.header.setAttribute('role', 'row');
    const scroller = element('div', 'layers-scroller');
    scroller.tabIndex = 0;
    this.spacer = element('div', 'layers-spacer');
    scroller.append(this.spacer);
    this.element.append(this.header, scroller);
    container.append(this.element);
    this.body = new VirtualRows(scroller, this.spacer, {
      build: (index) => this.rowElement(index),
      drawn: () => this.markCursor(),
      measure: 'layers-draw',
    });
    scroller.addEventListener('keydown', (event) => this.onKey(event));
    this.spacer.addEventListener('click', (event) => {
      const toggle = (event.target as HTMLElement).closest<HTMLElement>('.layers-toggle');
      const key = toggle?.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey;
      if (key !== undefined) events.toggled(key);
    });
  }

  /** `ranked`: the rows are every module ranked across the model, not the tree (the sort buttons say which). */
  setHeader(ranked: boolean, columns: readonly HeaderColumn[], extras: readonly ExtraColumn[] = []): void {
    this.columns = columns.length + extras.length;
    this.modelNames = columns.map((c) => c.label);
    this.element.style.setProperty('--layers-columns', String(columns.length));
    this.element.style.setProperty('--layers-extra', String(Math.max(1, extras.length)));
    this.element.classList.toggle('has-extra', extras.length > 0);
    this.element.setAttribute('aria-colcount', String(this.columns + 1));
    const first = element('div', 'layers-cell layers-name-cell', 'Module / tensor');
    first.setAttribute('role', 'columnheader');
    this.header.replaceChildren(first, ...columns.map((c) => {
      const cell = element('div', 'layers-cell layers-column-header');
      cell.setAttribute('role', 'columnheader');
      cell.setAttribute('aria-sort', c.sorted ?? 'none');
      const button = element('button', 'layers-sort');
      button.dataset.sortModel = c.model;
      button.title = `${ranked ? 'Rank every module of the model' : 'Sort the rows within each module'} by ${c.label}`
        + (c.sorted ? ` (${c.sorted}; click to change)` : '');
      button.append(element('span', 'layers-model', c.label),
        element('span', 'layers-arrow', c.sorted === 'ascending' ? '▲' : c.sorted === 'descending' ? '▼' : ''));
      if (c.isBase) button.append(element('span', 'layers-base-badge', 'base'));
      button.addEventListener('click', () => this.events.sortClicked(c.model));
      cell.append(button);
      return cell;
    }), ...extras.map((c) => {
      const cell = element('div', 'layers-cell layers-column-header layers-extra-header');
      cell.setAttribute('role', 'columnheader');
      cell.setAttribute('aria-sort', c.sorted ?? 'none');
      cell.dataset.extraColumn = c.id;
      const button = element('button', 'layers-sort');
      button.dataset.sortExtra = c.id;
      button.title = c.title + (c.sorted ? ` (${c.sorted}; click to change)` : '');
      button.append(element('span', 'layers-model', c.label),
        element('span', 'layers-arrow', c.sorted === 'ascending' ? '▲' : c.sorted === 'descending' ? '▼' : ''));
      button.addEventListener('click', () => this.events.extraSortClicked(c.id));
      cell.append(button);
      return cell;
    }));
  }

  /** New rows or new cell content: redraws what is in view. */
  setRows(rows: readonly VisibleRow[], cell: CellBuilder, { resetScroll = false } = {}): void {
    this.rows = rows;
    this.cell = cell;
    this.element.setAttribute('aria-rowcount', String(rows.length + 1));
    this.element.dataset.rowCount = String(rows.length);
    this.body.reset(rows.length, { resetScroll });
  }

  /**
   * Treegrid keys: Up/Down, Page Up/Down, Home/End move through the rows; Right opens a module (or steps
   * into it), Left closes it (or steps to its parent); Enter and Space toggle.
   */
  private onKey(event: KeyboardEvent): void {
    if (this.rows.length === 0) return;
    const cursor = Math.max(-1, this.rows.findIndex((r) => r.node.key === this.cursorKey));
    const view = cursor >= 0 ? this.rows[cursor] : undefined;
    const page = this.body.pageSize;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    const canOpen = view !== undefined && view.node.children.length > 0;
    if (event.key in moves) this.moveTo(Math.max(0, Math.min(this.rows.length - 1, cursor + moves[event.key])));
    else if (view && (event.key === 'Enter' || event.key === ' ') && canOpen) this.events.toggled(view.node.key);
    else if (view && event.key === 'ArrowRight') {
      if (canOpen && !view.expanded) this.events.toggled(view.node.key);
      else if (canOpen) this.moveTo(cursor + 1);
    } else if (view && event.key === 'ArrowLeft') {
      if (view.expanded) this.events.toggled(view.node.key);
      else if (view.node.parent !== null) this.moveTo(this.rows.findIndex((r) => r.node.key === view.node.parent));
    } else return;
    event.preventDefault();
  }

  private moveTo(index: number): void {
    if (index < 0) return;
    this.cursorKey = this.rows[index].node.key;
    this.body.reveal(index);
    this.markCursor();
  }

  private markCursor(): void {
    for (const row of this.body.drawnRows.values()) row.classList.toggle('is-cursor', row.dataset.rowKey === this.cursorKey);
  }

  private rowElement(index: number): HTMLElement {
    const view = this.rows[index];
    const { node } = view;
    const row = element('div', `layers-row is-${node.kind}`);
    row.setAttribute('role', 'row');
    row.setAttribute('aria-level', String(view.depth + 1));
    row.dataset.rowKey = node.key;
    row.dataset.kind = node.kind;
    if (node.children.length > 0) row.setAttribute('aria-expanded', String(view.expanded));
    const name = element('div', 'layers-cell layers-name-cell');
    name.setAttribute('role', 'rowheader');
    name.style.paddingLeft = `${6 + view.depth * 14}px`;
    const toggle = element('button', 'layers-toggle', node.children.length === 0 ? '' : view.expanded ? '▾' : '▸');
    toggle.disabled = node.children.length === 0;
    toggle.setAttribute('aria-label', view.expanded ? `Collapse ${node.key}` : `Expand ${node.key}`);
    name.append(toggle, element('span', 'layers-label', node.label));
    // What the module is, after its name: the table otherwise shows only names like "0" or "Convolution249".
    if (node.type) name.append(element('span', 'layers-type', node.type));
    name.append(
      element('span', 'layers-detail', node.tensor ? `[${node.tensor.shape.join('×')}]` : node.weightless ? 'no weights' : `${formatCount(node.params)} params`));
    name.title = rowTitle(node, this.modelNames);
    row.append(name);
    for (let c = 0; c < this.columns; c++) {
      const cell = this.cell(view, c);
      cell.classList.add('layers-cell', 'layers-value');
      cell.setAttribute('role', 'gridcell');
      row.append(cell);
    }
    return row;
  }
}
