// "Generate Demo Workspace": the walkthrough's first step. The demo trains a small CNN and compresses it with libtorch,
// which the packaged extension leaves out (about 500 MB), so the command runs the backend CLI of a Compress & Compare
// checkout (the workspace, or the folder the extension runs from during development) in a terminal, where its progress
// shows, and offers to open the result. Without a checkout it says how to get one instead of failing half-way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { requireTrust } from '../trust/workspaceTrust';
import { DEMO_FOLDER, demoCommandLine, findCheckout } from './demoCheckout';

export async function generateDemo(extensionUri: vscode.Uri): Promise<void> {
  // It builds and runs the workspace's own backend project: code from the workspace.
  if (!requireTrust('Generate Demo Workspace')) return;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const checkout = findCheckout(extensionUri.fsPath, folders);
  if (!checkout) {
    const choice = await vscode.window.showInformationMessage(
      'The demo trains and compresses models with libtorch, which the installed extension does not include. Open a Compress & Compare '
      + 'checkout as the workspace and run this again, or run "bash scripts/demo.sh" in the checkout.', 'Copy the CLI command');
    if (choice) await vscode.env.clipboard.writeText('dotnet run --project backend -c Release -- demo my-demo --dataset digits');
    return;
  }
  const parent = await vscode.window.showOpenDialog({
    canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: vscode.Uri.file(folders[0] ?? checkout),
    openLabel: 'Generate the demo here', title: `Where to create the ${DEMO_FOLDER} folder`,
  });
  if (!parent?.[0]) return;
  const target = path.join(parent[0].fsPath, DEMO_FOLDER);
  if (fs.existsSync(target)) {
    void vscode.window.showErrorMessage(`${target} already exists. Delete it, or pick another folder for the demo.`);
    return;
  }
  const terminal = vscode.window.createTerminal({ name: 'Compress & Compare demo', cwd: checkout });
  terminal.show();
  // The terminal closes only on success; on failure it stays open with the CLI's message.
  terminal.sendText(`${demoCommandLine(checkout, target)} && exit`);
  const closed = vscode.window.onDidCloseTerminal(async (t) => {
    if (t !== terminal) return;
    closed.dispose();
    if (!fs.existsSync(path.join(target, 'models.json'))) {
      void vscode.window.showErrorMessage(`The demo was not generated in ${target}: the terminal closed before it finished. Run Generate Demo Workspace again and keep its terminal open.`);
      return;
    }
    const open = await vscode.window.showInformationMessage(`The demo is ready in ${target}.`, 'Open Folder');
    if (open) await vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(target), { forceNewWindow: false });
  });
}
