// The Compression Overview page: the shared toolbar (arrangement and the colour and size encodings
// both views use), then the panes: Model Map, Scatterplot, Filter and Selection Details.
import { ARRANGEMENTS } from './arrangeByStep';
import { element } from '../shared/dom';
import { EXPANSIONS, type Expansion } from './graphSelection';

export interface OverviewPage {
  colorSelect: HTMLSelectElement;
  legend: HTMLDivElement;
  arrangementSelect: HTMLSelectElement;
  sizeSelect: HTMLSelectElement;
  sizeLegend: HTMLDivElement;
  expandButtons: Map<Expansion, HTMLButtonElement>;
  info: HTMLSpanElement;
  fitButton: HTMLButtonElement;
  /** Opens the Behaviors panel on the selection; enabled with one or more selected models. */
  behaviorsButton: HTMLButtonElement;
  /** Opens the Layers panel on the selection; enabled with one or more selected models. */
  layersButton: HTMLButtonElement;
  compressButton: HTMLButtonElement;
  reportButton: HTMLButtonElement;
  banner: HTMLDivElement;
  bannerText: HTMLSpanElement;
  mapContainer: HTMLDivElement;
  empty: HTMLDivElement;
  /** div#scatterplot: the ScatterplotView fills it. */
  scatterContainer: HTMLElement;
  /** div#filters: the FilterPane fills it. */
  filterContainer: HTMLElement;
  /** div#selection-details: reserved for the Selection Details view. */
  detailsContainer: HTMLDivElement;
  overview: HTMLDivElement;
  mapPane: HTMLElement;
  /** Dividers, children of the overview grid itself so no pane's view can remove them. */
  columnSplitter: HTMLDivElement;
  rowSplitter: HTMLDivElement;
}

export function buildOverviewPage(container: HTMLElement): OverviewPage {
  const toolbar = element('div', 'toolbar');
  const [colorLabel, colorSelect] = labelledSelect('Colour', 'color-metric', '');
  const legend = legendBox('legend');
  const info = element('span', 'spec-info');
  const fitButton = element('button', 'toolbar-button', 'Fit');
  fitButton.title = 'Fit the map to the panel';
  const behaviorsButton = element('button', 'toolbar-button', 'Compare behaviors');
  behaviorsButton.id = 'compare-behaviors';
  behaviorsButton.title = 'Compare the selected models\' predictions with a base model, class by class and instance by instance';
  behaviorsButton.disabled = true;
  const layersButton = element('button', 'toolbar-button', 'Compare layers');
  layersButton.id = 'compare-layers';
  layersButton.title = 'Compare the selected models\' weights and sparsity with a base model, module by module';
  layersButton.disabled = true;
  const compressButton = element('button', 'toolbar-button', 'Compress…');
  compressButton.id = 'compress-model';
  compressButton.title = 'Make compressed children of the selected model: pick an operation and its parameters (several values make a sweep)';
  compressButton.disabled = true;
  const reportButton = element('button', 'toolbar-button', 'Export Report…');
  reportButton.id = 'export-report';
  reportButton.title = 'Write an HTML or Markdown report on the selected models within the budgets: Pareto set, Selection Details, Behaviors and the commands that reproduce it';
  reportButton.disabled = true;
  const [arrangementLabel, arrangementSelect] = labelledSelect('Columns', 'arrangement');
  arrangementSelect.disabled = false;
  arrangementSelect.append(...ARRANGEMENTS.map((a) => new Option(a.label, a.value)));
  const [sizeLabel, sizeSelect] = labelledSelect('Size', 'size-metric');
  const sizeLegend = legendBox('size-legend');

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
    behaviorsButton,
    layersButton,
    compressButton,
    reportButton,
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

  const overview = element('div', 'overview');
  const mapPane = element('section', 'pane map-pane');
  mapPane.setAttribute('aria-label', 'Model Map');
  const mapContainer = element('div', 'map-container');
  const empty = element('div', 'empty-state');
  mapContainer.append(empty);
  mapPane.append(mapContainer);

  const scatterContainer = element('div', 'pane scatter-pane');
  scatterContainer.id = 'scatterplot';
  scatterContainer.setAttribute('aria-label', 'Model Scatterplot');
  const filterContainer = element('div', 'pane filter-pane');
  filterContainer.id = 'filters';
  filterContainer.setAttribute('aria-label', 'Filter');
  const detailsContainer = element('div', 'pane details-pane');
  detailsContainer.id = 'selection-details';

  const columnSplitter = element('div', 'splitter splitter-columns');
  columnSplitter.setAttribute('aria-label', 'Resize the map and the scatterplot');
  const rowSplitter = element('div', 'splitter splitter-rows');
  rowSplitter.setAttribute('aria-label', 'Resize the charts and Selection Details');
  overview.append(mapPane, scatterContainer, filterContainer, detailsContainer, columnSplitter, rowSplitter);
  container.append(toolbar, banner, overview);
  return {
    colorSelect,
    legend,
    arrangementSelect,
    sizeSelect,
    sizeLegend,
    expandButtons,
    info,
    fitButton,
    behaviorsButton,
    layersButton,
    compressButton,
    reportButton,
    banner,
    bannerText,
    mapContainer,
    empty,
    scatterContainer,
    filterContainer,
    detailsContainer,
    overview,
    mapPane,
    columnSplitter,
    rowSplitter,
  };
}

/** A select and its label; disabled until a spec fills it. */
function labelledSelect(text: string, id: string, className = 'toolbar-select'): [HTMLLabelElement, HTMLSelectElement] {
  const label = element('label', 'toolbar-label', text);
  label.htmlFor = id;
  const select = element('select', className);
  select.id = id;
  select.disabled = true;
  return [label, select];
}

function legendBox(className: string): HTMLDivElement {
  const legend = element('div', className);
  legend.hidden = true;
  legend.setAttribute('role', 'img');
  return legend;
}
