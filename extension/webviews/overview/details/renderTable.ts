// The table of the selected models under the charts: one row per model, sortable by any column.
// Only the first ROW_LIMIT rows are built: 10,000 rows of DOM cost seconds and nobody reads them;
// sorting brings the rows that matter to the top.
import type { TableColumn } from './tableColumns';
import { sortRows, type SortKey } from './tableSort';
import { setTableSource } from '../../shared/export/tableSource';
import type { CsvValue } from '../../shared/export/csv';

export const ROW_LIMIT = 500;

export function renderTable(
  parent: HTMLElement,
  columns: readonly TableColumn[],
  rowCount: number,
  sort: SortKey | null,
  onSort: (column: string) => void,
  rowModels?: { ids: readonly string[]; hovered(id: string | null): void },
): void {
  const table = document.createElement('table');
  table.id = 'details-table';
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.dataset.column = column.key;
    th.className = `details-col-${column.kind}`;
    const sorted = sort?.column === column.key;
    th.setAttribute('aria-sort', sorted ? (sort.descending ? 'descending' : 'ascending') : 'none');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = column.label;
    button.title = `Sort by ${column.label}`;
    if (sorted) button.append(Object.assign(document.createElement('span'), { className: 'details-sort-arrow', textContent: sort.descending ? ' ▼' : ' ▲' }));
    button.addEventListener('click', () => onSort(column.key));
    th.append(button);
    head.append(th);
  }

  let rows = Array.from({ length: rowCount }, (_, i) => i);
  const sortColumn = sort ? columns.find((c) => c.key === sort.column) : undefined;
  if (sort && sortColumn) rows = sortRows(rows, (i) => sortColumn.value(i), sort.descending);
  setTableSource(table, () => ({ header: columns.map((c) => c.label), rows: rows.map((i) => columns.map((c) => csvCell(c, i))) }));
  const body = table.createTBody();
  for (const model of rows.slice(0, ROW_LIMIT)) {
    const tr = body.insertRow();
    if (rowModels) {
      const id = rowModels.ids[model];
      tr.dataset.model = id;
      tr.addEventListener('pointerenter', () => rowModels.hovered(id));
    }
    for (const column of columns) {
      const td = tr.insertCell();
      td.className = `details-col-${column.kind}`;
      td.textContent = column.text(model);
    }
  }
  if (rowModels) body.addEventListener('pointerleave', () => rowModels.hovered(null));
  parent.append(table);
  if (rowCount > ROW_LIMIT) {
    const note = document.createElement('p');
    note.className = 'details-note';
    note.textContent = `Showing ${ROW_LIMIT} of ${rowCount} models. Sort by a column to bring the ones you need to the top.`;
    parent.append(note);
  }
}

/** A saved cell: a metric's number unrounded (its unit is in the header), a model or variable level as the table shows it. */
export function csvCell(column: TableColumn, model: number): CsvValue {
  return column.kind === 'metric' ? column.value(model) : column.text(model);
}
