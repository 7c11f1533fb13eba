// The one "Save…" control each panel's toolbar gets: a menu of the panel's charts (SVG or PNG) and tables (CSV).
// Choosing an item renders that file here, from what the panel shows now, and sends it to the host, which asks
// where to save it.
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

/**
 * A "Save…" button that opens a menu of `items`. A menu rather than a <select>: a closed <select> fires "change" on
 * an arrow key, so merely moving through it with the keyboard would open save dialogs.
 */
export function saveMenu(items: readonly SaveItem[]): HTMLElement {
  const wrapper = document.createElement('span');
  wrapper.className = 'save-menu';
  const button = document.createElement('button');
  button.className = 'toolbar-button save-menu-button';
  button.textContent = 'Save…';
  button.title = 'Save a chart as SVG or PNG, or a table as CSV';
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  const list = document.createElement('div');
  list.className = 'save-menu-list';
  list.setAttribute('role', 'menu');
  list.hidden = true;
  const entries = items.map((item) => {
    const entry = document.createElement('button');
    entry.className = 'save-menu-item';
    entry.setAttribute('role', 'menuitem');
    entry.tabIndex = -1;
    entry.textContent = item.label;
    entry.addEventListener('click', () => {
      close(true);
      void save(item);
    });
    return entry;
  });
  list.append(...entries);
  wrapper.append(button, list);

  const close = (refocus: boolean) => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  const open = () => {
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    entries[0]?.focus();
  };
  button.addEventListener('click', () => (list.hidden ? open() : close(false)));
  list.addEventListener('keydown', (event) => {
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : entries.length - 1;
      entries[(at + step) % entries.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') close(event.key === 'Escape');
    else return;
    event.preventDefault();
  });
  // A press anywhere else closes the menu, as VS Code's own menus do.
  document.addEventListener('pointerdown', (event) => {
    if (!list.hidden && !wrapper.contains(event.target as Node)) close(false);
  });
  return wrapper;
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
