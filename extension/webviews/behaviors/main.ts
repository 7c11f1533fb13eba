// The Behaviors webview: compares the selected models' predictions with a base model's by class, by
// subgroup and by instance. The host runs the comparison; this page keeps the user's choices in
// the webview state, draws the table and asks the host for instance pages and instances as needed.
import { CancellationTokenSource } from 'vscode-jsonrpc';
import {
  BehaviorsCompare, BehaviorsNotifications, BehaviorsReady, parseBehaviorsNotification, type ComparedModel, type HostToBehaviors,
} from '../../../protocol/behaviorsWebview';
import { InstancePaging, type BehaviorComparison, type InstanceFilter, type InstanceRow, type InstanceSort } from '../../../protocol/generated/contract';
import { element } from '../shared/dom';
import { barDomain, classOfRowKey, classRows, nextSort, searchRows, sortRows, subgroupRows, type GroupRow } from './behaviorRows';
import { buildBehaviorsPage } from './behaviorsPage';
import { groupTableRows } from './behaviorsCsv';
import { behaviorsSaveMenu } from './behaviorsSave';
import { setTableSource } from '../shared/export/tableSource';
import { chooseBase, parseBehaviorsState, type BehaviorsState } from './behaviorsState';
import { BehaviorsTable, type HeaderColumn } from './behaviorsTable';
import { groupHeaderSummary, instanceHeaderSummary, type HeaderSummary } from './headerSummary';
import { cellValue, comparisonMetric, formatMetricValue, isVectorTask, metricsForTask } from './comparisonMetrics';
import { host, loadState, onHostNotifications, saveState } from '../shared/hostChannel';
import { InstancePages } from './instancePages';
import { requestInstance, requestInstances } from './instanceRequests';
import { InstanceView } from './instanceView';
import { groupRowView, instanceRowView, textInstanceRowView, vectorInstanceRowView } from './rowViews';

const PAGE_SIZE = 200;

const root = document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const page = buildBehaviorsPage(root);
const table = new BehaviorsTable(page.tableContainer, {
  sortClicked: (modelId) => update({ sort: nextSort(state.sort, modelId, state.metric) }),
  rowClicked: (index, key) => {
    // A class row drills down to that class's instances; the chip above the table undoes it.
    const classIndex = state.rows === 'classes' ? classOfRowKey(key) : null;
    if (classIndex !== null) return update({ rows: 'instances', classIndex }, true);
    const row = state.rows === 'instances' ? pages.row(index) : undefined;
    if (row) openInstance(row.instance, row);
  },
  windowChanged: (window) => {
    if (state.rows === 'instances') pages.ensure(window);
  },
});
page.instanceFilters.after(behaviorsSaveMenu(page.tableContainer));
const instanceView = new InstanceView(page.side);
page.side.prepend(instanceView.element);
const pages = new InstancePages(() => Promise.reject(new Error('No comparison yet.')), PAGE_SIZE, () => drawRows(false));

let state: BehaviorsState = parseBehaviorsState(loadState());
saveState(state);
let setup: { specName: string; models: ComparedModel[]; defaultBase: string } | undefined;
let base: string | undefined;
let comparison: BehaviorComparison | undefined;
let pagesQuery = '';
/** Rows of the most-flipped instances, so an exemplar opens with its predictions. */
let exemplarRows = new Map<number, InstanceRow>();
/** The open instance's requests (its data, its row); opening another instance cancels them. */
let instanceRequests: CancellationTokenSource | undefined;

onHostNotifications(BehaviorsNotifications, (raw) => {
  const message = parseBehaviorsNotification(raw);
  if (message) handle(message);
});
host.listen();
page.baseSelect.addEventListener('change', () => {
  state = { ...state, base: page.baseSelect.value };
  saveState(state);
  compare(page.baseSelect.value);
});
for (const [kind, button] of page.rowsButtons) button.addEventListener('click', () => update({ rows: kind }, true));
page.metricSelect.addEventListener('change', () => update({ metric: comparisonMetric(page.metricSelect.value).key }));
page.relativeToggle.addEventListener('change', () => update({ relative: page.relativeToggle.checked }));
let searchTimer: ReturnType<typeof setTimeout> | undefined;
page.search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => update({ search: page.search.value }, true), 250);
});
page.changeSelect.addEventListener('change', () => update({ change: page.changeSelect.value as BehaviorsState['change'] }, true));
page.changeModelSelect.addEventListener('change', () => update({ changeModel: page.changeModelSelect.value }, true));
page.classChip.addEventListener('click', () => update({ classIndex: null }, true));
page.retry.addEventListener('click', () => base && compare(base));
syncControls();
setStatus('Waiting for the extension…', 'loading');
void host.sendNotification(BehaviorsReady);

