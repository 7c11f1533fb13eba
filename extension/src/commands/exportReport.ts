// Export Report…: writes a report (report/write) on the Compression Overview's selection within its brushed budgets,
// to a file the user picks, then offers to open it. From the overview's toolbar the panel sends its inputs; from the
// palette the active overview is asked for them (it answers through the same toolbar message).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReportInputs } from '../../../protocol/overviewWebview';
import { RpcErrorCodes, type ReportResult, type WriteReportParams } from '../../../protocol/generated/contract';
import { BackendRequestError } from '../backend/backendConnection';
import { OverviewPanel } from '../panels/overviewPanel';
import { describeRequestError } from '../panels/requestError';
import type { BackendRequester } from '../panels/webviewChannel';

/** The command's handler: (spec uri, inputs) from a panel; nothing from the palette. */
export async function exportReport(backend: BackendRequester, target?: unknown, inputs?: ReportInputs): Promise<void> {
  if (target instanceof vscode.Uri && inputs) return writeReport(backend, target, inputs);
  const panels = OverviewPanel.all();
  const panel = panels.find((p) => p.panel.active) ?? (panels.length === 1 ? panels[0] : undefined);
  if (!panel) {
    void vscode.window.showInformationMessage('Open the Compression Overview of a spec (Compare Models), select the models to report on, then run Export Report….');
    return;
  }
  panel.requestReport();
}

/** `models.json` → `models-report.html`, next to the spec. */
export function defaultReportPath(specPath: string): string {
  return path.join(path.dirname(specPath), `${path.basename(specPath, path.extname(specPath))}-report.html`);
}

async function writeReport(backend: BackendRequester, specUri: vscode.Uri, inputs: ReportInputs): Promise<void> {
  if (inputs.ids.length === 0) {
    void vscode.window.showInformationMessage('Select the models to report on in the Compression Overview (click one, or brush several), then run Export Report… again.');
    return;
  }
  const target = await vscode.window.showSaveDialog({
    title: 'Export Report',
    saveLabel: 'Export',
    defaultUri: vscode.Uri.file(defaultReportPath(specUri.fsPath)),
    filters: { HTML: ['html'], Markdown: ['md'] },
  });
  if (!target) return;
  const params: WriteReportParams = {
    path: specUri.fsPath,
    modelIds: inputs.ids,
    budgets: inputs.budgets,
    format: /\.md$/i.test(target.fsPath) ? 'md' : 'html',
    out: target.fsPath,
    force: false,
    evaluate: false,
  };
  const result = await send(backend, params);
  if (!result) return;
  const open = await vscode.window.showInformationMessage(
    `Report on ${result.models.length} models written to ${vscode.workspace.asRelativePath(result.out)}.`, 'Open');
  if (open !== 'Open') return;
  const written = vscode.Uri.file(result.out);
  if (params.format === 'md') await vscode.commands.executeCommand('markdown.showPreview', written);
  else await vscode.window.showTextDocument(written);
}

/** Writes the report; a file the backend did not write is replaced only once the user says so. */
async function send(backend: BackendRequester, params: WriteReportParams): Promise<ReportResult | undefined> {
  const request = (p: WriteReportParams) => vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Writing the report…' }, () => backend.request('report/write', p));
  try {
    return await request(params);
  } catch (e) {
    if (e instanceof BackendRequestError && e.code === RpcErrorCodes.PathRefused && !params.force && e.file && existsSync(e.file)) {
      const replace = await vscode.window.showWarningMessage(
        `${path.basename(e.file)} exists and was not written by Compress & Compare. Replace it with the report?`, { modal: true }, 'Replace');
      if (replace === 'Replace') return send(backend, { ...params, force: true });
      return undefined;
    }
    void vscode.window.showErrorMessage(`Export Report failed: ${describeRequestError(e)}`);
    return undefined;
  }
}
