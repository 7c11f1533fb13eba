// The Behaviors table: a header row per compared model (sort button, summary number, distribution
// chart) over a virtualized body. Only the rows in view (plus a margin) are in the DOM, so 100,000
// instance rows scroll as smoothly as ten classes.
import { element } from '../shared/dom';
import { drawHistogram } from './headerChart';
import { VirtualRows } from '../shared/virtualRows';
import type { CellView, RowView } from './rowViews';
import type { RowWindow } from '../shared/virtualWindow';

export interface HeaderColumn {
  id: string;
  label: string;
  isBase: boolean;
  summary: string;
  /** What the summary is over ("all instances", "class 3 (1,000 instances)"): the filters it follows. */
  over: string;
  sorted: 'ascending' | 'descending' | null;
  /** The header chart: values and domain, and what the values are over (the rows, or the classes while instances are shown). */
  histogram: { values: (number | null)[]; domain: [number, number]; over: string };
}

export interface TableRows {
  total: number;
  /** The row at an index, or undefined while its page is loading. */
  row(index: number): RowView | undefined;
}

export interface TableEvents {
  sortClicked(modelId: string): void;
  rowClicked(index: number, key: string): void;
  /** The rows in view changed (scroll, resize, new rows): fetch what is missing. */
  windowChanged(window: RowWindow): void;
}

export class BehaviorsTable {
  readonly element: HTMLDivElement;
  private readonly header: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly body: VirtualRows;
  private rows: TableRows = { total: 0, row: () => undefined };
  private selectedKey: string | null = null;
  /** The row the arrow keys are on; -1 before the first key press. */
  private cursor = -1;

