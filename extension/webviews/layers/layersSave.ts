// The Layers panel's "Save…" menu: the distributions drawn in the rows on screen (weight or activation
// histograms, sparsity splits) as SVG or PNG, and the module table as CSV.
import { chartItems, paneCharts } from '../shared/export/chartItems';
import { saveMenu } from '../shared/export/saveMenu';
import { tableCsv } from '../shared/export/tableSource';

export function layersSaveMenu(tableContainer: HTMLElement): HTMLElement {
  const waiting = 'there is no comparison yet. Wait for it to finish.';
  return saveMenu([
    ...chartItems('Distributions in view', 'layers-distributions', () => paneCharts(tableContainer, `${waiting} Choose Cells: Weights or Activations to draw histograms.`)),
    { label: 'Module table as CSV…', name: 'layers-table', format: 'csv', render: () => tableCsv(tableContainer, waiting) },
  ]);
}
