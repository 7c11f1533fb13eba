// The Layers webview: compares the selected models' weights, and their modules' outputs on a dataset
// sample, with a base model's, module by module. The host probes; this page keeps the user's choices in
// the webview state and draws the tree table, or every module ranked in one list (sparsity bars split into
// zero in both and zero only in this model, stacked weight or activation histograms, or change bars per model),
// and "Which layer broke it?" for a compressed model against the base (DiagnoseView): its recovery and sensitivity
// are columns of the table, on the rows of the modules diagnosed, sortable like the models' columns.
import { LayersDiagnose, LayersNotifications, LayersProbe, LayersReady, LayersRestoreModule, parseLayersNotification, type ComparedModel, type HostToLayers } from '../../../protocol/layersWebview';
import type { ProbeResult } from '../../../protocol/generated/contract';
import { element } from '../shared/dom';
import { changeBandColours, histogramSvg } from './cellHistogram';
import { cellText, cellTitle, formatCount, outputTitle } from './cellText';
import { diagnoseColumns, diagnoseValue, diagnosisByModule, nextDiagnoseSort, rowDiagnosis, type DiagnoseMeasure, type DiagnoseSort } from './diagnoseColumn';
import { DiagnoseView } from './diagnoseView';
import { buildLayerTree, defaultExpanded, metricValue, sortTree, visibleLayerRows, type LayerTree, type RowSort, type SortMetric, type VisibleRow } from './layerTree';
import { buildLayersPage } from './layersPage';
import { metricForCells, nextSort, parseLayersState, parseSampleSize, sourceOfCells, type CellMode, type LayersState } from './layersState';
import { LayersTable } from './layersTable';
import { layersTableRows } from './layersCsv';
import { layersSaveMenu } from './layersSave';
import { setTableSource } from '../shared/export/tableSource';
import { rankedRows, type RankScope } from './moduleRanking';
import { nameFilter } from './nameFilter';
import { PaintQueue } from './paintQueue';
import { outputHistogram, pooledHistogram, type CellHistogram } from './stackedHistogram';
import { sparsityBar, sparsityLegend, sparsityLegendItems } from './sparsitySplit';
import { renderUnmatched } from './unmatchedList';
import { host, loadState, onHostNotifications, saveState } from '../shared/hostChannel';

/** Bins of a module's pooled histogram (tensors come with the backend's own, 32 by default). */
const MODULE_BINS = 32;

const root = document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const page = buildLayersPage(root);
const table = new LayersTable(page.tableContainer, {
  sortClicked: (model) => {
    diagnoseSort = null;
    update({ sort: nextSort(state.sort, model, state.sortMetric) });
  },
  extraSortClicked: (id) => {
    diagnoseSort = nextDiagnoseSort(diagnoseSort, id as DiagnoseMeasure);
    update({ sort: null });
  },
  toggled: (key) => {
    const open = new Set(state.expanded ?? []);
    if (!open.delete(key)) open.add(key);
    update({ expanded: [...open] });
  },
});

page.legend.before(layersSaveMenu(page.tableContainer));
const diagnosis = new DiagnoseView({
  run: (key) => void host.sendNotification(LayersDiagnose, key),
  restore: (request) => void host.sendNotification(LayersRestoreModule, request),
  changed: (shown) => {
    // A new diagnosis is ranked across the whole model, highest recovery first, as the question asks; none leaves the table as it was.
    diagnoseSort = shown ? { by: 'recovery', descending: true } : null;
    if (shown) update({ rank: 'model', sort: null }, true);
    else render(false);
  },
}, (id) => label(id));
page.tableContainer.before(diagnosis.section);
/** The diagnosis column the rows are sorted by, if any (then no model column is). Not kept in the state: the diagnosis is not either. */
let diagnoseSort: DiagnoseSort | null = null;

let state: LayersState = parseLayersState(loadState());
saveState(state);
let models: ComparedModel[] = [];
let base: string | undefined;
let result: ProbeResult | undefined;
/**
 * Instances the latest probe request for `base` ran the models on (null: weights only), or that the
 * result in view was probed with. Answers for another count are stale, and a count already asked is not
 * asked again when the user comes back to Activations, so a backend that returns none is not asked in a loop.
 */
