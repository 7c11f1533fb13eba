// The Compression Overview webview: builds the page, handles host messages and keeps the selection,
// encodings, scatterplot axes and budgets in step between the panes, the host and the webview state.
import type { MetricDefinition, SpecSummary } from '../../../protocol/generated/contract';
import { ExplainSelection, OverviewCompareBehaviors, OverviewCompareLayers, OverviewCompress, OverviewExportReport, OverviewHoverChanged, OverviewNotifications, OverviewReady, OverviewRevealModel, OverviewSelectionChanged } from '../../../protocol/overviewWebview';
import { arrangeByStep } from './arrangeByStep';
import { renderColorLegend } from './colorLegend';
import { metricColorScale, metricDomain } from './colorScale';
import { activeFilters, allowedModels, withinBudget, type MetricFilter } from './filter/allowedModels';
import { mountSelectionDetails } from './details/mountSelectionDetails';
import { FilterPane } from './filter/filterPane';
import { budgetStrings } from './filter/budgetStrings';
import { expandSelection } from './graphSelection';
import { parseHostNotification, type OverviewMessage } from './hostMessage';
import { brushSelection } from './canvas/mapBrush';
import { fromSpecLayout, type MapLayout } from './layout';
import { buildOverviewPage } from './overviewPage';
import { overviewSaveMenu } from './overviewSave';
import { applySplit, attachSplitter } from './paneSplit';
import { ModelMapView } from './canvas/renderMap';
import { readMapTheme, watchTheme } from './canvas/mapTheme';
import { rampFor } from './themeRamp';
import { directionOf, flipDirection } from './scatter/metricDirection';
import { ScatterplotView } from './scatter/renderScatter';
import { chooseScatterAxes } from './scatter/scatterAxes';
import type { Axis } from './scatter/scatterHeader';
import { renderSizeLegend } from './sizeLegend';
import { metricSizeScale } from './sizeScale';
import { chooseColorMetric, chooseSizeMetric, clickSelection, parseState, reconcileSelection, sameIds, type MapState } from './state';
import { Tooltip } from './tooltip';
import { host, loadState, onHostNotifications, saveState } from '../shared/hostChannel';
import { modelsById } from './modelIndex';
import { metricValues } from './metricValues';

const root = document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const page = buildOverviewPage(root);
const tooltip = new Tooltip(root);
const view = new ModelMapView(page.mapContainer, tooltip, {
  nodeClicked: (id, toggle) => clickModel(id, toggle),
  backgroundClicked: () => setSelection([], true),
  nodeActivated: (id) => void host.sendNotification(OverviewRevealModel, { id }),
  brushed: (ids, additive) => applyBrush(ids, additive),
  columnPicked: (ids, additive) => applyBrush(ids, additive),
  hovered: (id) => linkHover(id, 'map'),
});
const scatter = new ScatterplotView(page.scatterContainer, tooltip, {
  clicked: (id, toggle) => {
    // A modifier click on empty space keeps the selection, as shift-brushing nothing would.
    if (id !== null) clickModel(id, toggle);
    else if (!toggle) setSelection([], true);
  },
  brushed: (ids, additive) => applyBrush(ids, additive),
  activated: (id) => void host.sendNotification(OverviewRevealModel, { id }),
  axisChanged: (axis, metric) => updateState(axis === 'x' ? { scatterX: metric } : { scatterY: metric }, 'scatter'),
  directionFlipped: (axis) => flipAxis(axis),
  hovered: (id) => linkHover(id, 'scatter'),
});
page.info.before(overviewSaveMenu(page, view, scatter));
const filterPane = new FilterPane(page.filterContainer, {
  filtersChanged: (filters, done) => changeFilters(filters, done),
});

/** Only choices the user made are stored: a colour metric missing from one version of the spec comes back with the next. */
let state: MapState = parseState(loadState());
// Stored at once so that even an untouched panel comes back after a window reload.
saveState(state);
const details = mountSelectionDetails(
  page.detailsContainer,
  {
    explain: (ids, token) => host.sendRequest(ExplainSelection, { ids }, token),
    select: (ids) => setSelection(ids, true),
    hovered: (id) => linkHover(id, 'details'),
    stateChanged: (detailsState) => {
      state = { ...state, details: detailsState };
      saveState(state);
    },
  },
  state.details,
);
let current: { summary: SpecSummary; layout: MapLayout; error: boolean } | undefined;
/** What the host believes is selected here, so we only tell it about real changes. */
let hostSelection: string[] = [];
/** Models within every active budget; null when no budget constrains anything. */
let allowed: Set<string> | null = null;
/** The stretch of viridis that keeps contrast on this theme's background; re-chosen when the theme changes. */
let ramp = rampFor(readMapTheme().background);
watchTheme(() => {
  ramp = rampFor(readMapTheme().background);
  draw();
});