function handle(message: HostToBehaviors): void {
  switch (message.type) {
    case 'setup':
      setup = message;
      page.baseSelect.replaceChildren(...message.models.map((m) => new Option(m.label, m.id)));
      compare(chooseBase(state, message.models, message.defaultBase));
      break;
    case 'comparing':
      if (message.base === base) setStatus(`Comparing with ${label(message.base)}…`, 'loading');
      break;
    case 'comparison':
      if (message.comparison.base !== base) return; // An answer for a base the user has since changed.
      comparison = message.comparison;
      exemplarRows = new Map();
      pagesQuery = '';
      setStatus(`${comparison.instanceCount.toLocaleString()} instances · ${comparison.models.length} models compared with ${label(comparison.base)}`, 'ready');
      adaptToTask(comparison);
      render(true);
      renderExemplars();
      loadExemplarRows(comparison);
      break;
    case 'compareFailed':
      if (message.base === base) setStatus(message.message, 'error');
      break;
  }
}

/**
 * Offers the metrics of the comparison's task (cosine, MSE, relative L2 for outputs without classes) and, when there
 * are no classes, shows subgroups instead of the class table. A classification keeps the controls as they are.
 */
function adaptToTask(c: BehaviorComparison): void {
  const metrics = metricsForTask(c.task, c.overall[c.base]);
  const keys = (list: ArrayLike<HTMLOptionElement>) => Array.from(list, (o) => o.value).join('\u0000');
  if (keys(page.metricSelect.options) !== metrics.map((m) => m.key).join('\u0000'))
    page.metricSelect.replaceChildren(...metrics.map((m) => new Option(m.label, m.key)));
  // Neither vectors nor generated text have classes; generated text keeps the change filters (exact match decides them).
  const vector = isVectorTask(c.task);
  const classless = vector || c.task === 'generation';
  const classesButton = page.rowsButtons.get('classes');
  if (classesButton) classesButton.hidden = classless;
  page.changeSelect.hidden = vector;
  page.changeModelSelect.hidden = vector;
  const change: Partial<BehaviorsState> = {};
  if (!metrics.some((m) => m.key === state.metric)) change.metric = metrics[0].key;
  if (classless && state.rows === 'classes') change.rows = 'subgroups';
  if (Object.keys(change).length > 0) {
    state = { ...state, ...change };
    saveState(state);
  }
}

function compare(chosen: string): void {
  base = chosen;
  comparison = undefined;
  setTableSource(page.tableContainer, null, `the comparison with ${label(chosen)} is still running. Save once it is shown.`);
  page.baseSelect.value = chosen;
  cancelInstanceRequests();
  instanceView.element.hidden = true;
  // The old base's numbers must not sit under the new base's name while it runs.
  table.setHeader('', []);
  table.setRows({ total: 0, row: () => undefined }, { resetScroll: true });
  showEmptyRows(null);
  setStatus(`Comparing with ${label(chosen)}…`, 'loading');
  void host.sendNotification(BehaviorsCompare, { base: chosen });
}

function update(change: Partial<BehaviorsState>, resetScroll = false): void {
  state = { ...state, ...change };
  saveState(state);
  syncControls();
  render(resetScroll);
}

function syncControls(): void {
  for (const [kind, button] of page.rowsButtons) {
    button.setAttribute('aria-checked', String(kind === state.rows));
    button.classList.toggle('is-active', kind === state.rows);
  }
  page.metricSelect.value = state.metric;
  page.relativeToggle.checked = state.relative;
  if (page.search.value !== state.search && document.activeElement !== page.search) page.search.value = state.search;
  page.search.placeholder = state.rows === 'subgroups' ? 'Search subgroups' : 'Search classes';
  page.instanceFilters.hidden = state.rows !== 'instances';
  page.changeSelect.value = state.change;
  const others = comparison?.models.filter((id) => id !== comparison?.base) ?? [];
  const key = (list: ArrayLike<HTMLOptionElement>) => Array.from(list, (o) => o.value).join('\u0000');
  if (key(page.changeModelSelect.options) !== others.join('\u0000'))
    page.changeModelSelect.replaceChildren(...others.map((id) => new Option(label(id), id)));
  page.changeModelSelect.value = changeModel() ?? '';
  page.changeModelSelect.disabled = state.change === 'all' || others.length === 0;
  const className = state.classIndex === null ? undefined : comparison?.classNames[state.classIndex];
  page.classChip.hidden = state.classIndex === null;
  page.classChip.textContent = state.classIndex === null ? '' : `class: ${state.classIndex}${className ? ` · ${className}` : ''} ✕`;
  page.classChip.title = 'Show the instances of every class';
  page.classChip.setAttribute('aria-label', `Remove the filter on class ${className ?? state.classIndex}`);
}

