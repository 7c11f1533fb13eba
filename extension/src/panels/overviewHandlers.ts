// The Compression Overview panel's handlers, one per request and notification the webview sends (protocol/overviewWebview.ts): a table,
// as BackendRpcTarget is for the backend. Each validates its params (a webview is untrusted input), answers a
// malformed request with a JSON-RPC error and ignores a malformed notification. Free of the vscode API, so the
// channel tests run it in Node against a real BackendConnection.
import type { MessageConnection } from 'vscode-jsonrpc';
import { invalidParams } from '../../../protocol/channelTypes';
import {
  ExplainSelection, OverviewCompareBehaviors, OverviewCompareLayers, OverviewCompress, OverviewExportReport, OverviewHoverChanged, OverviewReady, OverviewRevealModel, OverviewSelectionChanged, parseHoverId, parseIds, parseModelIds, parseReportInputs, parseRevealId,
  type ReportInputs,
} from '../../../protocol/overviewWebview';
import { requestErrorAnswer } from './requestError';
import type { BackendRequester } from './webviewChannel';

/** What the handlers act on: the backend, the spec the panel shows, and the panel's reactions to the user. */
export interface OverviewActions {
  backend: BackendRequester;
  /** The spec file (fsPath) the panel shows. */
  specPath: string;
  /**
   * Sends a request on the spec the map draws (its snapshot), not the file as it is now: that may be broken JSON the
   * map does not show. Re-reads the spec and sends once more when the backend no longer holds the snapshot.
   */
  onShownSpec<T>(send: (snapshot: string | undefined) => Promise<T>): Promise<T>;
  ready(): void;
  selectionChanged(ids: string[]): void;
  revealModel(id: string): void;
  /** The pointer is on this model in the panel (null: on none); optional, as only the sidebar follows it. */
  hoverChanged?(id: string | null): void;
  compareBehaviors(ids: string[]): void;
  compareLayers(ids: string[]): void;
  compress(id: string): void;
  /** Export Report… with the panel's selection and budgets; optional, as only the panel writes reports. */
  exportReport?(inputs: ReportInputs): void;
}

export function registerOverviewHandlers(connection: MessageConnection, actions: OverviewActions): void {
  connection.onNotification(OverviewReady, () => actions.ready());
  connection.onNotification(OverviewSelectionChanged, (raw: unknown) => ifValid(parseIds(raw), actions.selectionChanged));
  connection.onNotification(OverviewRevealModel, (raw: unknown) => ifValid(parseRevealId(raw), actions.revealModel));
  connection.onNotification(OverviewHoverChanged, (raw: unknown) => {
    const id = parseHoverId(raw);
    if (id !== undefined) actions.hoverChanged?.(id);
  });
  connection.onNotification(OverviewCompareBehaviors, (raw: unknown) => ifValid(parseModelIds(raw), actions.compareBehaviors));
  connection.onNotification(OverviewCompareLayers, (raw: unknown) => ifValid(parseModelIds(raw), actions.compareLayers));
  connection.onNotification(OverviewCompress, (raw: unknown) => ifValid(parseRevealId(raw), actions.compress));
  connection.onNotification(OverviewExportReport, (raw: unknown) => ifValid(parseReportInputs(raw), (inputs) => actions.exportReport?.(inputs)));
  // The webview cancels this when a newer selection supersedes it; the token carries that on to the backend.
  connection.onRequest(ExplainSelection, async (raw: unknown, token) => {
    const ids = parseIds(raw);
    if (!ids) throw invalidParams(ExplainSelection.method);
    try {
      return await actions.onShownSpec((snapshot) => actions.backend.request('selection/explain', { path: actions.specPath, modelIds: ids, snapshot }, token));
    } catch (e) {
      // The panel shows this in place of the chart, with Retry; the message and its hint say what to do.
      throw requestErrorAnswer(e);
    }
  });
}

/** Never act on a malformed notification. */
function ifValid<T>(value: T | undefined, act: (value: T) => void): void {
  if (value !== undefined) act(value);
}
