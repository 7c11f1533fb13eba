// What the Behaviors and Layers panels share: one panel per spec file in a registry, opened on the selected
// models or restored after a window reload, re-targeted when opened again, set up anew when a compared
// model changes in the spec, and one backend request at a time under a cancellable progress notification.
// A request refused in Restricted Mode, or lost because the backend stopped, is re-run once the backend is
// back (after a crash, or restarted when the workspace became trusted).
// Each panel adds its own handlers (one per request and notification of its map in protocol/) and what its
// result depends on.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MessageConnection, NotificationType } from 'vscode-jsonrpc';
import type { SetupParams } from '../../../protocol/comparedPanelMessages';
import { RpcErrorCodes, type ProgressValue, type SpecSummary } from '../../../protocol/generated/contract';
import { modelLabel } from '../../shared/modelLabels';
import type { BackendClient } from '../backend/backendClient';
import { BACKEND_GONE } from '../backend/backendErrorCodes';
import { BackendRequestError } from '../backend/backendConnection';
import type { BehaviorsTarget } from '../behaviors/defaultBase';
import { requestOnSnapshot } from '../specs/snapshotRequest';
import type { SpecStore } from '../specs/specStore';
import { offerTrust, untrustedMessage } from '../trust/workspaceTrust';
import { comparedModelsToRestore, comparedModelsToShow } from './comparedModels';
import { webviewConnection } from './webviewChannel';
import { registerSaveExport } from '../export/saveExport';
import { webviewHtml, webviewRoots } from './webviewHtml';

/** A kind of panel: its open panels by spec URI, names and webview bundle. */
export interface PanelKind {
  open: Map<string, ComparedModelsPanel>;
  viewType: string;
  /** "Behaviors" gives panels titled "Behaviors: models.json" and the command "Compare Behaviors". */
  name: string;
  /** The webview bundle (a folder of extension/webviews). */
  bundle: string;
  /** The notification that sets the webview up on the compared models. */
  setup: NotificationType<SetupParams>;
}

/** Creates a panel of a kind on a webview panel and the models it compares. */
export type PanelFactory = (panel: vscode.WebviewPanel, summary: SpecSummary, target: BehaviorsTarget) => void;

/** Opens (or re-targets) a panel of this kind on the selected models; shows why when none of them is in the spec. */
export async function showComparedPanel(kind: PanelKind, create: PanelFactory, extensionUri: vscode.Uri, store: SpecStore,
  uri: vscode.Uri, selected: readonly string[]): Promise<void> {
  const compared = await comparedModelsToShow(store, uri, selected, `Compare ${kind.name}`);
  if (!compared) return;
  const existing = kind.open.get(uri.toString());
  if (existing) {
    existing.retarget(compared.summary, compared.target);
    existing.panel.reveal();
    return;
  }
  const panel = vscode.window.createWebviewPanel(kind.viewType, panelTitle(kind.name, uri), vscode.ViewColumn.Active,
    { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) });
  create(panel, compared.summary, compared.target);
}

/** Re-creates a panel VS Code kept across a window reload, on the models it compared. */
export async function restoreComparedPanel(create: PanelFactory, panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: SpecStore,
  uri: vscode.Uri, models: readonly string[]): Promise<void> {
  const compared = await comparedModelsToRestore(store, uri, models);
  if (!compared) {
    panel.dispose();
    return;
  }
  panel.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(extensionUri) };
  create(panel, compared.summary, compared.target);
}

const panelTitle = (name: string, uri: vscode.Uri) => `${name}: ${path.basename(uri.fsPath)}`;