/** The model the change filter applies to: the chosen one while it is compared, else the first non-base model. */
function changeModel(): string | undefined {
  const others = comparison?.models.filter((id) => id !== comparison?.base) ?? [];
  return others.find((id) => id === state.changeModel) ?? others[0];
}

function render(resetScroll: boolean): void {
  syncControls();
  if (!comparison) return;
  const c = comparison;
  const metric = comparisonMetric(state.metric);
  const sort = state.sort && c.models.includes(state.sort.modelId) ? state.sort : null;
  const groups = state.rows === 'subgroups' ? subgroupRows(c) : classRows(c);
  const values = (rows: readonly GroupRow[], id: string) => rows.map((r) => cellValue(r.stats[id], r.stats[c.base], metric.key, state.relative));
  const domain = barDomain(c.models.flatMap((id) => values(groups, id)), metric.fraction, state.relative);
  const searched = state.rows !== 'instances' ? searchRows(groups, state.search) : groups;
  const summary = state.rows !== 'instances'
    ? groupHeaderSummary(state.rows === 'subgroups' ? 'Subgroup' : 'Class', groups, searched, c.models, c.base, c.overall)
    : instanceSummary(c);
  const columns: HeaderColumn[] = c.models.map((id) => ({
    id,
    label: label(id),
    isBase: id === c.base,
    summary: formatMetricValue(cellValue(summary.stats[id], summary.stats[c.base], metric.key, state.relative), metric, state.relative),
    over: summary.over,
    sorted: sort?.modelId === id ? (sort.descending ? 'descending' : 'ascending') : null,
    // Instance rows are paged from the backend, so their chart stays over the classes, and says so.
    histogram: { values: values(groups, id), domain, over: state.rows === 'instances' ? 'the classes' : 'the rows' },
  }));
  table.setHeader(summary.firstColumn, columns);
  root.dataset.rows = state.rows;
  root.dataset.ready = 'true';
  if (state.rows !== 'instances') {
    const rows = sortRows(searched, sort, metric.key, state.relative, c.base);
    setTableSource(page.tableContainer, () => groupTableRows(state.rows === 'subgroups' ? 'Subgroup' : 'Class', rows, columns, c.base, metric, state.relative));
    table.setRows({ total: rows.length, row: (i) => rows[i] && groupRowView(rows[i], c.models, c.base, metric, state.relative, domain) }, { resetScroll });
    showEmptyRows(rows.length === 0 ? emptyGroupsReason(groups.length) : null);
    return;
  }
  setTableSource(page.tableContainer, null, 'instance rows are loaded page by page. Show Classes or Subgroups to save the table.');
  const query = instanceQuery(sort);
  const key = JSON.stringify(query);
  // A user action after a failed page is the retry.
  if (key !== pagesQuery || pages.error !== null) {
    pagesQuery = key;
    pages.reset((offset, limit, token) => requestInstances(c.base, offset, limit, query.sort, query.filter, token));
    resetScroll = true;
  }
  drawRows(resetScroll);
}

function instanceQuery(sort: BehaviorsState['sort']): { sort?: InstanceSort; filter?: InstanceFilter } {
  const metric = comparisonMetric(state.metric);
  const model = changeModel();
  const filter: InstanceFilter = {};
  if (state.change !== 'all' && model) Object.assign(filter, { change: state.change, modelId: model });
  if (state.search.trim()) filter.search = state.search.trim();
  if (state.classIndex !== null) filter.classIndex = state.classIndex;
  return {
    sort: sort ? { field: metric.instanceField[state.relative ? 1 : 0], modelId: sort.modelId, descending: sort.descending } : undefined,
    filter: Object.keys(filter).length > 0 ? filter : undefined,
  };
}

/** The instance header: the count the backend reports for the filters, the class filter's statistics when exact. */
function instanceSummary(c: BehaviorComparison): HeaderSummary {
  const classRow = state.classIndex === null ? undefined : classRows(c).find((r) => r.key === `class:${state.classIndex}`);
  const otherFilters = (state.change !== 'all' && changeModel() !== undefined) || state.search.trim() !== '';
  return instanceHeaderSummary(pages.total, c.instanceCount, classRow, otherFilters, c.overall);
}

