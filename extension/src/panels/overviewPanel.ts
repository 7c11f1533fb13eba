// The Compression Overview panel of one spec file (Model Map, Scatterplot, Filter, Selection Details): sends it the spec (and every re-read), relays selections both
// ways, and reveals a model's JSON on request. One panel per spec; reopening focuses it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MessageConnection, NotificationType } from 'vscode-jsonrpc';
import type { SpecSummary } from '../../../protocol/generated/contract';
import { OverviewNotifications } from '../../../protocol/overviewWebview';
import { toSummaryColumns, type SummaryColumns } from '../../../protocol/summaryColumns';
import type { SpecStore } from '../specs/specStore';
import { requestOnSnapshot } from '../specs/snapshotRequest';
import { registerOverviewHandlers } from './overviewHandlers';
import { registerSaveExport } from '../export/saveExport';
import { webviewConnection, type BackendRequester } from './webviewChannel';
import { webviewHtml, webviewRoots } from './webviewHtml';

// The id VS Code saved open panels under before the panel was named Compression Overview; kept so they still restore.
export const OVERVIEW_VIEW_TYPE = 'compressCompare.modelMap';

/** Panel → tree: the user selected these models in the panel of this spec. */
export type OverviewSelectionListener = (uri: vscode.Uri, ids: string[]) => void;

/** Panel → tree: the pointer is on this model in the panel of this spec (null: on none). */
export interface OverviewHover {
  uri: vscode.Uri;
  id: string | null;
}

export class OverviewPanel implements vscode.Disposable {
  private static readonly open = new Map<string, OverviewPanel>();
  private static readonly hovered = new vscode.EventEmitter<OverviewHover>();
  /** Fires as the pointer moves between models in any overview panel; the sidebar marks the model. */
  static readonly onDidHover = OverviewPanel.hovered.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly connection: MessageConnection;
  private ready = false;
  selection: string[] = [];

  static show(extensionUri: vscode.Uri, store: SpecStore, backend: BackendRequester, uri: vscode.Uri, onSelection: OverviewSelectionListener): OverviewPanel {
    const existing = OverviewPanel.open.get(uri.toString());
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, OverviewPanel.title(uri), vscode.ViewColumn.Active,
      { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) });
    return new OverviewPanel(panel, extensionUri, store, backend, uri, onSelection);
  }

  /** Re-creates a panel VS Code kept across a window reload (see ModelMapSerializer). */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore, backend: BackendRequester, uri: vscode.Uri,
    onSelection: OverviewSelectionListener): OverviewPanel {
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) };
    return new OverviewPanel(panel, extensionUri, store, backend, uri, onSelection);
  }

  static forSpec(uri: vscode.Uri): OverviewPanel | undefined {
    return OverviewPanel.open.get(uri.toString());
  }

  static all(): OverviewPanel[] {
    return [...OverviewPanel.open.values()];
  }

  private static title(uri: vscode.Uri): string {
    return `Compression Overview: ${path.basename(uri.fsPath)}`;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly store: SpecStore,
    backend: BackendRequester,
    readonly uri: vscode.Uri,
    onSelection: OverviewSelectionListener,
  ) {
    OverviewPanel.open.set(uri.toString(), this);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'overview', OverviewPanel.title(uri), { 'spec-uri': uri.toString() });
    this.connection = webviewConnection(panel.webview);
    const command = (name: string, ...args: unknown[]) => void vscode.commands.executeCommand(`compressCompare.${name}`, uri, ...args);
    registerOverviewHandlers(this.connection, {
      backend,
      specPath: uri.fsPath,
      onShownSpec: async (send) => requestOnSnapshot((await store.get(uri)).shown?.summary.snapshot, () => store.rereadSnapshot(uri), send),
      ready: () => {
        this.ready = true;
        void this.sendSpec();
      },
      selectionChanged: (ids) => {
        this.selection = ids;
        onSelection(uri, ids);
      },
      revealModel: (id) => command('revealModel', id),
      hoverChanged: (id) => OverviewPanel.hovered.fire({ uri, id }),
      compareBehaviors: (ids) => command('compareBehaviors', ids),
      compareLayers: (ids) => command('compareLayers', ids),
      compress: (id) => void vscode.commands.executeCommand('compressCompare.compressModel', { specUri: uri.toString(), model: id }),
      exportReport: (inputs) => command('exportReport', inputs),
    });
    registerSaveExport(this.connection, uri);
    this.connection.listen();
    this.disposables.push(
      this.connection,
      panel.onDidDispose(() => this.dispose()),
      store.onDidChange((changed) => {
        if (!changed || changed.toString() === uri.toString()) void this.sendSpec();
      }),
    );
  }

  select(ids: string[]): void {
    this.selection = ids;
    this.notify(OverviewNotifications.select, { ids });
  }

  /** Export Report… from the palette: the webview answers with its selection and budgets (OverviewExportReport). */
  requestReport(): void {
    this.notify(OverviewNotifications.requestReport, {});
  }

  /** Sends the spec as the store holds it now, then the selection: models just added exist in the map when it selects them. */
  async showSpecAndSelect(ids: string[]): Promise<void> {
    await this.sendSpec();
    this.select(ids);
  }

  private async sendSpec(): Promise<void> {
    if (!this.ready) return;
    const entry = await this.store.get(this.uri);
    // The webview trusts this summary's shape: SpecStore only holds what spec/summarize returned through the
    // validating BackendConnection.request.
    if (entry.shown) this.notify(OverviewNotifications.spec, { summary: summaryColumns(entry.shown.summary), error: entry.shown.error });
    else this.notify(OverviewNotifications.error, { message: entry.failure ?? `Could not read ${this.uri.fsPath}.` });
  }

  private notify<P>(type: NotificationType<P>, params: P): void {
    void this.connection.sendNotification(type, params).catch(() => undefined);
  }

  dispose(): void {
    if (OverviewPanel.open.get(this.uri.toString()) === this) OverviewPanel.open.delete(this.uri.toString());
    for (const d of this.disposables) d.dispose();
    // A panel closed under the pointer leaves no model marked in the sidebar.
    OverviewPanel.hovered.fire({ uri: this.uri, id: null });
    this.panel.dispose();
  }
}

/** Encoded once per summary the store holds: a selection from the sidebar re-sends the same one. */
const encoded = new WeakMap<SpecSummary, SummaryColumns>();

function summaryColumns(summary: SpecSummary): SummaryColumns {
  let columns = encoded.get(summary);
  if (!columns) encoded.set(summary, (columns = toSummaryColumns(summary)));
  return columns;
}
