// The Behaviors page: a toolbar (base, rows kind, comparison metric, relative toggle, filters), the
// status line, the table, and a side pane with the instance view and the compression-identified exemplars.
import { INSTANCE_CHANGES } from '../../../protocol/behaviorsWebview';
import { element } from '../shared/dom';
import { labelled, toolbarSelect } from '../shared/toolbar';
import type { RowsKind } from './behaviorsState';
import { COMPARISON_METRICS } from './comparisonMetrics';

export const ROWS_KINDS: readonly { value: RowsKind; label: string }[] = [
  { value: 'classes', label: 'Classes' },
  { value: 'subgroups', label: 'Subgroups' },
  { value: 'instances', label: 'Instances' },
];

const CHANGE_LABELS: Record<(typeof INSTANCE_CHANGES)[number], string> = {
  all: 'All instances',
  broken: 'Base right, model wrong',
  fixed: 'Base wrong, model right',
  bothRight: 'Both right',
  bothWrong: 'Both wrong',
  disagree: 'Prediction differs from base',
};

export interface BehaviorsPage {
  baseSelect: HTMLSelectElement;
  rowsButtons: Map<RowsKind, HTMLButtonElement>;
  metricSelect: HTMLSelectElement;
  relativeToggle: HTMLInputElement;
  search: HTMLInputElement;
  changeSelect: HTMLSelectElement;
  changeModelSelect: HTMLSelectElement;
  instanceFilters: HTMLElement;
  /** The class the instance rows are drilled down to; click to remove. Hidden when none. */
  classChip: HTMLButtonElement;
  status: HTMLElement;
  retry: HTMLButtonElement;
  tableContainer: HTMLElement;
  side: HTMLElement;
  exemplars: HTMLOListElement;
}

export function buildBehaviorsPage(root: HTMLElement): BehaviorsPage {
  const toolbar = element('div', 'toolbar');
  const baseSelect = toolbarSelect('behaviors-base');
  const rowsGroup = element('span', 'segmented');
  rowsGroup.setAttribute('role', 'radiogroup');
  rowsGroup.setAttribute('aria-label', 'Rows');
  const rowsButtons = new Map<RowsKind, HTMLButtonElement>();
  for (const kind of ROWS_KINDS) {
    const button = element('button', 'segment', kind.label);
    button.dataset.rows = kind.value;
    button.setAttribute('role', 'radio');
    rowsButtons.set(kind.value, button);
    rowsGroup.append(button);
  }
  const metricSelect = toolbarSelect('behaviors-metric');
  metricSelect.append(...COMPARISON_METRICS.map((m) => new Option(m.label, m.key)));
  const relativeToggle = element('input');
  relativeToggle.type = 'checkbox';
  relativeToggle.id = 'behaviors-relative';
  const relativeLabel = element('label', 'toolbar-label toggle', 'Relative to base');
  relativeLabel.prepend(relativeToggle);
  const search = element('input', 'behaviors-search');
  search.type = 'search';
  search.id = 'behaviors-search';
  search.placeholder = 'Search classes';
  search.setAttribute('aria-label', 'Search by class name');
  const changeSelect = toolbarSelect('behaviors-change');
  changeSelect.append(...INSTANCE_CHANGES.map((c) => new Option(CHANGE_LABELS[c], c)));
  const changeModelSelect = toolbarSelect('behaviors-change-model');
  changeModelSelect.setAttribute('aria-label', 'Model the change applies to');
  const instanceFilters = element('span', 'toolbar-group');
  const classChip = element('button', 'filter-chip');
  classChip.id = 'behaviors-class-chip';
  classChip.hidden = true;
  instanceFilters.append(changeSelect, changeModelSelect, classChip);
  toolbar.append(labelled('Base', baseSelect), rowsGroup, labelled('Metric', metricSelect), relativeLabel, search, instanceFilters);

  const statusLine = element('div', 'behaviors-status');
  const status = element('span', 'behaviors-status-text');
  status.setAttribute('role', 'status');
  const retry = element('button', 'toolbar-button', 'Compare again');
  retry.hidden = true;
  statusLine.append(status, retry);

  const main = element('div', 'behaviors-main');
  const tableContainer = element('div', 'behaviors-table-pane');
  const side = element('aside', 'behaviors-side');
  const exemplarSection = element('section', 'exemplars');
  exemplarSection.id = 'exemplars';
  const exemplars = element('ol', 'exemplar-list');
  exemplarSection.append(element('h3', '', 'Compression-identified exemplars'), exemplars);
  side.append(exemplarSection);
  main.append(tableContainer, side);
  root.append(toolbar, statusLine, main);
  return { baseSelect, rowsButtons, metricSelect, relativeToggle, search, changeSelect, changeModelSelect, instanceFilters, classChip, status, retry, tableContainer, side, exemplars };
}
