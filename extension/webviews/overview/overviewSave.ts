// The Compression Overview's "Save…" menu: the Model Map, the Scatterplot, the Filter histograms and Selection
// Details' bars as SVG or PNG, and Selection Details' table as CSV, each from what the pane shows now.
import { canvasPng, stackedSvg, snapshotChart, type SvgFile } from '../shared/export/chartFile';
import { chartItems, paneCharts } from '../shared/export/chartItems';
import { saveMenu } from '../shared/export/saveMenu';
import { tableCsv } from '../shared/export/tableSource';
import type { ExportFormat } from '../../../protocol/exportWebview';
import type { ScatterplotView } from './scatter/renderScatter';
import { scatterPointsSvg } from './scatter/scatterSvg';
import type { ModelMapView } from './canvas/renderMap';
import { mapSvg } from './canvas/mapSvg';
import type { OverviewPage } from './overviewPage';

function scatterFile(scatter: ScatterplotView): SvgFile {
  const scene = scatter.scene;
  const overlay = scene && snapshotChart(scene.overlay);
  if (!scene || !overlay) throw new Error('the scatterplot has no points yet. Pick metrics for both axes.');
  const { width, height } = scene.frame;
  // The points sit under the axes and the Pareto front, as the canvas sits under the overlay in the panel.
  return stackedSvg([{ node: { tag: 'g', attrs: {}, children: [scatterPointsSvg(scene.frame), overlay] }, width, height }]);
}

export function overviewSaveMenu(page: OverviewPage, map: ModelMapView, scatter: ScatterplotView): HTMLElement {
  const noMap = 'the Model Map is empty. Wait for the spec to load.';
  const mapFile = (): SvgFile => {
    const drawn = map.drawn;
    if (!drawn || drawn.scene.nodes.length === 0) throw new Error(noMap);
    return stackedSvg([mapSvg(drawn)]);
  };
  const mapPng = { label: 'Model Map as PNG…', name: 'map', format: 'png' as ExportFormat, render: () => {
    if (map.canvas.width === 0 || map.canvas.height === 0) throw new Error(noMap);
    return canvasPng(map.canvas);
  } };
  return saveMenu([
    { label: 'Model Map as SVG…', name: 'map', format: 'svg', render: () => mapFile().text },
    mapPng,
    ...chartItems('Scatterplot', 'scatter', () => scatterFile(scatter)),
    ...chartItems('Filter histograms', 'filters', () => paneCharts(page.filterContainer, 'the Filter shows no histograms. Add a budget with "+ Filter" first.')),
    ...chartItems('Selection Details bars', 'selection-bars', () => paneCharts(page.detailsContainer, 'Selection Details shows no bars. Select models that differ in one or two variables, or refine the comparison.')),
    { label: 'Selection Details table as CSV…', name: 'selection-table', format: 'csv',
      render: () => tableCsv(page.detailsContainer.querySelector('#details-table'), 'Selection Details shows no table. Select one or more models.') },
  ]);
}
