// Restricted Mode: in an untrusted workspace the map, the sidebar and the Problems panel work (the backend only
// reads JSON), but nothing runs or decodes the workspace's models, whose files could be crafted to attack the
// readers. Comparing behaviors or layers says so, and offers the one action that changes it.
import * as vscode from 'vscode';
import type { BackendClient } from '../backend/backendClient';

export const MANAGE_TRUST = 'Manage Workspace Trust';

/** Why a feature is off in Restricted Mode and what to do; the same words in notifications and panels. */
export function untrustedMessage(feature: string): string {
  return `${feature} is disabled in Restricted Mode: it runs and decodes this workspace's model files, which VS Code allows only in a trusted workspace. `
    + `Trust the folder (${MANAGE_TRUST}) to use it; the Compression Overview, the sidebar and the Problems panel work without trust.`;
}

/** Shows the Restricted Mode notification with its action; opens the trust editor when the user asks for it. */
export async function offerTrust(feature: string): Promise<void> {
  const choice = await vscode.window.showWarningMessage(untrustedMessage(feature), MANAGE_TRUST);
  if (choice === MANAGE_TRUST) await vscode.commands.executeCommand('workbench.trust.manage');
}

/** Whether the feature may run; when not, says why (a notification with Manage Workspace Trust). */
export function requireTrust(feature: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void offerTrust(feature);
  return false;
}

/** The backend learns whether it may run models in `initialize`: restart it when the user grants trust. */
export function restartBackendOnTrust(backend: BackendClient): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => void backend.sessionChanged('the workspace is now trusted'));
}
