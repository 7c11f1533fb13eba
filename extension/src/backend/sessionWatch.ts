// The backend learns in `initialize` which folders it may read and write (the workspace folders and the
// machine setting compressCompare.allowedFolders) and where it runs models (compressCompare.evaluation.*): when
// any changes, it restarts with the new ones, and the open panels and specs are re-sent as after any restart.
import * as vscode from 'vscode';
import type { BackendClient } from './backendClient';

export function restartBackendOnSessionChange(backend: BackendClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeWorkspaceFolders(() => void backend.sessionChanged('the workspace folders changed')),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('compressCompare.allowedFolders')) void backend.sessionChanged('compressCompare.allowedFolders changed');
      else if (e.affectsConfiguration('compressCompare.evaluation')) void backend.sessionChanged('the execution provider setting changed');
    }),
  );
}
