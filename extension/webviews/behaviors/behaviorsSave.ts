// The Behaviors panel's "Save…" menu: the histograms in the models' column headers as SVG or PNG, and the class or
// subgroup table, as sorted and searched now, as CSV.
import { chartItems, paneCharts } from '../shared/export/chartItems';
import { saveMenu } from '../shared/export/saveMenu';
import { tableCsv } from '../shared/export/tableSource';

export function behaviorsSaveMenu(tableContainer: HTMLElement): HTMLElement {
  const header = () => tableContainer.querySelector('.behaviors-header') ?? tableContainer;
  return saveMenu([
    ...chartItems('Column histograms', 'behaviors-histograms', () => paneCharts(header(), 'there is no comparison yet. Wait for it to finish.')),
    { label: 'Table as CSV…', name: 'behaviors-table', format: 'csv', render: () => tableCsv(tableContainer, 'there is no comparison yet. Wait for it to finish.') },
  ]);
}
