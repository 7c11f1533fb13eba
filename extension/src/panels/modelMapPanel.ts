// The Model Map panel of one spec file: sends it the spec (and every re-read), relays selections both
// ways, and reveals a model's JSON on request. One panel per spec; reopening focuses it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SelectionExplanation } from '../../../protocol/generated/contract';
import { parseWebviewMessage, type HostToWebview, type WebviewToHost } from '../../../protocol/webview';
import type { SpecStore } from '../specs/specStore';
import { describeRequestError } from './requestError';
import { webviewHtml, webviewRoots } from './webviewHtml';

export const MODEL_MAP_VIEW_TYPE = 'compressCompare.modelMap';

export interface ModelMapEvents {
  onSelectionChanged(uri: vscode.Uri, ids: string[]): void;
  /** Asks the backend how the models differ (Selection Details). */
  explainSelection(uri: vscode.Uri, ids: string[]): Promise<SelectionExplanation>;
}

export class ModelMapPanel implements vscode.Disposable {
  private static readonly open = new Map<string, ModelMapPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  selection: string[] = [];

  static show(extensionUri: vscode.Uri, store: SpecStore, uri: vscode.Uri, events: ModelMapEvents): ModelMapPanel {
    const existing = ModelMapPanel.open.get(uri.toString());
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(MODEL_MAP_VIEW_TYPE, ModelMapPanel.title(uri), vscode.ViewColumn.Active,
      { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) });
    return new ModelMapPanel(panel, extensionUri, store, uri, events);
  }

  /** Re-creates a panel VS Code kept across a window reload (see ModelMapSerializer). */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore, uri: vscode.Uri, events: ModelMapEvents): ModelMapPanel {
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) };
    return new ModelMapPanel(panel, extensionUri, store, uri, events);
  }

  static forSpec(uri: vscode.Uri): ModelMapPanel | undefined {
    return ModelMapPanel.open.get(uri.toString());
  }

  static all(): ModelMapPanel[] {
    return [...ModelMapPanel.open.values()];
  }

  private static title(uri: vscode.Uri): string {
    return `Model Map: ${path.basename(uri.fsPath)}`;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly store: SpecStore,
    readonly uri: vscode.Uri,
    private readonly events: ModelMapEvents,
  ) {
    ModelMapPanel.open.set(uri.toString(), this);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'map', ModelMapPanel.title(uri), { 'spec-uri': uri.toString() });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      store.onDidChange((changed) => {
        if (!changed || changed.toString() === uri.toString()) void this.sendSpec();
      }),
    );
  }

  select(ids: string[]): void {
    this.selection = ids;
    this.post({ type: 'select', ids });
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message: WebviewToHost | undefined = parseWebviewMessage(raw);
    if (!message) return; // Never act on a malformed message; a webview is untrusted input.
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.sendSpec();
        break;
      case 'selectionChanged':
        this.selection = message.ids;
        this.events.onSelectionChanged(this.uri, message.ids);
        break;
      case 'revealModel':
        await vscode.commands.executeCommand('compressCompare.revealModel', this.uri, message.id);
        break;
      case 'explainSelection':
        await this.explain(message.requestId, message.ids);
        break;
      case 'compareBehaviors':
        await vscode.commands.executeCommand('compressCompare.compareBehaviors', this.uri, message.ids);
        break;
      case 'compareLayers':
        await vscode.commands.executeCommand('compressCompare.compareLayers', this.uri, message.ids);
        break;
    }
  }

  private async explain(requestId: number, ids: string[]): Promise<void> {
    try {
      const explanation = await this.events.explainSelection(this.uri, ids);
      this.post({ type: 'selectionExplained', requestId, explanation });
    } catch (e) {
      // The panel shows this in place of the chart, with Retry; the message and its hint say what to do.
      this.post({ type: 'selectionExplained', requestId, error: describeRequestError(e) });
    }
  }

  private async sendSpec(): Promise<void> {
    if (!this.ready) return;
    const entry = await this.store.get(this.uri);
    if (entry.shown) this.post({ type: 'spec', summary: entry.shown.summary, error: entry.shown.error });
    else this.post({ type: 'error', message: entry.failure ?? `Could not read ${this.uri.fsPath}.` });
  }

  private post(message: HostToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (ModelMapPanel.open.get(this.uri.toString()) === this) ModelMapPanel.open.delete(this.uri.toString());
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
