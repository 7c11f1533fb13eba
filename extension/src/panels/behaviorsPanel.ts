// The Behaviors panel of one spec file: runs `behaviors/compare` under a cancellable progress
// notification, sends the comparison to the webview, and answers its requests for instance pages and
// instances. One panel per spec; opening it again on other models re-targets it.
import * as vscode from 'vscode';
import type { MessageConnection } from 'vscode-jsonrpc';
import {
  BehaviorsCompare, BehaviorsNotifications as Notify, BehaviorsReady, InstanceRequest, InstancesRequest, parseCompareBase, parseInstanceParams,
  parseInstancesParams,
} from '../../../protocol/behaviorsWebview';
import { invalidParams } from '../../../protocol/channelTypes';
import type { BehaviorComparison, SpecSummary } from '../../../protocol/generated/contract';
import type { BackendClient } from '../backend/backendClient';
import type { BehaviorsTarget } from '../behaviors/defaultBase';
import type { SpecStore } from '../specs/specStore';
import { ComparedModelsPanel, restoreComparedPanel, showComparedPanel, type PanelKind } from './comparedModelsPanel';
import { describeRequestError as describe, requestErrorAnswer } from './requestError';

export const BEHAVIORS_VIEW_TYPE = 'compressCompare.behaviors';

export class BehaviorsPanel extends ComparedModelsPanel {
  private static readonly kind: PanelKind = { open: new Map(), viewType: BEHAVIORS_VIEW_TYPE, name: 'Behaviors', bundle: 'behaviors', setup: Notify.setup };
  /** The last finished comparison, re-sent without re-running when the webview reloads (hidden, then shown). */
  private last: BehaviorComparison | undefined;

  /** Opens (or re-targets) the panel on the selected models; shows why when none of them is in the spec. */
  static show(extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri, selected: readonly string[]): Promise<void> {
    return showComparedPanel(BehaviorsPanel.kind, (panel, summary, target) => new BehaviorsPanel(panel, extensionUri, store, backend, uri, summary, target),
      extensionUri, store, uri, selected);
  }

  /** Re-creates a panel VS Code kept across a window reload, on the models it compared. */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri,
    models: readonly string[]): Promise<void> {
    return restoreComparedPanel((p, summary, target) => new BehaviorsPanel(p, extensionUri, store, backend, uri, summary, target),
      panel, extensionUri, store, uri, models);
  }

  static all(): vscode.Disposable[] {
    return [...BehaviorsPanel.kind.open.values()];
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri,
    summary: SpecSummary, target: BehaviorsTarget) {
    super(panel, extensionUri, backend, uri, summary, target, store, BehaviorsPanel.kind);
  }

  /** What evaluation depends on; a moved line or an edited metric does not make the comparison stale. */
  protected dependsOn(s: SpecSummary): string {
    return JSON.stringify([s.dataset ?? null, ...this.target.models.map((id) => s.models.find((m) => m.id === id)?.artifact ?? null)]);
  }

  protected forgetResult(): void {
    this.last = undefined;
  }

  protected registerHandlers(connection: MessageConnection): void {
    connection.onNotification(BehaviorsReady, () => this.webviewReady());
    connection.onNotification(BehaviorsCompare, (raw: unknown) => {
      const base = parseCompareBase(raw);
      if (base !== undefined) void this.compare(base); // Never act on a malformed notification.
    });
    // The webview cancels these when the query changes, the page scrolls away or another instance opens.
    connection.onRequest(InstancesRequest, async (raw: unknown, token) => {
      const params = parseInstancesParams(raw);
      if (!params) throw invalidParams(InstancesRequest.method);
      return this.onShownSpec((snapshot) => this.backend.request('behaviors/instances', {
        path: this.uri.fsPath, baseId: params.base, modelIds: this.target.models, snapshot,
        offset: params.offset, limit: params.limit, sort: params.sort ?? null, filter: params.filter ?? null,
      }, token)).catch((e: unknown) => Promise.reject(requestErrorAnswer(e)));
    });
    connection.onRequest(InstanceRequest, async (raw: unknown, token) => {
      const params = parseInstanceParams(raw);
      if (!params) throw invalidParams(InstanceRequest.method);
      return this.onShownSpec((snapshot) => this.backend.request('dataset/instance', { path: this.uri.fsPath, instance: params.instance, snapshot }, token))
        .catch((e: unknown) => Promise.reject(requestErrorAnswer(e)));
    });
  }

  private async compare(base: string): Promise<void> {
    if (!this.target.models.includes(base)) {
      this.notify(Notify.compareFailed, { base, message: `${base} is not one of the compared models. Pick a base from the list.` });
      return;
    }
    if (this.last?.base === base) {
      // Unchecked here: `last` came through the validating BackendConnection.request, as every comparison does.
      this.notify(Notify.comparison, { comparison: this.last });
      return;
    }
    const refused = this.refusedUntrusted('Compare Behaviors', () => this.compare(base));
    if (refused) {
      this.notify(Notify.compareFailed, { base, message: refused });
      return;
    }
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    this.last = undefined;
    this.notify(Notify.comparing, { base });
    try {
      const comparison = await this.withProgress(`Comparing behaviors with ${this.labelOf(base)}`, source, (onProgress) =>
        this.onShownSpec((snapshot) =>
          this.backend.request('behaviors/compare', { path: this.uri.fsPath, baseId: base, modelIds: this.target.models, snapshot }, source.token, onProgress)));
      if (this.running !== source) return;
      this.last = comparison;
      this.notify(Notify.comparison, { comparison });
    } catch (e) {
      if (this.running !== source && source.token.isCancellationRequested) return; // Superseded by a newer comparison.
      this.retryWhenBackendReturns(e, () => this.compare(base));
      const message = source.token.isCancellationRequested
        ? 'The comparison was cancelled. Click "Compare again" or pick another base to run it.'
        : `The comparison failed: ${describe(e)}`;
      this.notify(Notify.compareFailed, { base, message });
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }
}