onHostNotifications(OverviewNotifications, (raw) => {
  const message = parseHostNotification(raw);
  if (message) handle(message);
});
host.listen();
page.colorSelect.addEventListener('change', () => updateState({ colorMetric: page.colorSelect.value || null }));
page.arrangementSelect.value = state.arrangement;
page.arrangementSelect.addEventListener('change', () => {
  updateState({ arrangement: page.arrangementSelect.value === 'step' ? 'step' : 'operation' });
  // Columns move under the user's eyes; showing the whole new arrangement is less disorienting.
  view.fit();
});
page.sizeSelect.addEventListener('change', () => updateState({ sizeMetric: page.sizeSelect.value || null }));
for (const [how, button] of page.expandButtons) {
  button.addEventListener('click', () => {
    if (current) setSelection(expandSelection(current.layout.nodes, state.selected, how), true);
  });
}
updateExpandButtons();
page.fitButton.addEventListener('click', () => view.fit());
page.behaviorsButton.addEventListener('click', () => {
  if (state.selected.length > 0) void host.sendNotification(OverviewCompareBehaviors, { ids: [...state.selected] });
});
page.layersButton.addEventListener('click', () => {
  if (state.selected.length > 0) void host.sendNotification(OverviewCompareLayers, { ids: [...state.selected] });
});
page.compressButton.addEventListener('click', () => {
  if (state.selected.length === 1) void host.sendNotification(OverviewCompress, { id: state.selected[0] });
});
page.reportButton.addEventListener('click', () => exportReport());
// VS Code's webview context menu (package.json "webview/context") reads data-vscode-context from the element under the
// pointer; the map is one canvas, so the node under the pointer is written there just before VS Code looks (capture phase).
page.mapContainer.addEventListener('contextmenu', (event) => {
  const id = view.modelAt(event);
  if (id !== null && !state.selected.includes(id)) clickModel(id, false);
  page.mapContainer.dataset.vscodeContext = JSON.stringify(id === null ? { webviewSection: 'map', preventDefaultContextMenuItems: true }
    : { webviewSection: 'model', modelId: id, specUri: document.body.dataset.specUri, preventDefaultContextMenuItems: true });
}, true);
applySplit(page.overview, state.split);
attachSplitter(page.columnSplitter, page.mapPane, page.scatterContainer, 'x', (mapShare, done) => resize({ ...state.split, mapShare }, done));
attachSplitter(page.rowSplitter, page.mapPane, page.detailsContainer, 'y', (topShare, done) => resize({ ...state.split, topShare }, done));
page.mapContainer.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') setSelection([], true);
});
showEmpty('Loading the spec…');
void host.sendNotification(OverviewReady);

function handle(message: OverviewMessage): void {
  switch (message.type) {
    case 'spec': {
      const layout = fromSpecLayout(message.summary.layout);
      current = { summary: message.summary, layout, error: message.error !== undefined };
      showBanner(message.error ? `Showing the last version of the spec that could be read. ${message.error}` : null);
      allowed = computeAllowed();
      state = { ...state, selected: withinBudget(reconcileSelection(state.selected, layout.nodes), allowed) };
      saveState(state);
      draw();
      root.dataset.ready = 'true';
      if (!sameIds(state.selected, hostSelection)) postSelection();
      break;
    }
    case 'requestReport':
      exportReport();
      break;
    case 'error':
      showBanner(message.message);
      if (!current) showEmpty('The spec could not be read, so there is no map to show yet.');
      break;
    case 'select': {
      const ids = [...new Set(message.ids)];
      const selected = withinBudget(current ? reconcileSelection(ids, current.layout.nodes) : ids, allowed);
      hostSelection = selected;
      setSelection(selected, false);
      if (selected.length > 0) view.reveal(selected[0]);
      // The tree asked for models a budget hides: tell it what is really selected.
      if (selected.length !== ids.length) postSelection();
      break;
    }
  }
}

