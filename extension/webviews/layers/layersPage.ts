// The Layers page: a toolbar (base, what cells show, the activations' sample size and run button, what
// header clicks sort by, whether they rank within each parent or across the model, name filter with its
// regular-expression toggle and error, legend of change bands or of the sparsity split), the status line, the tree table's container
// and the collapsible list of unmatched tensors and outputs.
import { MAX_ACTIVATION_INSTANCES, MIN_ACTIVATION_INSTANCES } from '../../../protocol/layersWebview';
import { element } from '../shared/dom';
import { labelled, toolbarSelect } from '../shared/toolbar';
import { CELL_MODES, SORT_METRICS } from './layersState';
import { RANK_SCOPES } from './moduleRanking';

export interface LayersPage {
  baseSelect: HTMLSelectElement;
  cellsSelect: HTMLSelectElement;
  /** The sample size and run button, shown in Activations mode. */
  sampleGroup: HTMLElement;
  sampleSize: HTMLInputElement;
  runActivations: HTMLButtonElement;
  /** "instances: N" of the activations in view. */
  instances: HTMLElement;
  sortMetricSelect: HTMLSelectElement;
  rankSelect: HTMLSelectElement;
  filter: HTMLInputElement;
  /** The ".*" toggle: aria-pressed says whether the filter is a regular expression. */
  filterRegex: HTMLButtonElement;
  /** Why the filter's pattern was not applied; hidden while it is. */
  filterError: HTMLElement;
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
  const baseSelect = toolbarSelect('layers-base');
  const cellsSelect = toolbarSelect('layers-cells');
  cellsSelect.append(...CELL_MODES.map((m) => new Option(m.label, m.value)));
  const sortMetricSelect = toolbarSelect('layers-sort-metric');
  sortMetricSelect.append(...SORT_METRICS.map((m) => new Option(m.label, m.value)));
  sortMetricSelect.title = 'What a click on a model\'s column header sorts the rows by';
  const rankSelect = toolbarSelect('layers-rank');
  rankSelect.append(...RANK_SCOPES.map((r) => new Option(r.label, r.value)));
  rankSelect.title = 'Sort siblings within each parent (the tree), or rank every module of the model in one list';
  const filter = element('input', 'layers-filter');
  filter.id = 'layers-filter';
  filter.type = 'search';
  filter.placeholder = 'Filter by name';
  filter.setAttribute('aria-label', 'Filter modules and tensors by name');
  const filterRegex = element('button', 'layers-filter-regex', '.*');
  filterRegex.id = 'layers-filter-regex';
  filterRegex.title = 'Use regular expression';
  filterRegex.setAttribute('aria-label', 'Use regular expression');
  filterRegex.setAttribute('aria-pressed', 'false');
  const filterError = element('span', 'layers-filter-error');
  filterError.id = 'layers-filter-error';
  filterError.setAttribute('role', 'alert');
  filterError.hidden = true;
  const filterGroup = element('span', 'toolbar-group layers-filter-group');
  filterGroup.append(filter, filterRegex, filterError);
  const legend = element('span', 'layers-legend');

  const sampleSize = element('input', 'layers-sample');
  sampleSize.id = 'layers-sample';
  sampleSize.type = 'number';
  sampleSize.min = String(MIN_ACTIVATION_INSTANCES);
  sampleSize.max = String(MAX_ACTIVATION_INSTANCES);
  sampleSize.step = '1';
  sampleSize.title = `Dataset instances to run the models on (${MIN_ACTIVATION_INSTANCES}–${MAX_ACTIVATION_INSTANCES}); Enter runs`;
  const runActivations = element('button', 'toolbar-button', 'Run');
  runActivations.id = 'layers-run-activations';
  runActivations.title = 'Run the models on this many dataset instances and compare each module\'s output';
  const instances = element('span', 'layers-muted');
  instances.id = 'layers-instances';
  const sampleGroup = labelled('Instances', sampleSize);
  sampleGroup.append(runActivations, instances);
  sampleGroup.hidden = true;
  toolbar.append(labelled('Base', baseSelect), labelled('Cells', cellsSelect), sampleGroup, labelled('Sort by', sortMetricSelect),
    labelled('Rank', rankSelect), filterGroup, legend);

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
  return { baseSelect, cellsSelect, sampleGroup, sampleSize, runActivations, instances, sortMetricSelect, rankSelect, filter, filterRegex, filterError,
    legend, status, retry, tableContainer, unmatched, unmatchedSummary, unmatchedList };
}
