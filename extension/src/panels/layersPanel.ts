// The Layers panel of one spec file: runs `layers/probe` under a cancellable progress notification and
// sends the per-tensor and per-module statistics to the webview; runs "Which layer broke it?" (`models/diagnose`) the
// same way, and turns "Restore this module" into the compress command. One panel per spec; opening it again on other
// models re-targets it.
import * as vscode from 'vscode';
import type { MessageConnection } from 'vscode-jsonrpc';
import {
  LayersDiagnose, LayersNotifications as Notify, LayersProbe, LayersReady, LayersRestoreModule, parseDiagnoseParams, parseProbeParams, parseRestoreParams,
  type DiagnoseKey,
} from '../../../protocol/layersWebview';
import type { SpecSummary } from '../../../protocol/generated/contract';
import type { BackendClient } from '../backend/backendClient';
import type { BehaviorsTarget } from '../behaviors/defaultBase';
import type { SpecStore } from '../specs/specStore';
import { ComparedModelsPanel, restoreComparedPanel, showComparedPanel, type PanelKind } from './comparedModelsPanel';
import { cachedProbe, type FinishedProbe } from './layersProbeCache';
import { describeRequestError } from './requestError';
import { restoreModule } from './restoreModule';

export const LAYERS_VIEW_TYPE = 'compressCompare.layers';

export class LayersPanel extends ComparedModelsPanel {
  private static readonly kind: PanelKind = { open: new Map(), viewType: LAYERS_VIEW_TYPE, name: 'Layers', bundle: 'layers', setup: Notify.setup };
  /**
   * The last finished probe and the activation count it ran with (null: weights only), re-sent without
   * re-reading the models when the webview reloads (hidden, then shown) and asks for the same.
   */
  private last: FinishedProbe | undefined;
  /** The diagnosis running, apart from the probe's so that neither cancels the other. */
  private diagnosing: vscode.CancellationTokenSource | undefined;

  /** Opens (or re-targets) the panel on the selected models; shows why when none of them is in the spec. */
  static show(extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri, selected: readonly string[]): Promise<void> {
    return showComparedPanel(LayersPanel.kind, (panel, summary, target) => new LayersPanel(panel, extensionUri, store, backend, uri, summary, target),
      extensionUri, store, uri, selected);
  }