/** `scope` 'scatter' for choices only the scatterplot shows: redrawing the map for them is wasted time at 10,000 models. */
function updateState(change: Partial<MapState>, scope: 'all' | 'scatter' = 'all'): void {
  state = { ...state, ...change };
  saveState(state);
  if (scope === 'all') draw();
  else if (current) drawScatter(current.summary, encodings(current.summary));
}

/**
 * The model under the pointer in one view is ringed in the others, marked for Selection Details (its
 * container's data-hovered-model) and, through the host, in the sidebar tree.
 */
function linkHover(id: string | null, from: 'map' | 'scatter' | 'details'): void {
  if (from !== 'scatter') scatter.showLinkedHover(id);
  if (from !== 'map') view.showLinkedHover(id);
  page.detailsContainer.dataset.hoveredModel = id ?? '';
  void host.sendNotification(OverviewHoverChanged, { id });
}

/** Filtered-out models cannot be picked, whichever view the click came from. */
function clickModel(id: string, toggle: boolean): void {
  if (allowed && !allowed.has(id)) return;
  setSelection(clickSelection(state.selected, id, toggle), true);
}

/** A rectangle brush on the map or the scatterplot: replaces the selection, or adds to it. */
function applyBrush(ids: readonly string[], additive: boolean): void {
  setSelection(brushSelection(state.selected, withinBudget(ids, allowed), additive), true);
}

/** The panes follow the divider while it is dragged (their ResizeObservers redraw); the state is stored on release. */
function resize(split: MapState['split'], done: boolean): void {
  state = { ...state, split };
  applySplit(page.overview, split);
  if (done) saveState(state);
}

function flipAxis(axis: Axis): void {
  const metric = current?.summary.metrics.find((m) => m.name === (axis === 'x' ? scatterAxes().x : scatterAxes().y));
  if (!metric) return;
  updateState({ directions: { ...state.directions, [metric.name]: flipDirection(directionOf(metric, state.directions)) } }, 'scatter');
}

function setSelection(ids: string[], fromUser: boolean): void {
  const selected = withinBudget(ids, allowed);
  if (sameIds(selected, state.selected)) return;
  state = { ...state, selected };
  saveState(state);
  const set = new Set(selected);
  view.setSelection(set);
  scatter.setSelection(set);
  details.update(current?.summary, selected);
  updateExpandButtons();
  if (fromUser) postSelection();
}

/**
 * Applies budgets: while a filter brush is dragged (`done` false) only the fading follows the pointer;
 * on release the state is stored and selected models outside the budget are dropped.
 */
function changeFilters(filters: MetricFilter[], done: boolean): void {
  state = { ...state, filters };
  allowed = computeAllowed();
  applyFiltered();
  if (!done) return;
  saveState(state);
  setSelection(state.selected, true);
}

function computeAllowed(): Set<string> | null {
  return current ? allowedModels(current.summary.models, activeFilters(state.filters, current.summary.metrics)) : null;
}

function applyFiltered(): void {
  view.setFiltered(allowed);
  scatter.setFiltered(allowed);
  if (current) filterPane.render(current.summary, state.filters, allowed);
  root.dataset.allowedCount = allowed === null ? String(current?.layout.nodes.length ?? 0) : String(allowed.size);
}

function updateExpandButtons(): void {
  for (const button of page.expandButtons.values()) button.disabled = state.selected.length === 0;
  page.behaviorsButton.disabled = state.selected.length === 0;
  page.layersButton.disabled = state.selected.length === 0;
  page.compressButton.disabled = state.selected.length !== 1;
  page.reportButton.disabled = state.selected.length === 0;
}

/** Export Report… (toolbar or palette): the host asks for a file and writes the report on what the panel shows. */
function exportReport(): void {
  void host.sendNotification(OverviewExportReport, { ids: [...state.selected], budgets: budgetStrings(state.filters, current?.summary.metrics ?? []) });
}

function postSelection(): void {
  hostSelection = [...state.selected];
  void host.sendNotification(OverviewSelectionChanged, { ids: hostSelection });
}

function scatterAxes(): { x: string | null; y: string | null } {
  return chooseScatterAxes(current?.summary.metrics ?? [], { x: state.scatterX, y: state.scatterY });
}

