// The Layers webview: compares the selected models' weights with a base model's, module by module.
// The host probes the weights; this page keeps the user's choices in vscode.setState and draws the
// tree table (sparsity bars, stacked weight histograms or change bars per model).
import { parseLayersHostMessage, type ComparedModel, type HostToLayers } from '../../../protocol/layersWebview';
import type { ProbeResult } from '../../../protocol/generated/contract';
import { element } from '../map/dom';
import { changeBandColours, histogramSvg } from './cellHistogram';
import { cellText, cellTitle, formatCount } from './cellText';
import { buildLayerTree, defaultExpanded, metricValue, sortTree, visibleLayerRows, type LayerTree, type RowSort, type SortMetric, type VisibleRow } from './layerTree';
import { buildLayersPage } from './layersPage';
import { metricForCells, nextSort, parseLayersState, type CellMode, type LayersState } from './layersState';
import { LayersTable } from './layersTable';
import { PaintQueue } from './paintQueue';
import { pooledHistogram, type CellHistogram } from './stackedHistogram';
import { vscode } from './vscodeApi';

/** Bins of a module's pooled histogram (tensors come with the backend's own, 32 by default). */
const MODULE_BINS = 32;
const MAX_UNMATCHED_LISTED = 500;

const root = document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const page = buildLayersPage(root);
const table = new LayersTable(page.tableContainer, {
  sortClicked: (model) => update({ sort: nextSort(state.sort, model, state.sortMetric) }),
  toggled: (key) => {
    const open = new Set(state.expanded ?? []);
    if (!open.delete(key)) open.add(key);
    update({ expanded: [...open] });
  },
});

let state: LayersState = parseLayersState(vscode.getState());
vscode.setState(state);
let models: ComparedModel[] = [];
let base: string | undefined;
let result: ProbeResult | undefined;
let tree: LayerTree | undefined;
/** Pooled histograms by "row key|column": modules re-bin all their tensors, so each is computed once. */
let histograms = new Map<string, CellHistogram | null>();
let changeDomain = 1;
const paints = new PaintQueue((idle) => (root.dataset.painted = String(idle)));

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseLayersHostMessage(event.data);
  if (message) handle(message);
});
page.baseSelect.addEventListener('change', () => {
  state = { ...state, base: page.baseSelect.value };
  vscode.setState(state);
  probe(page.baseSelect.value);
});
page.cellsSelect.addEventListener('change', () => {
  const cells = page.cellsSelect.value as CellMode;
  update({ cells, ...sortingBy(metricForCells(cells)) });
});
page.sortMetricSelect.addEventListener('change', () => update(sortingBy(page.sortMetricSelect.value as SortMetric)));
let filterTimer: ReturnType<typeof setTimeout> | undefined;
page.filter.addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => update({ filter: page.filter.value }, true), 200);
});
page.unmatched.addEventListener('toggle', () => {
  state = { ...state, unmatchedOpen: page.unmatched.open };
  vscode.setState(state);
});
page.retry.addEventListener('click', () => base && probe(base));
syncControls();
setStatus('Waiting for the extension…', 'loading');
vscode.postMessage({ type: 'ready' });

function handle(message: HostToLayers): void {
  switch (message.type) {
    case 'setup': {
      models = message.models;
      page.baseSelect.replaceChildren(...models.map((m) => new Option(m.label, m.id)));
      const stored = state.base !== null && models.some((m) => m.id === state.base) ? state.base : null;
      probe(stored ?? message.defaultBase);
      break;
    }
    case 'probing':
      if (message.base === base) setStatus(`Reading the weights of ${models.length} models…`, 'loading');
      break;
    case 'probed':
      if (message.base !== base) return; // An answer for a base the user has since changed.
      showResult(message.result);
      break;
    case 'probeFailed':
      if (message.base === base) setStatus(message.message, 'error');
      break;
  }
}

function probe(chosen: string): void {
  base = chosen;
  result = undefined;
  tree = undefined;
  page.baseSelect.value = chosen;
  delete root.dataset.ready;
  table.setHeader([]);
  table.setRows([], () => element('div'), { resetScroll: true });
  page.unmatched.hidden = true;
  setStatus(`Comparing layers with ${label(chosen)}…`, 'loading');
  vscode.postMessage({ type: 'probe', base: chosen });
}

function showResult(probed: ProbeResult): void {
  result = probed;
  tree = buildLayerTree(probed);
  histograms = new Map();
  const changes = [...tree.byKey.values()].flatMap((n) => n.stats.map((_, c) => (c === 0 ? null : metricValue(n, c, 'relL2'))));
  changeDomain = Math.max(1e-12, ...changes.filter((v): v is number => v !== null));
  if (state.expanded === null) state = { ...state, expanded: defaultExpanded(tree) };
  vscode.setState(state);
  setStatus(`${formatCount(probed.tensors.length)} tensors in ${formatCount(probed.modules.length)} modules`
    + ` · ${probed.models.length} models compared with ${label(base ?? probed.models[0])}`, 'ready');
  renderUnmatched(probed);
  render(true);
  root.dataset.ready = 'true';
}

