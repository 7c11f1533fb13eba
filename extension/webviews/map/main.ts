// The Model Map webview: builds the page, handles host messages and keeps selection and colour
// choice in step with the host and with vscode.setState.
import type { MetricDefinition, SpecSummary } from '../../../protocol/generated/contract';
import type { HostToWebview } from '../../../protocol/webview';
import { arrangeByStep, ARRANGEMENTS } from './arrangeByStep';
import { renderColorLegend } from './colorLegend';
import { metricColorScale, metricDomain } from './colorScale';
import { EXPANSIONS, expandSelection, type Expansion } from './graphSelection';
import { parseHostMessage } from './hostMessage';
import { brushSelection } from './mapBrush';
import { layoutModels, type MapLayout } from './layout';
import { ModelMapView } from './renderMap';
import { renderSizeLegend } from './sizeLegend';
import { metricSizeScale } from './sizeScale';
import { chooseColorMetric, chooseSizeMetric, clickSelection, parseState, reconcileSelection, sameIds, type MapState } from './state';
import { Tooltip } from './tooltip';
import { vscode } from './vscodeApi';

const root = document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const page = buildPage(root);
const tooltip = new Tooltip(root);
const view = new ModelMapView(page.mapContainer, tooltip, {
  nodeClicked: (id, toggle) => setSelection(clickSelection(state.selected, id, toggle), true),
  backgroundClicked: () => setSelection([], true),
  nodeActivated: (id) => vscode.postMessage({ type: 'revealModel', id }),
  brushed: (ids, additive) => setSelection(brushSelection(state.selected, ids, additive), true),
});

/** Only choices the user made are stored: a colour metric missing from one version of the spec comes back with the next. */
let state: MapState = parseState(vscode.getState());
// Stored at once so that even an untouched panel comes back after a window reload.
vscode.setState(state);
let current: { summary: SpecSummary; layout: MapLayout; error: boolean } | undefined;
/** What the host believes is selected here, so we only tell it about real changes. */
let hostSelection: string[] = [];

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseHostMessage(event.data);
  if (message) handle(message);
});
page.colorSelect.addEventListener('change', () => {
  state = { ...state, colorMetric: page.colorSelect.value || null };
  vscode.setState(state);
  draw();
});
page.arrangementSelect.value = state.arrangement;
page.arrangementSelect.addEventListener('change', () => {
  state = { ...state, arrangement: page.arrangementSelect.value === 'step' ? 'step' : 'operation' };
  vscode.setState(state);
  draw();
  // Columns move under the user's eyes; showing the whole new arrangement is less disorienting.
  view.fit();
});
page.sizeSelect.addEventListener('change', () => {
  state = { ...state, sizeMetric: page.sizeSelect.value || null };
  vscode.setState(state);
  draw();
});
for (const [how, button] of page.expandButtons) {
  button.addEventListener('click', () => {
    if (current) setSelection(expandSelection(current.layout.nodes, state.selected, how), true);
  });
}
updateExpandButtons();
page.fitButton.addEventListener('click', () => view.fit());
page.mapContainer.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') setSelection([], true);
});
showEmpty('Loading the spec…');
vscode.postMessage({ type: 'ready' });

function handle(message: HostToWebview): void {
  switch (message.type) {
    case 'spec': {
      const layout = layoutModels(message.summary.models);
      current = { summary: message.summary, layout, error: message.error !== undefined };
      showBanner(message.error ? `Showing the last version of the spec that could be read. ${message.error}` : null);
      const existing = new Set(layout.nodes.map((n) => n.id));
      state = { ...state, selected: reconcileSelection(state.selected, existing) };
      vscode.setState(state);
      draw();
      root.dataset.ready = 'true';
      if (!sameIds(state.selected, hostSelection)) postSelection();
      break;
    }
    case 'error':
      showBanner(message.message);
      if (!current) showEmpty('The spec could not be read, so there is no map to show yet.');
      break;
    case 'select': {
      const ids = [...new Set(message.ids)];
      const selected = current ? reconcileSelection(ids, new Set(current.layout.nodes.map((n) => n.id))) : ids;
      hostSelection = selected;
      setSelection(selected, false);
      if (selected.length > 0) view.reveal(selected[0]);
      break;
    }
  }
}

function setSelection(ids: string[], fromUser: boolean): void {
  if (sameIds(ids, state.selected)) return;
  state = { ...state, selected: ids };
  vscode.setState(state);
  view.setSelection(new Set(ids));
  updateExpandButtons();
  if (fromUser) postSelection();
}

function updateExpandButtons(): void {
  for (const button of page.expandButtons.values()) button.disabled = state.selected.length === 0;
}

function postSelection(): void {
  hostSelection = [...state.selected];
  vscode.postMessage({ type: 'selectionChanged', ids: hostSelection });
}