let asked: number | null = null;
let tree: LayerTree | undefined;
/** Pooled histograms by "row key|column": modules re-bin all their tensors, so each is computed once. */
let histograms = new Map<string, CellHistogram | null>();
let changeDomain = 1;
const paints = new PaintQueue((idle) => (root.dataset.painted = String(idle)));

onHostNotifications(LayersNotifications, (raw) => {
  const message = parseLayersNotification(raw);
  if (message) handle(message);
});
host.listen();
page.baseSelect.addEventListener('change', () => {
  state = { ...state, base: page.baseSelect.value };
  saveState(state);
  probe(page.baseSelect.value);
});
page.cellsSelect.addEventListener('change', () => {
  const cells = page.cellsSelect.value as CellMode;
  update({ cells, ...sortingBy(metricForCells(cells)) });
  if (activationsWanted()) runActivations();
});
page.sampleSize.addEventListener('input', () => {
  const size = parseSampleSize(page.sampleSize.value);
  page.sampleSize.setAttribute('aria-invalid', String(size === null));
  if (size === null) return;
  state = { ...state, sampleSize: size };
  saveState(state);
});
page.sampleSize.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') page.runActivations.click();
});
page.runActivations.addEventListener('click', () => {
  if (parseSampleSize(page.sampleSize.value) === null) page.sampleSize.focus();
  else runActivations();
});
page.sortMetricSelect.addEventListener('change', () => update(sortingBy(page.sortMetricSelect.value as SortMetric)));
page.rankSelect.addEventListener('change', () => {
  const rank = page.rankSelect.value as RankScope;
  // A whole-model ranking needs an order: without a header sort, rank by the first compared model, most first.
  const first = result?.models[1] ?? result?.models[0];
  const sort = rank === 'model' && !state.sort && first !== undefined ? { model: first, metric: state.sortMetric, descending: true } : state.sort;
  update({ rank, sort }, true);
});
page.filterRegex.addEventListener('click', () => update({ filterRegex: !state.filterRegex }, true));
let filterTimer: ReturnType<typeof setTimeout> | undefined;
page.filter.addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => update({ filter: page.filter.value }, true), 200);
});
page.unmatched.addEventListener('toggle', () => {
  state = { ...state, unmatchedOpen: page.unmatched.open };
  saveState(state);
});
page.retry.addEventListener('click', () => {
  if (result && asked !== null) runActivations();
  else if (base) probe(base);
});
syncControls();
setStatus('Waiting for the extension…', 'loading');
void host.sendNotification(LayersReady);

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
      if (message.base !== base || message.activations !== asked) return;
      setStatus(asked === null ? `Reading the weights of ${models.length} models…`
        : `Running the ${models.length} models on ${formatCount(asked)} dataset instances…`, 'loading');
      break;
    case 'probed':
      // An answer for a base the user has since changed, or one a newer request for activations supersedes.
      if (message.base !== base || (asked !== null && message.activations !== asked)) return;
      asked = message.activations; // A cached result with activations answers a weights-only request too.
      showResult(message.result);
      if (activationsWanted()) runActivations();
      break;
    case 'probeFailed':
      if (message.base !== base || message.activations !== asked) return;
      setStatus(message.message, 'error'); // The weights in view, if any, stay.
      if (result) root.dataset.activations = 'error';
      break;
    case 'diagnosing':
      diagnosis.diagnosing(message);
      break;
    case 'diagnosed':
      diagnosis.diagnosed(message, message.result);
      break;
    case 'diagnoseFailed':
      diagnosis.failed(message, message.message);
      break;
    case 'restoreFailed':
      diagnosis.restoreFailed(message.message);
      break;
  }
}

/** In Activations mode without outputs on the chosen sample size, asked or held. */
function activationsWanted(): boolean {
  return state.cells === 'activations' && asked !== state.sampleSize;
}

/** Asks for the module outputs on `state.sampleSize` instances; the weights in view stay until the answer comes. */
function runActivations(): void {
  if (!base) return;
  if (!result) {
    probe(base);
    return;
  }
  asked = state.sampleSize;
  root.dataset.activations = 'loading';
  setStatus(`Running the ${models.length} models on ${formatCount(asked)} dataset instances…`, 'loading');
  void host.sendNotification(LayersProbe, { base, activations: asked });
}