/** A new sort metric also re-sorts the rows when they are sorted, so the order matches the numbers shown. */
function sortingBy(metric: SortMetric): Partial<LayersState> {
  return { sortMetric: metric, sort: state.sort && { ...state.sort, metric } };
}

function update(change: Partial<LayersState>, resetScroll = false): void {
  state = { ...state, ...change };
  vscode.setState(state);
  syncControls();
  render(resetScroll);
}

function syncControls(): void {
  page.cellsSelect.value = state.cells;
  page.sortMetricSelect.value = state.sortMetric;
  if (page.filter.value !== state.filter && document.activeElement !== page.filter) page.filter.value = state.filter;
  page.unmatched.open = state.unmatchedOpen;
  renderLegend();
}

function render(resetScroll: boolean): void {
  if (!result || !tree) return;
  const names = result.models;
  const sortIndex = state.sort ? names.indexOf(state.sort.model) : -1;
  const sort: RowSort | null = state.sort && sortIndex >= 0 ? { model: sortIndex, metric: state.sort.metric, descending: state.sort.descending } : null;
  table.setHeader(names.map((name, c) => ({
    model: name,
    label: label(name),
    isBase: c === 0,
    sorted: sort?.model === c ? (sort.descending ? 'descending' : 'ascending') : null,
  })));
  const rows = visibleLayerRows(sortTree(tree, sort), new Set(state.expanded ?? []), state.filter);
  paints.clear();
  table.setRows(rows, cellBuilder(state.cells), { resetScroll });
  root.dataset.cells = state.cells;
}

function cellBuilder(cells: CellMode): (row: VisibleRow, column: number) => HTMLElement {
  const names = result?.models ?? [];
  const bandColours = changeBandColours(result?.changeBands.length ?? 1);
  const baseColour = getComputedStyle(document.body).getPropertyValue('--layers-base-histogram').trim() || '#3794ff';
  return ({ node }, c) => {
    const cell = element('div');
    cell.title = cellTitle(node, c, label(names[c]), c === 0);
    const value = cells === 'sparsity' ? metricValue(node, c, 'sparsity') : cells === 'change' && c > 0 ? metricValue(node, c, 'relL2') : null;
    if (cells === 'weights') {
      paints.add(cell, () => {
        const key = `${node.key}|${c}`;
        if (!histograms.has(key)) histograms.set(key, pooledHistogram(node, c, MODULE_BINS));
        const histogram = histograms.get(key);
        cell.append(histogram ? histogramSvg(histogram, c === 0 ? [baseColour] : bandColours, `Weights of ${node.key} in ${label(names[c])}`)
          : element('span', 'layers-number', '—'));
      });
      return cell;
    }
    if (value !== null) {
      const bar = element('div', 'layers-bar');
      bar.style.width = `${Math.min(100, (cells === 'sparsity' ? value : value / changeDomain) * 100)}%`;
      cell.append(bar);
    }
    cell.append(element('span', 'layers-number', cellText(node, c, cells)));
    return cell;
  };
}

function renderLegend(): void {
  const bands = result?.changeBands ?? [];
  page.legend.hidden = state.cells !== 'weights' || bands.length === 0;
  const colours = changeBandColours(bands.length);
  page.legend.replaceChildren(element('span', 'toolbar-label', 'Change vs base:'), ...bands.map((b, i) => {
    const item = element('span', 'layers-legend-item', b);
    const swatch = element('span', 'layers-swatch');
    swatch.style.background = colours[i];
    item.prepend(swatch);
    return item;
  }));
}

function renderUnmatched(probed: ProbeResult): void {
  const list = probed.unmatched;
  page.unmatched.hidden = list.length === 0;
  page.unmatchedSummary.textContent = `Unmatched tensors (${formatCount(list.length)}): in some models but not compared`;
  const items = list.slice(0, MAX_UNMATCHED_LISTED).map((u) => {
    const item = element('li');
    item.append(element('code', '', u.name), ` in ${label(u.model)}: ${u.reason}`);
    return item;
  });
  if (list.length > MAX_UNMATCHED_LISTED) items.push(element('li', 'layers-muted', `…and ${formatCount(list.length - MAX_UNMATCHED_LISTED)} more.`));
  page.unmatchedList.replaceChildren(...items);
  renderLegend();
}

function setStatus(text: string, kind: 'loading' | 'ready' | 'error'): void {
  page.status.textContent = text;
  page.status.className = `status is-${kind}`;
  root.dataset.status = kind;
  page.retry.hidden = kind !== 'error';
}

/** A model's tag when the spec gives one; the probe result names models by id. */
function label(id: string): string {
  return models.find((m) => m.id === id)?.label ?? id;
}
