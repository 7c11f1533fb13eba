// The one "Save…" control each panel's toolbar gets: a menu of the panel's charts (SVG or PNG) and tables (CSV).
// Choosing an item renders that file here, from what the panel shows now, and sends it to the host, which asks
// where to save it. A <select> keeps it keyboard- and screen-reader-friendly with no menu code of our own.
import { SaveExport, SaveExportFailed, type ExportFormat } from '../../../../protocol/exportWebview';
import { host } from '../hostChannel';

export interface SaveItem {
  /** What the menu says: "Scatterplot as SVG…". */
  label: string;
  /** The file-name part after the spec's stem: "scatter". */
  name: string;
  format: ExportFormat;
  /** The file's text, or a PNG's base64. Throws with a message saying what to do when there is nothing to save yet. */
  render(): string | Promise<string>;
}

export function saveMenu(items: readonly SaveItem[]): HTMLSelectElement {
  const select = document.createElement('select');
  select.className = 'toolbar-select save-menu';
  select.title = 'Save a chart as SVG or PNG, or a table as CSV';
  select.setAttribute('aria-label', 'Save a chart or a table');
  const prompt = new Option('Save…', '');
  prompt.disabled = true;
  select.append(prompt, ...items.map((item, i) => new Option(item.label, String(i))));
  select.value = '';
  select.addEventListener('change', () => {
    const item = items[Number(select.value)];
    // Back to "Save…", so choosing the same item again is a change too.
    select.value = '';
    if (item) void save(item);
  });
  return select;
}

async function save(item: SaveItem): Promise<void> {
  let content: string;
  try {
    content = await item.render();
  } catch (e) {
    void host.sendNotification(SaveExportFailed, { message: `Could not save ${item.label.replace(/…$/, '')}: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  // The host reports a failed write itself; a rejected request here only means the panel closed meanwhile.
  await host.sendRequest(SaveExport, { name: item.name, format: item.format, content }).catch(() => undefined);
}