  /** Re-creates a panel VS Code kept across a window reload, on the models it compared. */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri,
    models: readonly string[]): Promise<void> {
    return restoreComparedPanel((p, summary, target) => new LayersPanel(p, extensionUri, store, backend, uri, summary, target),
      panel, extensionUri, store, uri, models);
  }

  static all(): vscode.Disposable[] {
    return [...LayersPanel.kind.open.values()];
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri,
    summary: SpecSummary, target: BehaviorsTarget) {
    super(panel, extensionUri, backend, uri, summary, target, store, LayersPanel.kind);
  }

  /** Only a changed artifact of a compared model makes the weights stale; then the webview probes anew. */
  protected dependsOn(s: SpecSummary): string {
    return JSON.stringify(this.target.models.map((id) => s.models.find((m) => m.id === id)?.artifact ?? null));
  }

  protected forgetResult(): void {
    this.last = undefined;
  }

  protected registerHandlers(connection: MessageConnection): void {
    connection.onNotification(LayersReady, () => this.webviewReady());
    connection.onNotification(LayersProbe, (raw: unknown) => {
      const params = parseProbeParams(raw);
      if (params) void this.probe(params.base, params.activations ?? null); // Never act on a malformed notification.
    });
    connection.onNotification(LayersDiagnose, (raw: unknown) => {
      const key = parseDiagnoseParams(raw);
      if (key) void this.diagnose(key);
    });
    connection.onNotification(LayersRestoreModule, (raw: unknown) => {
      const params = parseRestoreParams(raw);
      if (params) void this.restore(params);
    });
  }

  dispose(): void {
    this.diagnosing?.cancel();
    super.dispose();
  }

  /** "Which layer broke it?": `models/diagnose` under a cancellable progress notification; a newer request supersedes this one. */
  private async diagnose(key: DiagnoseKey): Promise<void> {
    const stranger = [key.base, key.model].find((id) => !this.target.models.includes(id));
    if (stranger !== undefined) {
      this.notify(Notify.diagnoseFailed, { ...key, message: `${stranger} is not one of the compared models. Pick a base and a compressed model from the lists.` });
      return;
    }
    const refused = this.refusedUntrusted('Which layer broke it?', () => this.diagnose(key));
    if (refused) {
      this.notify(Notify.diagnoseFailed, { ...key, message: refused });
      return;
    }
    this.diagnosing?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.diagnosing = source;
    this.notify(Notify.diagnosing, key);
    try {
      const params = { path: this.uri.fsPath, baseId: key.base, modelId: key.model, instances: key.instances, depth: key.depth, sensitivity: key.sensitivity };
      const result = await this.withProgress(`Which layer broke ${this.labelOf(key.model)}? Restoring its modules on ${key.instances} instances`
        + (key.sensitivity ? ', and compressing each alone' : ''), source,
        (onProgress) => this.onShownSpec((snapshot) => this.backend.request('models/diagnose', { ...params, snapshot }, source.token, onProgress)));
      if (this.diagnosing !== source) return;
      this.notify(Notify.diagnosed, { ...key, result });
    } catch (e) {
      if (this.diagnosing !== source && source.token.isCancellationRequested) return; // Superseded by a newer diagnosis.
      const message = source.token.isCancellationRequested
        ? 'Which layer broke it? was cancelled. Click it again to run it.'
        : `Which layer broke it? failed: ${describeRequestError(e)}`;
      this.notify(Notify.diagnoseFailed, { ...key, message });
    } finally {
      if (this.diagnosing === source) this.diagnosing = undefined;
      source.dispose();
    }
  }

  private async restore(params: { base: string; model: string; module: string }): Promise<void> {
    const message = await restoreModule((command, args) => vscode.commands.executeCommand(command, args), this.uri.toString(), params);
    if (message !== undefined) this.notify(Notify.restoreFailed, { module: params.module, message });
  }

  /** `activations`: instances to run the models on, or null for weights only (a cached result with activations serves too). */
  private async probe(base: string, activations: number | null): Promise<void> {
    if (!this.target.models.includes(base)) {
      this.notify(Notify.probeFailed, { base, activations, message: `${base} is not one of the compared models. Pick a base from the list.` });
      return;
    }
    const cached = cachedProbe(this.last, base, activations);
    if (cached) {
      // Unchecked here: a cached result came through the validating BackendConnection.request, as every probe does.
      this.notify(Notify.probed, cached);
      return;
    }
    const refused = this.refusedUntrusted(activations === null ? 'Compare Layers' : 'Activations', () => this.probe(base, activations));
    if (refused) {
      this.notify(Notify.probeFailed, { base, activations, message: refused });
      return;
    }
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    // `last` stays until this probe succeeds: a failed activations run must not cost the weights a reload re-sends.
    this.notify(Notify.probing, { base, activations });
    const label = this.labelOf(base);
    const title = activations === null ? `Comparing layers with ${label}` : `Comparing layers and activations on ${activations} instances with ${label}`;
    try {
      const others = this.target.models.filter((id) => id !== base);
      const params = { path: this.uri.fsPath, baseId: base, modelIds: others, ...(activations === null ? {} : { activations }) };
      const result = await this.withProgress(title, source, (onProgress) =>
        this.onShownSpec((snapshot) => this.backend.request('layers/probe', { ...params, snapshot }, source.token, onProgress)));
      if (this.running !== source) return;
      this.last = { base, activations, result };
      this.notify(Notify.probed, { base, activations, result });
    } catch (e) {
      if (this.running !== source && source.token.isCancellationRequested) return; // Superseded by a newer probe.
      this.retryWhenBackendReturns(e, () => this.probe(base, activations));
      const what = activations === null ? 'Comparing layers' : `Probing activations on ${activations} instances`;
      const message = source.token.isCancellationRequested
        ? `${what} was cancelled. Click "Compare again" or pick another base to run it.`
        : `${what} failed: ${describeRequestError(e)}`;
      this.notify(Notify.probeFailed, { base, activations, message });
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }
}