function probe(chosen: string): void {
  base = chosen;
  result = undefined;
  tree = undefined;
  setTableSource(page.tableContainer, null, 'the comparison is still running. Save once it is shown.');
  page.baseSelect.value = chosen;
  diagnosis.setModels(chosen, models.map((m) => m.id).filter((id) => id !== chosen));
  delete root.dataset.ready;
  table.setHeader(false, []);
  table.setRows([], () => element('div'), { resetScroll: true });
  page.unmatched.hidden = true;
  page.instances.textContent = '';
  delete root.dataset.activations;
  // Weights first, even in Activations mode: reading them takes seconds, running the models can take
  // minutes, and the weights are worth looking at meanwhile (see the 'probed' case).
  asked = null;
  setStatus(`Comparing layers with ${label(chosen)}…`, 'loading');
  void host.sendNotification(LayersProbe, { base: chosen });
}

function showResult(probed: ProbeResult): void {
  // Activations arriving for the weights in view keep the user's place in the table.
  const sameRows = result !== undefined;
  result = probed;
  tree = buildLayerTree(probed);
  histograms = new Map();
  const changes = [...tree.byKey.values()].flatMap((n) => n.stats.map((_, c) => (c === 0 ? null : metricValue(n, c, 'relL2'))));
  changeDomain = Math.max(1e-12, ...changes.filter((v): v is number => v !== null));
  if (state.expanded === null) state = { ...state, expanded: defaultExpanded(tree) };
  saveState(state);
  const activations = probed.activations;
  page.instances.textContent = activations ? `instances: ${formatCount(activations.instances)}` : '';
  if (activations) root.dataset.activations = 'ready';
  else if (asked !== null) root.dataset.activations = 'none';
  if (asked !== null && !activations) {
    setStatus(`The backend returned the weights but no activations for ${formatCount(asked)} instances (it may be older than this panel). `
      + 'Restart the backend or update Compress & Compare, then click Run.', 'error');
  } else {
    setStatus(`${formatCount(probed.tensors.length)} tensors in ${formatCount(probed.modules.length)} modules`
      + (activations ? ` · ${formatCount(activations.outputs.length)} module outputs on ${formatCount(activations.instances)} instances` : '')
      + ` · ${probed.models.length} models compared with ${label(base ?? probed.models[0])}`, 'ready');
  }
  renderUnmatched(page, probed, label);
  renderLegend();
  render(!sameRows);
  root.dataset.ready = 'true';
}

/** A new sort metric also re-sorts the rows when they are sorted, so the order matches the numbers shown. */
function sortingBy(metric: SortMetric): Partial<LayersState> {
  return { sortMetric: metric, sort: state.sort && { ...state.sort, metric } };
}

function update(change: Partial<LayersState>, resetScroll = false): void {
  state = { ...state, ...change };
  saveState(state);
  syncControls();
  render(resetScroll);
}

function syncControls(): void {
  page.cellsSelect.value = state.cells;
  page.sampleGroup.hidden = state.cells !== 'activations';
  if (document.activeElement !== page.sampleSize) page.sampleSize.value = String(state.sampleSize);
  page.sortMetricSelect.value = state.sortMetric;
  page.rankSelect.value = state.rank;
  page.filterRegex.setAttribute('aria-pressed', String(state.filterRegex));
  if (page.filter.value !== state.filter && document.activeElement !== page.filter) page.filter.value = state.filter;
  page.unmatched.open = state.unmatchedOpen;
  renderLegend();
}