  constructor(container: HTMLElement, private readonly events: TableEvents) {
    this.element = element('div', 'behaviors-table');
    this.element.id = 'behaviors-table';
    this.element.setAttribute('role', 'grid');
    this.header = element('div', 'behaviors-row behaviors-header');
    this.header.setAttribute('role', 'row');
    const scroller = element('div', 'behaviors-scroller');
    scroller.tabIndex = 0;
    this.spacer = element('div', 'behaviors-spacer');
    scroller.append(this.spacer);
    this.element.append(this.header, scroller);
    container.append(this.element);
    this.body = new VirtualRows(scroller, this.spacer, {
      build: (index) => this.rowElement(index, this.rows.row(index)),
      // A placeholder is rebuilt: its page may have arrived since.
      stale: (row) => row.classList.contains('is-loading'),
      drawn: (window) => {
        this.markCursor();
        this.events.windowChanged(window);
      },
      measure: 'behaviors-draw',
    });
    scroller.addEventListener('keydown', (event) => this.onKey(event));
    this.spacer.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
      if (row?.dataset.rowKey) events.rowClicked(Number(row.dataset.rowIndex), row.dataset.rowKey);
    });
  }

  setHeader(firstColumn: string, columns: readonly HeaderColumn[]): void {
    this.element.style.setProperty('--behaviors-columns', String(columns.length));
    const first = element('div', 'behaviors-cell behaviors-label-cell behaviors-first-header', firstColumn);
    first.setAttribute('role', 'columnheader');
    this.header.replaceChildren(first, ...columns.map((c) => this.headerCell(c)));
    this.element.setAttribute('aria-colcount', String(columns.length + 1));
  }

  /** The first column's header alone: the instance count arrives with the first page, after the header is drawn. */
  setFirstColumn(text: string): void {
    const first = this.header.querySelector('.behaviors-first-header');
    if (first) first.textContent = text;
  }

  private headerCell(column: HeaderColumn): HTMLElement {
    const cell = element('div', 'behaviors-cell behaviors-column-header');
    cell.setAttribute('role', 'columnheader');
    cell.setAttribute('aria-sort', column.sorted ?? 'none');
    const button = element('button', 'behaviors-sort');
    button.dataset.sortModel = column.id;
    button.title = `Sort by ${column.label}${column.sorted ? ` (${column.sorted})` : ''}`;
    const name = element('span', 'behaviors-model', column.label);
    const arrow = element('span', 'behaviors-arrow', column.sorted === 'ascending' ? '▲' : column.sorted === 'descending' ? '▼' : '');
    button.append(name, arrow);
    if (column.isBase) button.append(element('span', 'behaviors-base-badge', 'base'));
    button.addEventListener('click', () => this.events.sortClicked(column.id));
    const summary = element('div', 'behaviors-summary', column.summary);
    summary.title = `${column.label}, over ${column.over}`;
    summary.dataset.over = column.over;
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.classList.add('behaviors-histogram');
    drawHistogram(chart, column.histogram.values, column.histogram.domain, `Distribution of ${column.label}'s values over ${column.histogram.over}`);
    cell.append(button, summary, chart);
    return cell;
  }

  /** New rows (a new kind, sort, filter, or a page that arrived): redraws what is in view. */
  setRows(rows: TableRows, { resetScroll = false } = {}): void {
    this.rows = rows;
    this.element.setAttribute('aria-rowcount', String(rows.total + 1));
    this.element.dataset.rowCount = String(rows.total);
    if (resetScroll) this.cursor = -1;
    this.body.reset(rows.total, { resetScroll });
  }

  /** Arrow keys, Page Up/Down, Home/End move through the rows; Enter opens the row as a click does. */
  private onKey(event: KeyboardEvent): void {
    const page = this.body.pageSize;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (event.key === 'Enter' && this.cursor >= 0) {
      const key = this.rows.row(this.cursor)?.key;
      if (key) this.events.rowClicked(this.cursor, key);
    } else if (event.key in moves && this.rows.total > 0) {
      this.cursor = Math.max(0, Math.min(this.rows.total - 1, this.cursor + moves[event.key]));
      this.body.reveal(this.cursor);
      this.markCursor();
    } else return;
    event.preventDefault();
  }

  private markCursor(): void {
    for (const [i, row] of this.body.drawnRows) row.classList.toggle('is-cursor', i === this.cursor);
  }

  select(key: string | null): void {
    this.selectedKey = key;
    for (const row of this.spacer.querySelectorAll<HTMLElement>('[data-row-key]'))
      row.classList.toggle('is-selected', row.dataset.rowKey === key);
  }

  private rowElement(index: number, view: RowView | undefined): HTMLElement {
    const row = element('div', 'behaviors-row');
    row.setAttribute('role', 'row');
    row.dataset.rowIndex = String(index);
    if (!view) {
      row.classList.add('is-loading');
      row.append(element('div', 'behaviors-cell behaviors-label-cell', 'Loading…'));
      return row;
    }
    row.dataset.rowKey = view.key;
    row.classList.toggle('is-selected', view.key === this.selectedKey);
    const label = element('div', 'behaviors-cell behaviors-label-cell');
    label.setAttribute('role', 'rowheader');
    label.append(element('span', 'behaviors-row-label', view.label), element('span', 'behaviors-row-detail', view.detail));
    label.title = view.label;
    row.append(label);
    for (const c of view.cells) {
      const cell = element('div', 'behaviors-cell behaviors-value');
      cell.setAttribute('role', 'gridcell');
      cell.title = c.title;
      cell.classList.toggle('is-worse', c.worse);
      cell.classList.toggle('is-wrong', c.wrong === true);
      const bar = element('div', 'behaviors-bar');
      bar.style.left = `${c.bar.left}%`;
      bar.style.width = `${c.bar.width}%`;
      cell.append(bar, ...cellContent(c));
      row.append(cell);
    }
    return row;
  }
}

/**
 * A cell's text. An instance cell is three aligned parts, never one run of text ("3 100.0%" read as 3100.0%): a
 * correctness mark (an icon and its colour, not a strike-through, which hid the prediction it marked), the prediction,
 * left-aligned, and the confidence, right-aligned in tabular figures so it lines up down the column.
 */
function cellContent(c: CellView): HTMLElement[] {
  const mark = c.wrong === undefined ? [] : [correctnessMark(c.wrong)];
  if (!c.parts) return [...mark, element('span', 'behaviors-number', c.text)];
  return [...mark, element('span', 'behaviors-prediction', c.parts.prediction), element('span', 'behaviors-amount', c.parts.amount)];
}

function correctnessMark(wrong: boolean): HTMLElement {
  const mark = element('span', `behaviors-correctness ${wrong ? 'is-wrong' : 'is-right'}`, wrong ? '✗' : '✓');
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', wrong ? 'wrong' : 'right');
  return mark;
}