export abstract class ComparedModelsPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly connection: MessageConnection;
  /** The backend request in flight; a newer one cancels it. */
  protected running: vscode.CancellationTokenSource | undefined;
  private ready = false;
  /** The request to run again when the backend comes back: the last one was refused or lost, not failed on its own. */
  private retryWhenBack: (() => Promise<void>) | undefined;

  protected constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    protected readonly backend: BackendClient,
    readonly uri: vscode.Uri,
    protected summary: SpecSummary,
    protected target: BehaviorsTarget,
    private readonly store: SpecStore,
    private readonly kind: PanelKind,
  ) {
    kind.open.set(uri.toString(), this);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity.svg');
    this.setHtml();
    this.connection = webviewConnection(panel.webview);
    this.registerHandlers(this.connection);
    registerSaveExport(this.connection, uri);
    this.connection.listen();
    this.disposables.push(
      this.connection,
      panel.onDidDispose(() => this.dispose()),
      store.onDidChange((changed) => {
        if (!changed || changed.toString() === uri.toString()) void store.get(uri).then((e) => this.specChanged(e.shown?.summary), () => undefined);
      }),
      backend.onDidRestart(() => {
        const retry = this.retryWhenBack;
        this.retryWhenBack = undefined;
        if (retry && this.ready) void retry();
      }),
    );
  }

  /**
   * Registers one handler per request and notification the webview sends (untrusted: each validates its params).
   * Runs from this constructor, before the subclass's fields are set: handlers may only use them when called.
   */
  protected abstract registerHandlers(connection: MessageConnection): void;

  /** What the panel's result depends on in the spec, as a comparable string: when it changes, the result is stale. */
  protected abstract dependsOn(summary: SpecSummary): string;

  /** Drops the finished result the panel re-sends when the webview reloads. */
  protected abstract forgetResult(): void;

  private setHtml(): void {
    // The models ride on <body> so the webview stores them with its state for the panel serializer.
    this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, this.kind.bundle, panelTitle(this.kind.name, this.uri),
      { 'spec-uri': this.uri.toString(), models: JSON.stringify(this.target.models) });
  }

  retarget(summary: SpecSummary, target: BehaviorsTarget): void {
    this.summary = summary;
    this.target = target;
    this.forgetResult();
    this.running?.cancel();
    this.retryWhenBack = undefined;
    this.ready = false;
    this.setHtml();
  }

  /**
   * The spec is re-read on every edit; only a change to what the result depends on (a compared model's artifact,
   * say) makes it stale. Then the webview is set up again and asks anew.
   */
  private specChanged(summary: SpecSummary | undefined): void {
    if (!summary) return;
    const before = this.dependsOn(this.summary);
    this.summary = summary;
    if (this.dependsOn(summary) === before || !this.target.models.every((id) => summary.models.some((m) => m.id === id))) return;
    this.forgetResult();
    this.notify(this.kind.setup, this.setupParams());
  }

  /** Sends a request on the spec this panel shows (its snapshot), re-reading the spec once when the backend lost it. */
  protected onShownSpec<T>(send: (snapshot: string | undefined) => Promise<T>): Promise<T> {
    return requestOnSnapshot(this.summary.snapshot, () => this.store.rereadSnapshot(this.uri), send);
  }

  /** The webview has loaded: from now on it receives messages, starting with its setup. */
  protected webviewReady(): void {
    this.ready = true;
    this.notify(this.kind.setup, this.setupParams());
  }

  private setupParams(): SetupParams {
    return {
      specName: path.basename(this.uri.fsPath),
      models: this.target.models.map((id) => ({ id, label: this.labelOf(id) })),
      defaultBase: this.target.base,
    };
  }

  /**
   * In Restricted Mode: the message the panel shows instead of running `feature` (the notification offers Manage
   * Workspace Trust), and `retry` runs once trust is granted. Undefined when the workspace is trusted.
   */
  protected refusedUntrusted(feature: string, retry: () => Promise<void>): string | undefined {
    this.retryWhenBack = undefined;
    if (vscode.workspace.isTrusted) return undefined;
    this.retryWhenBack = retry;
    void offerTrust(feature);
    return untrustedMessage(feature);
  }

  /** After a failed request: remembers `retry` when the backend stopped under it or refused it for trust. */
  protected retryWhenBackendReturns(e: unknown, retry: () => Promise<void>): void {
    if (e instanceof BackendRequestError && (e.code === BACKEND_GONE || e.code === RpcErrorCodes.WorkspaceUntrusted)) this.retryWhenBack = retry;
  }

  /** The model's label, unique in its spec (its tag, else a distinguishing name: see shared/modelLabels.ts). */
  protected labelOf(id: string): string {
    return modelLabel(this.summary.models, id);
  }

  /**
   * Runs a backend request under a cancellable progress notification (Cancel cancels `source`), passing the
   * backend's `$/progress` on as increments that never go backwards.
   */
  protected withProgress<T>(title: string, source: vscode.CancellationTokenSource,
    request: (onProgress: (value: ProgressValue) => void) => Promise<T>): Thenable<T> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
      token.onCancellationRequested(() => source.cancel());
      let done = 0;
      return request((value) => {
        const percentage = typeof value.percentage === 'number' ? Math.max(done, Math.min(100, value.percentage)) : done;
        progress.report({ message: value.message ?? undefined, increment: percentage - done });
        done = percentage;
      });
    });
  }

  /** Sends a notification once the webview can receive it (until its ready notification, nothing listens). */
  protected notify<P>(type: NotificationType<P>, params: P): void {
    if (this.ready) void this.connection.sendNotification(type, params).catch(() => undefined);
  }

  dispose(): void {
    this.running?.cancel();
    if (this.kind.open.get(this.uri.toString()) === this) this.kind.open.delete(this.uri.toString());
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