/** Instance rows from the page cache; called again whenever a page arrives. */
function drawRows(resetScroll: boolean): void {
  if (!comparison || state.rows !== 'instances') return;
  const c = comparison;
  table.setFirstColumn(instanceSummary(c).firstColumn);
  table.setRows({
    total: pages.total ?? 0,
    row: (i) => {
      const row = pages.row(i);
      if (!row) return undefined;
      if (c.task === 'generation') return textInstanceRowView(row);
      return isVectorTask(c.task) ? vectorInstanceRowView(row, comparisonMetric(state.metric)) : instanceRowView(row, c.classNames, state.relative);
    },
  }, { resetScroll });
  if (pages.error) showEmptyRows(`The instance rows could not be loaded: ${pages.error} Click Instances to try again.`);
  else if (pages.total === 0) showEmptyRows('No instance matches these filters. Choose "All instances" or clear the search.');
  else showEmptyRows(pages.total === null ? 'Loading instance rows…' : null);
}

function emptyGroupsReason(total: number): string {
  if (total > 0) return 'No row matches the search. Clear the search box to see every row.';
  return state.rows === 'subgroups'
    ? 'The dataset has no instance attributes, so there are no subgroups. Add attribute columns to the dataset to compare subgroups.'
    : 'The comparison has no classes.';
}

function showEmptyRows(text: string | null): void {
  let note = page.tableContainer.querySelector<HTMLElement>('.behaviors-empty');
  if (!note) page.tableContainer.append((note = element('div', 'behaviors-empty')));
  note.hidden = text === null;
  note.textContent = text ?? '';
}

function renderExemplars(): void {
  const c = comparison;
  if (!c) return;
  const vector = isVectorTask(c.task);
  const items = c.exemplars.map((e) => {
    const button = element('button', 'exemplar', vector ? `#${e.instance}` : `#${e.instance} · ${e.label}`);
    button.dataset.instance = String(e.instance);
    // Outputs without classes do not flip; the exemplars are the instances whose outputs moved most.
    button.append(element('span', 'exemplar-flips', vector
      ? `moved ${(e.moved ?? 0).toFixed(3)} (mean relative L2 from the base)`
      : `${e.flips} of ${c.models.length - 1} models flip it`));
    button.addEventListener('click', () => openInstance(e.instance, exemplarRows.get(e.instance)));
    const li = element('li');
    li.append(button);
    return li;
  });
  const none = vector ? 'No compared model moves any output of the base.' : 'No compared model changes any prediction of the base.';
  page.exemplars.replaceChildren(...(items.length > 0 ? items : [element('li', 'instance-note', none)]));
}

/** Fetches exactly the exemplars' rows, so an exemplar opens with its predictions. */
function loadExemplarRows(c: BehaviorComparison): void {
  const instances = c.exemplars.slice(0, InstancePaging.MaxRows).map((e) => e.instance);
  if (instances.length === 0) return;
  void requestInstances(c.base, 0, instances.length, undefined, { instances }).then((p) => {
    if (comparison === c) exemplarRows = new Map(p.rows.map((r) => [r.instance, r]));
  }, () => undefined);
}

function openInstance(instance: number, row: InstanceRow | undefined): void {
  const c = comparison;
  if (!c) return;
  table.select(`instance:${instance}`);
  const models = c.models.map((id) => ({ id, label: label(id) }));
  instanceView.show(instance, c.classNames, models, row);
  cancelInstanceRequests();
  const source = new CancellationTokenSource();
  instanceRequests = source;
  // A cancelled request's answer (or its cancellation error) belongs to an instance no longer shown.
  const current = () => instanceRequests === source;
  const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
  // Without its row (an exemplar clicked before its row arrived), ask for exactly this instance's row.
  if (!row) {
    void requestInstances(c.base, 0, 1, undefined, { instances: [instance] }, source.token).then((p) => {
      if (comparison === c && current()) instanceView.setPredictions(instance, p.rows[0], c.classNames, models, p.rows[0] ? undefined : 'the backend has no row for it.');
    }, (e: unknown) => current() && instanceView.setPredictions(instance, undefined, c.classNames, models, reason(e)));
  }
  requestInstance(instance, source.token).then((data) => current() && instanceView.draw(data, c.classNames, c.task), (e: unknown) => current() && instanceView.fail(reason(e)));
}

function cancelInstanceRequests(): void {
  instanceRequests?.cancel();
  instanceRequests?.dispose();
  instanceRequests = undefined;
}

function label(id: string): string {
  return setup?.models.find((m) => m.id === id)?.label ?? id;
}

function setStatus(text: string, kind: 'loading' | 'ready' | 'error'): void {
  page.status.textContent = text;
  root.dataset.state = kind;
  page.retry.hidden = kind !== 'error';
  if (kind === 'error') root.dataset.ready = 'true';
}
