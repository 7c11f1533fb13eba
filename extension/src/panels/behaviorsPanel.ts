// The Behaviors panel of one spec file: runs `behaviors/compare` under a cancellable progress
// notification, sends the comparison to the webview, and answers its requests for instance pages and
// instances. One panel per spec; opening it again on other models re-targets it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseBehaviorsMessage, type BehaviorsToHost, type HostToBehaviors } from '../../../protocol/behaviorsWebview';
import type { BehaviorComparison, SpecSummary } from '../../../protocol/generated/contract';
import type { BackendClient } from '../backend/backendClient';
import type { BehaviorsTarget } from '../behaviors/defaultBase';
import type { SpecStore } from '../specs/specStore';
import { comparedModelsToRestore, comparedModelsToShow } from './comparedModels';
import { describeRequestError as describe } from './requestError';
import { webviewHtml, webviewRoots } from './webviewHtml';

export const BEHAVIORS_VIEW_TYPE = 'compressCompare.behaviors';

export class BehaviorsPanel implements vscode.Disposable {
  private static readonly open = new Map<string, BehaviorsPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private running: vscode.CancellationTokenSource | undefined;
  /** The last finished comparison, re-sent without re-running when the webview reloads (hidden, then shown). */
  private last: BehaviorComparison | undefined;
  private ready = false;

  /** Opens (or re-targets) the panel on the selected models; shows why when none of them is in the spec. */
  static async show(extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri, selected: readonly string[]): Promise<void> {
    const compared = await comparedModelsToShow(store, uri, selected, 'Compare Behaviors');
    if (!compared) return;
    const { summary, target } = compared;
    const existing = BehaviorsPanel.open.get(uri.toString());
    if (existing) {
      existing.retarget(summary, target);
      existing.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(BEHAVIORS_VIEW_TYPE, BehaviorsPanel.title(uri), vscode.ViewColumn.Active,
      { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) });
    new BehaviorsPanel(panel, extensionUri, store, backend, uri, summary, target);
  }

  /** Re-creates a panel VS Code kept across a window reload, on the models it compared. */
  static async restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri,
    models: readonly string[]): Promise<void> {
    const compared = await comparedModelsToRestore(store, uri, models);
    if (!compared) {
      panel.dispose();
      return;
    }
    const { summary, target } = compared;
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) };
    new BehaviorsPanel(panel, extensionUri, store, backend, uri, summary, target);
  }

  static all(): BehaviorsPanel[] {
    return [...BehaviorsPanel.open.values()];
  }

  private static title(uri: vscode.Uri): string {
    return `Behaviors: ${path.basename(uri.fsPath)}`;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    store: SpecStore,
    private readonly backend: BackendClient,
    readonly uri: vscode.Uri,
    private summary: SpecSummary,
    private target: BehaviorsTarget,
  ) {
    BehaviorsPanel.open.set(uri.toString(), this);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    this.setHtml();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw)),
      store.onDidChange((changed) => {
        if (!changed || changed.toString() === uri.toString()) void store.get(uri).then((e) => this.specChanged(e.shown?.summary), () => undefined);
      }),
    );
  }

  private setHtml(): void {
    // The models ride on <body> so the webview stores them with its state for the panel serializer.
    this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, 'behaviors', BehaviorsPanel.title(this.uri),
      { 'spec-uri': this.uri.toString(), models: JSON.stringify(this.target.models) });
  }

  private retarget(summary: SpecSummary, target: BehaviorsTarget): void {
    this.summary = summary;
    this.target = target;
    this.last = undefined;
    this.running?.cancel();
    this.ready = false;
    this.setHtml();
  }

  /**
   * The spec is re-read on every edit; only a change to a compared model (its artifact, say) makes the
   * comparison stale. Then the webview is set up again and compares anew (the backend re-evaluates what changed).
   */
  private specChanged(summary: SpecSummary | undefined): void {
    if (!summary) return;
    // What evaluation depends on; a moved line or an edited metric does not make the comparison stale.
    const compared = (s: SpecSummary) => JSON.stringify([s.dataset ?? null, ...this.target.models.map((id) => {
      const m = s.models.find((x) => x.id === id);
      return m ? m.artifact ?? null : null;
    })]);
    const before = compared(this.summary);
    this.summary = summary;
    if (compared(summary) === before || !this.target.models.every((id) => summary.models.some((m) => m.id === id))) return;
    this.last = undefined;
    this.post({ type: 'setup', ...this.setupMessage() });
  }

  private setupMessage() {
    const byId = new Map(this.summary.models.map((m) => [m.id, m]));
    return {
      specName: path.basename(this.uri.fsPath),
      models: this.target.models.map((id) => ({ id, label: byId.get(id)?.tag || id })),
      defaultBase: this.target.base,
    };
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message: BehaviorsToHost | undefined = parseBehaviorsMessage(raw);
    if (!message) return; // Never act on a malformed message; a webview is untrusted input.
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'setup', ...this.setupMessage() });
        break;
      case 'compare':
        await this.compare(message.base);
        break;
      case 'instances':
        try {
          const page = await this.backend.request('behaviors/instances', {
            path: this.uri.fsPath, baseId: message.base, modelIds: this.target.models,
            offset: message.offset, limit: message.limit, sort: message.sort ?? null, filter: message.filter ?? null,
          });
          this.post({ type: 'instances', requestId: message.requestId, page });
        } catch (e) {
          this.post({ type: 'instances', requestId: message.requestId, error: describe(e) });
        }
        break;
      case 'instance':
        try {
          const data = await this.backend.request('dataset/instance', { path: this.uri.fsPath, instance: message.instance });
          this.post({ type: 'instance', requestId: message.requestId, data });
        } catch (e) {
          this.post({ type: 'instance', requestId: message.requestId, error: describe(e) });
        }
        break;
    }
  }

  private async compare(base: string): Promise<void> {
    if (!this.target.models.includes(base)) {
      this.post({ type: 'compareFailed', base, message: `${base} is not one of the compared models. Pick a base from the list.` });
      return;
    }
    if (this.last?.base === base) {
      this.post({ type: 'comparison', comparison: this.last });
      return;
    }
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    this.last = undefined;
    this.post({ type: 'comparing', base });
    const label = this.summary.models.find((m) => m.id === base)?.tag || base;
    try {
      const comparison = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Comparing behaviors with ${label}`, cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => source.cancel());
          let done = 0;
          return this.backend.request('behaviors/compare', { path: this.uri.fsPath, baseId: base, modelIds: this.target.models },
            source.token, (value) => {
              const percentage = typeof value.percentage === 'number' ? Math.max(done, Math.min(100, value.percentage)) : done;
              progress.report({ message: value.message ?? undefined, increment: percentage - done });
              done = percentage;
            });
        });
      if (this.running !== source) return;
      this.last = comparison;
      this.post({ type: 'comparison', comparison });
    } catch (e) {
      if (this.running !== source && source.token.isCancellationRequested) return; // Superseded by a newer comparison.
      const message = source.token.isCancellationRequested
        ? 'The comparison was cancelled. Click "Compare again" or pick another base to run it.'
        : `The comparison failed: ${describe(e)}`;
      this.post({ type: 'compareFailed', base, message });
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  private post(message: HostToBehaviors): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.running?.cancel();
    if (BehaviorsPanel.open.get(this.uri.toString()) === this) BehaviorsPanel.open.delete(this.uri.toString());
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
