// The Layers page: a toolbar (base, what cells show, what header clicks sort by, name filter, change-band
// legend), the status line, the tree table's container and the collapsible list of unmatched tensors.
import { element } from '../map/dom';
import { CELL_MODES, SORT_METRICS } from './layersState';

export interface LayersPage {
  baseSelect: HTMLSelectElement;
  cellsSelect: HTMLSelectElement;
  sortMetricSelect: HTMLSelectElement;
  filter: HTMLInputElement;
  legend: HTMLElement;
  status: HTMLElement;
  retry: HTMLButtonElement;
  tableContainer: HTMLElement;
  unmatched: HTMLDetailsElement;
  unmatchedSummary: HTMLElement;
  unmatchedList: HTMLElement;
}

export function buildLayersPage(root: HTMLElement): LayersPage {
  const toolbar = element('div', 'toolbar');
  const baseSelect = select('layers-base');
  const cellsSelect = select('layers-cells');
  cellsSelect.append(...CELL_MODES.map((m) => new Option(m.label, m.value)));
  const sortMetricSelect = select('layers-sort-metric');
  sortMetricSelect.append(...SORT_METRICS.map((m) => new Option(m.label, m.value)));
  sortMetricSelect.title = 'What a click on a model\'s column header sorts the rows by';
  const filter = element('input', 'layers-filter');
  filter.id = 'layers-filter';
  filter.type = 'search';
  filter.placeholder = 'Filter by name';
  filter.setAttribute('aria-label', 'Filter modules and tensors by name');
  const legend = element('span', 'layers-legend');
  toolbar.append(label('Base', baseSelect), label('Cells', cellsSelect), label('Sort by', sortMetricSelect), filter, legend);

  const statusLine = element('div', 'status-line');
  const status = element('span', 'status');
  status.id = 'layers-status';
  status.setAttribute('role', 'status');
  const retry = element('button', 'toolbar-button', 'Compare again');
  retry.id = 'layers-retry';
  retry.hidden = true;
  statusLine.append(status, retry);

  const tableContainer = element('div', 'layers-main');
  const unmatched = element('details', 'layers-unmatched');
  unmatched.id = 'layers-unmatched';
  const unmatchedSummary = element('summary', '', 'Unmatched tensors');
  const unmatchedList = element('ul', 'layers-unmatched-list');
  unmatched.append(unmatchedSummary, unmatchedList);
  unmatched.hidden = true;
  root.append(toolbar, statusLine, tableContainer, unmatched);
  return { baseSelect, cellsSelect, sortMetricSelect, filter, legend, status, retry, tableContainer, unmatched, unmatchedSummary, unmatchedList };
}

function select(id: string): HTMLSelectElement {
  const s = element('select', 'toolbar-select');
  s.id = id;
  return s;
}

function label(text: string, control: HTMLElement): HTMLElement {
  const l = element('label', 'toolbar-label', text);
  l.htmlFor = control.id;
  const group = element('span', 'toolbar-group');
  group.append(l, control);
  return group;
}
