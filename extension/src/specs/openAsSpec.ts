// "Open as Compress & Compare Spec": any JSON file, whatever its name, opened in the Compression Overview (and so tracked
// in the sidebar) once it is seen to hold a `models` array. The glob setting finds specs by name; this is for the rest.
import * as vscode from 'vscode';
import { specShapeProblem } from './specShape';

/** The file to open: the clicked one (Explorer, editor title), else the active JSON editor, else one the user picks. */
async function chooseFile(target: unknown): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  const active = vscode.window.activeTextEditor?.document;
  if (active && (active.languageId === 'json' || active.uri.path.endsWith('.json'))) return active.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false, filters: { JSON: ['json'] }, openLabel: 'Open as Spec', title: 'Open a JSON file as a Compress & Compare spec',
  });
  return picked?.[0];
}

/** Reads the file (an open editor's unsaved text wins), refuses it with the reason when it is no spec, else opens it. */
export async function openAsSpec(target: unknown): Promise<void> {
  const uri = await chooseFile(target);
  if (!uri) return;
  const name = uri.path.split('/').pop() ?? uri.toString();
  let text: string;
  try {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    void vscode.window.showErrorMessage(`Compress & Compare could not read ${name}: ${e instanceof Error ? e.message : String(e)}. Check that the file exists and is readable.`);
    return;
  }
  const problem = specShapeProblem(name, text);
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return;
  }
  await vscode.commands.executeCommand('compressCompare.compareModels', uri);
}