function render(resetScroll: boolean): void {
  if (!result || !tree) return;
  const names = result.models;
  const sortIndex = state.sort ? names.indexOf(state.sort.model) : -1;
  const diagnosed = diagnosis.shown;
  const byModule = diagnosed ? diagnosisByModule(diagnosed) : new Map();
  const bySort = diagnosed ? diagnoseSort : null;
  const sort: RowSort | null = bySort
    ? { model: 0, metric: state.sortMetric, descending: bySort.descending, value: (node) => diagnoseValue(rowDiagnosis(node, byModule), bySort.by) }
    : state.sort && sortIndex >= 0
      ? { model: sortIndex, metric: state.sort.metric, descending: state.sort.descending, source: sourceOfCells(state.cells) } : null;
  const extras = diagnosed ? diagnoseColumns(diagnosed) : [];
  table.setHeader(state.rank === 'model', names.map((name, c) => ({
    model: name,
    label: label(name),
    isBase: c === 0,
    sorted: !bySort && sort?.model === c ? (sort.descending ? 'descending' : 'ascending') : null,
  })), extras.map((by) => ({
    id: by,
    label: by === 'recovery' ? 'Recovery' : 'Sensitivity',
    title: by === 'recovery' ? `Rank the modules by the share of ${label(diagnosed!.model)}'s ${diagnosed!.metric} gap that restoring each recovers`
      : `Rank the modules by what compressing each alone costs ${label(diagnosed!.base)}`,
    sorted: bySort?.by === by ? (bySort.descending ? 'descending' : 'ascending') : null,
  })));
  const filter = nameFilter(state.filter, state.filterRegex);
  page.filterError.textContent = filter.error ?? '';
  page.filterError.hidden = filter.error === null;
  page.filter.setAttribute('aria-invalid', String(filter.error !== null));
  const rows = state.rank === 'model' ? rankedRows(tree, sort, filter.match)
    : visibleLayerRows(sortTree(tree, sort), new Set(state.expanded ?? []), filter.match);
  setTableSource(page.tableContainer, () => layersTableRows(rows, names.map(label)));
  paints.clear();
  const cells = cellBuilder(state.cells);
  table.setRows(rows, (row, c) => (c < names.length ? cells(row, c) : diagnosis.cell(rowDiagnosis(row.node, byModule), extras[c - names.length])), { resetScroll });
  root.dataset.cells = state.cells;
  root.dataset.rank = state.rank;
}

function cellBuilder(cells: CellMode): (row: VisibleRow, column: number) => HTMLElement {
  const names = result?.models ?? [];
  const bandColours = changeBandColours(result?.changeBands.length ?? 1);
  const baseColour = getComputedStyle(document.body).getPropertyValue('--layers-base-histogram').trim() || '#3794ff';
  const instances = result?.activations?.instances ?? 0;
  return ({ node }, c) => {
    const cell = element('div');
    if (cells === 'activations') {
      cell.title = outputTitle(node, c, label(names[c]), c === 0, instances);
      // A module without an output of its own stays blank: a "0" or a dash would read as a measured value.
      if (node.output) {
        paints.add(cell, () => {
          const histogram = outputHistogram(node, c);
          cell.append(histogram ? histogramSvg(histogram, c === 0 ? [baseColour] : bandColours, `Outputs of ${node.key} in ${label(names[c])}`)
            : element('span', 'layers-number', '—'));
        });
      }
      return cell;
    }
    cell.title = cellTitle(node, c, label(names[c]), c === 0);
    const value = cells === 'change' && c > 0 ? metricValue(node, c, 'relL2') : null;
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
    const stats = node.stats[c];
    if (cells === 'sparsity' && stats) cell.append(sparsityBar(stats));
    else if (value !== null) {
      const bar = element('div', 'layers-bar');
      bar.style.width = `${Math.min(100, (value / changeDomain) * 100)}%`;
      cell.append(bar);
    }
    cell.append(element('span', 'layers-number', cellText(node, c, cells)));
    return cell;
  };
}

function renderLegend(): void {
  const zeros = state.cells === 'sparsity' && result ? sparsityLegend(result, label) : null;
  page.legend.dataset.legend = zeros ? 'sparsity' : 'change';
  if (zeros) {
    page.legend.hidden = false;
    page.legend.replaceChildren(...sparsityLegendItems(zeros));
    return;
  }
  const bands = result?.changeBands ?? [];
  page.legend.hidden = (state.cells !== 'weights' && state.cells !== 'activations') || bands.length === 0;
  const colours = changeBandColours(bands.length);
  page.legend.replaceChildren(element('span', 'toolbar-label', 'Change vs base:'), ...bands.map((b, i) => {
    const item = element('span', 'layers-legend-item', b);
    const swatch = element('span', 'layers-swatch');
    swatch.style.background = colours[i];
    item.prepend(swatch);
    return item;
  }));
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