function draw(): void {
  if (!current) return;
  const { summary, error } = current;
  const layout = state.arrangement === 'step' ? arrangeByStep(current.layout) : current.layout;
  const metricName = chooseColorMetric(summary.metrics, state.colorMetric);
  const metric = summary.metrics.find((m) => m.name === metricName) ?? null;
  fillColorSelect(summary.metrics, metricName);
  const sizeName = chooseSizeMetric(summary.metrics, state.sizeMetric);
  const sizeMetric = summary.metrics.find((m) => m.name === sizeName) ?? null;
  fillSizeSelect(summary.metrics, sizeName);

  const values = metric ? summary.models.map((m) => m.metrics?.[metric.name]) : [];
  const scale = metric ? metricColorScale(metricDomain(metric, values)) : null;
  const size = sizeMetric ? metricSizeScale(sizeMetric, summary.models.map((m) => m.metrics?.[sizeMetric.name])) : null;
  view.render({ summary, layout, colorMetric: metric, scale, sizeMetric, size }, new Set(state.selected));
  renderSizeLegend(page.sizeLegend, sizeMetric && size && layout.nodes.length > 0 ? { metric: sizeMetric, scale: size } : null);
  renderColorLegend(
    page.legend,
    metric && scale && layout.nodes.length > 0
      ? { metric, scale, showMissing: values.some((v) => typeof v !== 'number' || !Number.isFinite(v)) }
      : null,
  );

  const count = layout.nodes.length;
  const file = baseName(summary.path ?? '');
  page.info.textContent = `${count} ${count === 1 ? 'model' : 'models'}${file ? ` · ${file}` : ''}`;
  page.info.title = summary.path ?? '';
  if (count > 0) showEmpty(null);
  // The host sends an empty summary with the error when the very first read fails.
  else if (error) showEmpty('The spec could not be read, so there is no map to show yet.');
  else showEmpty('This spec has no models yet. Add one to its "models" list and the map will update.');
}

function fillColorSelect(metrics: readonly MetricDefinition[], chosen: string | null): void {
  const select = page.colorSelect;
  const options = metrics.length > 0 ? metrics.map((m) => new Option(m.primary ? `${m.name} ★` : m.name, m.name)) : [new Option('No metrics declared', '')];
  // Rebuilding only on change keeps an open dropdown usable across live refreshes.
  const key = (list: ArrayLike<HTMLOptionElement>) => Array.from(list, (o) => `${o.value}\u0000${o.text}`).join('\u0001');
  if (key(options) !== key(select.options)) select.replaceChildren(...options);
  select.disabled = metrics.length === 0;
  select.value = chosen ?? '';
}

function fillSizeSelect(metrics: readonly MetricDefinition[], chosen: string | null): void {
  const select = page.sizeSelect;
  const options = [new Option('(none)', ''), ...metrics.map((m) => new Option(m.name, m.name))];
  const key = (list: ArrayLike<HTMLOptionElement>) => Array.from(list, (o) => `${o.value}\u0000${o.text}`).join('\u0001');
  if (key(options) !== key(select.options)) select.replaceChildren(...options);
  select.disabled = metrics.length === 0;
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

interface Page {
  colorSelect: HTMLSelectElement;
  legend: HTMLDivElement;
  arrangementSelect: HTMLSelectElement;
  sizeSelect: HTMLSelectElement;
  sizeLegend: HTMLDivElement;
  expandButtons: Map<Expansion, HTMLButtonElement>;
  info: HTMLSpanElement;
  fitButton: HTMLButtonElement;
  banner: HTMLDivElement;
  bannerText: HTMLSpanElement;
  mapContainer: HTMLDivElement;
  empty: HTMLDivElement;
}

function buildPage(container: HTMLElement): Page {
  const toolbar = element('div', 'toolbar');
  const colorLabel = element('label', 'toolbar-label', 'Colour');
  colorLabel.htmlFor = 'color-metric';
  const colorSelect = element('select');
  colorSelect.id = 'color-metric';
  colorSelect.disabled = true;
  const legend = element('div', 'legend');
  legend.hidden = true;
  legend.setAttribute('role', 'img');
  const info = element('span', 'spec-info');
  const fitButton = element('button', 'toolbar-button', 'Fit');
  fitButton.title = 'Fit the map to the panel';

  const arrangementLabel = element('label', 'toolbar-label', 'Columns');
  arrangementLabel.htmlFor = 'arrangement';
  const arrangementSelect = element('select', 'toolbar-select');
  arrangementSelect.id = 'arrangement';
  arrangementSelect.append(...ARRANGEMENTS.map((a) => new Option(a.label, a.value)));

  const sizeLabel = element('label', 'toolbar-label', 'Size');
  sizeLabel.htmlFor = 'size-metric';
  const sizeSelect = element('select', 'toolbar-select');
  sizeSelect.id = 'size-metric';
  sizeSelect.disabled = true;
  const sizeLegend = element('div', 'size-legend');
  sizeLegend.hidden = true;
  sizeLegend.setAttribute('role', 'img');

  const expandGroup = element('span', 'toolbar-group');
  expandGroup.setAttribute('role', 'group');
  expandGroup.setAttribute('aria-label', 'Extend the selection');
  const expandButtons = new Map<Expansion, HTMLButtonElement>();
  for (const e of EXPANSIONS) {
    const button = element('button', 'toolbar-button', e.label);
    button.title = e.title;
    button.dataset.expand = e.value;
    expandButtons.set(e.value, button);
    expandGroup.append(button);
  }

  toolbar.append(
    arrangementLabel,
    arrangementSelect,
    colorLabel,
    colorSelect,
    legend,
    sizeLabel,
    sizeSelect,
    sizeLegend,
    expandGroup,
    element('span', 'spacer'),
    info,
    fitButton,
  );

  const banner = element('div');
  banner.id = 'banner';
  banner.hidden = true;
  banner.setAttribute('role', 'alert');
  const icon = element('span', 'banner-icon', '⚠');
  icon.setAttribute('aria-hidden', 'true');
  const bannerText = element('span', 'banner-text');
  banner.append(icon, bannerText);

  const mapContainer = element('div', 'map-container');
  const empty = element('div', 'empty-state');
  mapContainer.append(empty);

  container.append(toolbar, banner, mapContainer);
  return { colorSelect, legend, arrangementSelect, sizeSelect, sizeLegend, expandButtons, info, fitButton, banner, bannerText, mapContainer, empty };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
