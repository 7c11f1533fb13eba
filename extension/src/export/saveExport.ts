// The host's side of saving a chart or a table from a panel (protocol/exportWebview.ts): a save dialog next to the
// spec, suggesting "<spec stem>-<chart>.<format>", then one write through workspace.fs: the user chose the file, and
// the dialog already asked before replacing one. Errors go to a notification that says what to do next.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MessageConnection } from 'vscode-jsonrpc';
import { invalidParams } from '../../../protocol/channelTypes';
import { defaultExportFileName, parseSaveExport, parseSaveExportFailed, SaveExport, SaveExportFailed, type ExportFormat } from '../../../protocol/exportWebview';

const FILTERS: Record<ExportFormat, Record<string, string[]>> = {
  svg: { 'SVG image': ['svg'] },
  png: { 'PNG image': ['png'] },
  csv: { 'CSV table': ['csv'] },
};

/** Registers the save handlers on a panel's connection; `specUri` names the default file and its folder. */
export function registerSaveExport(connection: MessageConnection, specUri: vscode.Uri): void {
  connection.onNotification(SaveExportFailed, (raw: unknown) => {
    const message = parseSaveExportFailed(raw);
    if (message) void vscode.window.showErrorMessage(message);
  });
  connection.onRequest(SaveExport, async (raw: unknown) => {
    const params = parseSaveExport(raw);
    if (!params) throw invalidParams(SaveExport.method);
    const name = defaultExportFileName(path.basename(specUri.fsPath), params);
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(specUri, '..', name),
      filters: FILTERS[params.format],
      title: `Save ${name}`,
    });
    if (!target) return { saved: null };
    const bytes = params.format === 'png' ? Buffer.from(params.content, 'base64') : new TextEncoder().encode(params.content);
    try {
      await vscode.workspace.fs.writeFile(target, bytes);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      void vscode.window.showErrorMessage(`Could not save ${target.fsPath}: ${reason}. Choose a folder you can write to, then save again.`);
      return { saved: null };
    }
    vscode.window.setStatusBarMessage(`Saved ${path.basename(target.fsPath)}`, 5000);
    return { saved: target.toString() };
  });
}
