// The Layers panel of one spec file: runs `layers/probe` under a cancellable progress notification and
// sends the per-tensor and per-module statistics to the webview. One panel per spec; opening it again
// on other models re-targets it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseLayersMessage, type HostToLayers, type LayersToHost } from '../../../protocol/layersWebview';
import type { SpecSummary } from '../../../protocol/generated/contract';
import type { BackendClient } from '../backend/backendClient';
import type { BehaviorsTarget } from '../behaviors/defaultBase';
import type { SpecStore } from '../specs/specStore';
import { comparedModelsToRestore, comparedModelsToShow } from './comparedModels';
import { cachedProbe, type FinishedProbe } from './layersProbeCache';
import { describeRequestError } from './requestError';
import { webviewHtml, webviewRoots } from './webviewHtml';

export const LAYERS_VIEW_TYPE = 'compressCompare.layers';

export class LayersPanel implements vscode.Disposable {
  private static readonly open = new Map<string, LayersPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private running: vscode.CancellationTokenSource | undefined;
  /**
   * The last finished probe and the activation count it ran with (null: weights only), re-sent without
   * re-reading the models when the webview reloads (hidden, then shown) and asks for the same.
   */
  private last: FinishedProbe | undefined;
  private ready = false;

  /** Opens (or re-targets) the panel on the selected models; shows why when none of them is in the spec. */
  static async show(extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri, selected: readonly string[]): Promise<void> {
    const compared = await comparedModelsToShow(store, uri, selected, 'Compare Layers');
    if (!compared) return;
    const { summary, target } = compared;
    const existing = LayersPanel.open.get(uri.toString());
    if (existing) {
      existing.retarget(summary, target);
      existing.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(LAYERS_VIEW_TYPE, LayersPanel.title(uri), vscode.ViewColumn.Active,
      { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) });
    new LayersPanel(panel, extensionUri, backend, uri, summary, target, store);
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
    new LayersPanel(panel, extensionUri, backend, uri, summary, target, store);
  }

  static all(): LayersPanel[] {
    return [...LayersPanel.open.values()];
  }

  private static title(uri: vscode.Uri): string {
    return `Layers: ${path.basename(uri.fsPath)}`;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly backend: BackendClient,
    readonly uri: vscode.Uri,
    private summary: SpecSummary,
    private target: BehaviorsTarget,
    store: SpecStore,
  ) {
    LayersPanel.open.set(uri.toString(), this);
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
    this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, 'layers', LayersPanel.title(this.uri),
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

  /** Only a changed artifact of a compared model makes the weights stale; then the webview probes anew. */
  private specChanged(summary: SpecSummary | undefined): void {
    if (!summary) return;
    const artifacts = (s: SpecSummary) => JSON.stringify(this.target.models.map((id) => s.models.find((m) => m.id === id)?.artifact ?? null));
    const before = artifacts(this.summary);
    this.summary = summary;
    if (artifacts(summary) === before || !this.target.models.every((id) => summary.models.some((m) => m.id === id))) return;
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
    const message: LayersToHost | undefined = parseLayersMessage(raw);
    if (!message) return; // Never act on a malformed message; a webview is untrusted input.
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'setup', ...this.setupMessage() });
        break;
      case 'probe':
        await this.probe(message.base, message.activations ?? null);
        break;
    }
  }

  /** `activations`: instances to run the models on, or null for weights only (a cached result with activations serves too). */
  private async probe(base: string, activations: number | null): Promise<void> {
    if (!this.target.models.includes(base)) {
      this.post({ type: 'probeFailed', base, activations, message: `${base} is not one of the compared models. Pick a base from the list.` });
      return;
    }
    const cached = cachedProbe(this.last, base, activations);
    if (cached) {
      this.post({ type: 'probed', ...cached });
      return;
    }
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    // `last` stays until this probe succeeds: a failed activations run must not cost the weights a reload re-sends.
    this.post({ type: 'probing', base, activations });
    const label = this.summary.models.find((m) => m.id === base)?.tag || base;
    const title = activations === null ? `Comparing layers with ${label}` : `Comparing layers and activations on ${activations} instances with ${label}`;
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title, cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => source.cancel());
          let done = 0;
          const others = this.target.models.filter((id) => id !== base);
          const params = { path: this.uri.fsPath, baseId: base, modelIds: others, ...(activations === null ? {} : { activations }) };
          return this.backend.request('layers/probe', params, source.token, (value) => {
            const percentage = typeof value.percentage === 'number' ? Math.max(done, Math.min(100, value.percentage)) : done;
            progress.report({ message: value.message ?? undefined, increment: percentage - done });
            done = percentage;
          });
        });
      if (this.running !== source) return;
      this.last = { base, activations, result };
      this.post({ type: 'probed', base, activations, result });
    } catch (e) {
      if (this.running !== source && source.token.isCancellationRequested) return; // Superseded by a newer probe.
      const what = activations === null ? 'Comparing layers' : `Probing activations on ${activations} instances`;
      const message = source.token.isCancellationRequested
        ? `${what} was cancelled. Click "Compare again" or pick another base to run it.`
        : `${what} failed: ${describeRequestError(e)}`;
      this.post({ type: 'probeFailed', base, activations, message });
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  private post(message: HostToLayers): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.running?.cancel();
    if (LayersPanel.open.get(this.uri.toString()) === this) LayersPanel.open.delete(this.uri.toString());
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