/** The colour and size encodings both views share. */
function encodings(summary: SpecSummary) {
  const colorName = chooseColorMetric(summary.metrics, state.colorMetric);
  const colorMetric = summary.metrics.find((m) => m.name === colorName) ?? null;
  const sizeName = chooseSizeMetric(summary.metrics, state.sizeMetric);
  const sizeMetric = summary.metrics.find((m) => m.name === sizeName) ?? null;
  const values = colorMetric ? metricValues(summary.models, colorMetric.name) : new Float64Array(0);
  const scale = colorMetric ? metricColorScale(metricDomain(colorMetric, values), ramp) : null;
  const size = sizeMetric ? metricSizeScale(sizeMetric, metricValues(summary.models, sizeMetric.name)) : null;
  const missingColor = values.some((v) => Number.isNaN(v));
  return { colorMetric, scale, sizeMetric, size, missingColor };
}

function draw(): void {
  if (!current) return;
  const { summary, error } = current;
  const layout = state.arrangement === 'step' ? arrangeByStep(current.layout) : current.layout;
  const encoding = encodings(summary);
  const { colorMetric: metric, scale, sizeMetric, size } = encoding;
  fillColorSelect(summary.metrics, metric?.name ?? null);
  fillSizeSelect(summary.metrics, sizeMetric?.name ?? null);
  view.render({ summary, layout, colorMetric: metric, scale, sizeMetric, size }, new Set(state.selected));
  renderSizeLegend(page.sizeLegend, sizeMetric && size && layout.nodes.length > 0 ? { metric: sizeMetric, scale: size } : null);
  renderColorLegend(page.legend, metric && scale && layout.nodes.length > 0 ? { metric, scale, showMissing: encoding.missingColor } : null);
  drawScatter(summary, encoding);
  // The index is built at the first tooltip, not for the first paint.
  tooltip.setContext({ model: (id) => modelsById(summary).get(id), direction: (m) => directionOf(m, state.directions) });
  applyFiltered();
  details.update(summary, state.selected);

  const count = layout.nodes.length;
  const file = baseName(summary.path ?? '');
  page.info.textContent = `${count} ${count === 1 ? 'model' : 'models'}${file ? ` · ${file}` : ''}`;
  page.info.title = summary.path ?? '';
  if (count > 0) showEmpty(null);
  // The host sends an empty summary with the error when the very first read fails.
  else if (error) showEmpty('The spec could not be read, so there is no map to show yet.');
  else showEmpty('This spec has no models yet. Add one to its "models" list and the map will update.');
}

function drawScatter(summary: SpecSummary, { colorMetric, scale, sizeMetric }: ReturnType<typeof encodings>): void {
  const axes = scatterAxes();
  const x = summary.metrics.find((m) => m.name === axes.x) ?? null;
  const y = summary.metrics.find((m) => m.name === axes.y) ?? null;
  scatter.render(
    {
      summary,
      x,
      y,
      xDirection: x ? directionOf(x, state.directions) : 'lower',
      yDirection: y ? directionOf(y, state.directions) : 'higher',
      colorMetric,
      scale,
      sizeMetric,
    },
    new Set(state.selected),
    allowed,
  );
}

function fillColorSelect(metrics: readonly MetricDefinition[], chosen: string | null): void {
  const options = metrics.length > 0 ? metrics.map((m) => new Option(m.primary ? `${m.name} ★` : m.name, m.name)) : [new Option('No metrics declared', '')];
  fillSelect(page.colorSelect, options, metrics.length === 0, chosen);
}

function fillSizeSelect(metrics: readonly MetricDefinition[], chosen: string | null): void {
  fillSelect(page.sizeSelect, [new Option('(none)', ''), ...metrics.map((m) => new Option(m.name, m.name))], metrics.length === 0, chosen);
}

function fillSelect(select: HTMLSelectElement, options: HTMLOptionElement[], disabled: boolean, chosen: string | null): void {
  // Rebuilding only on change keeps an open dropdown usable across live refreshes.
  const key = (list: ArrayLike<HTMLOptionElement>) => Array.from(list, (o) => `${o.value}\u0000${o.text}`).join('\u0001');
  if (key(options) !== key(select.options)) select.replaceChildren(...options);
  select.disabled = disabled;
  select.value = chosen ?? '';
}

function showBanner(text: string | null): void {
  page.banner.hidden = text === null;
  page.bannerText.textContent = text ?? '';
}

function showEmpty(text: string | null): void {
  page.empty.hidden = text === null;
  page.empty.textContent = text ?? '';
  page.mapContainer.classList.toggle('is-empty', text !== null);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
