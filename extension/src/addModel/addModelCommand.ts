// "Add Model to Spec…": from the Explorer on an .onnx/.safetensors file (asks which spec when the workspace has several)
// or from the sidebar on a spec (asks for the file), then the new model's id (checked as typed, a free one suggested from
// the file name), its base (one of the spec's models, or none) and optional tags; runs models/add in a cancellable
// progress notification and selects the new model in the Model Map and the sidebar once the spec has been re-read, as
// Compress… does for its children.
import * as vscode from 'vscode';
import type { AddModelResult } from '../../../protocol/generated/contract';
import type { BackendClient } from '../backend/backendClient';
import { OverviewPanel, type OverviewSelectionListener } from '../panels/overviewPanel';
import { describeRequestError } from '../panels/requestError';
import type { SpecStore } from '../specs/specStore';
import type { SpecTreeNode } from '../tree/specTreeProvider';
import { requireTrust } from '../trust/workspaceTrust';
import { idProblem, parseTags, suggestId } from './modelId';

export interface AddModelContext {
  store: SpecStore;
  backend: BackendClient;
  output: vscode.LogOutputChannel;
  revealInTree: OverviewSelectionListener;
}

const MODEL_FILES = { 'Model files': ['onnx', 'safetensors'] };

/** The target is a model file (Explorer), a spec node (sidebar), or nothing (palette: both are asked for). */
export async function addModelToSpec(c: AddModelContext, target?: unknown): Promise<void> {
  if (!requireTrust('Add Model to Spec')) return;
  const spec = isSpecNode(target) ? target.uri : await pickSpec(c);
  if (!spec) return;
  const artifact = target instanceof vscode.Uri ? target : await pickModelFile(spec);
  if (!artifact) return;
  const models = (await c.store.get(spec)).shown?.summary.models ?? [];
  const taken = new Set(models.map((m) => m.id));
  const file = artifact.path.split('/').pop() ?? 'model';
  const title = `Add ${file} to ${vscode.workspace.asRelativePath(spec)}`;
  // Every step ignores focus moving away, as Compress… does: a context menu can hand focus back just after the step opens.
  const id = await vscode.window.showInputBox({
    title: `${title} (1/3)`,
    prompt: 'The new model\'s id in the spec',
    value: suggestId(file, taken),
    ignoreFocusOut: true,
    validateInput: (value) => idProblem(value, taken),
  });
  if (id === undefined) return;
  const none = { label: '$(circle-slash) None', description: 'a new root model', id: undefined as string | undefined };
  const base = await vscode.window.showQuickPick([none, ...models.map((m) => ({ label: m.id, description: m.tag ?? undefined, id: m.id as string | undefined }))], {
    title: `${title} (2/3)`, placeHolder: 'Which model was it made from?', matchOnDescription: true, ignoreFocusOut: true,
  });
  if (base === undefined) return;
  const tags = await vscode.window.showInputBox({
    title: `${title} (3/3)`, prompt: 'Tags (optional, comma-separated): its label in the map and the sidebar', ignoreFocusOut: true,
  });
  if (tags === undefined) return;
  await run(c, spec, artifact, id, base.id, parseTags(tags));
}

function isSpecNode(target: unknown): target is SpecTreeNode & { kind: 'spec' } {
  return typeof target === 'object' && target !== null && !(target instanceof vscode.Uri) && (target as SpecTreeNode).kind === 'spec';
}

async function pickSpec(c: AddModelContext): Promise<vscode.Uri | undefined> {
  // Run from the Explorer before anything else, the command is what activates the extension: its first scan is still going.
  if (c.store.list().length === 0) await c.store.scan();
  const specs = c.store.list();
  if (specs.length === 1) return specs[0].uri;
  if (specs.length === 0) {
    void vscode.window.showInformationMessage('No spec files found to add the model to. Create a models.json (or generate the demo), then run Add Model to Spec… again.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    specs.map((s) => ({ label: vscode.workspace.asRelativePath(s.uri), uri: s.uri })), { placeHolder: 'Add the model to which spec?', ignoreFocusOut: true });
  return picked?.uri;
}

async function pickModelFile(spec: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: `Add a model to ${vscode.workspace.asRelativePath(spec)}`, openLabel: 'Add Model', canSelectMany: false, filters: MODEL_FILES,
    defaultUri: vscode.Uri.joinPath(spec, '..'),
  });
  return picked?.[0];
}

async function run(c: AddModelContext, spec: vscode.Uri, artifact: vscode.Uri, id: string, base: string | undefined, tags: string[]): Promise<void> {
  let result: AddModelResult;
  let cancelled = false;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Adding ${id}`, cancellable: true },
      (progress, token) => {
        token.onCancellationRequested(() => (cancelled = true));
        let reported = 0;
        return c.backend.request('models/add', { path: spec.fsPath, artifact: artifact.fsPath, id, base, tags }, token, (value) => {
          const percentage = value.percentage ?? reported;
          progress.report({ message: value.message ?? undefined, increment: Math.max(0, percentage - reported) });
          reported = Math.max(reported, percentage);
        });
      });
  } catch (e) {
    if (cancelled) {
      void vscode.window.showInformationMessage(`Adding ${id} was cancelled; the spec was left as it was.`);
      return;
    }
    void vscode.window.showErrorMessage(`Adding ${id} failed: ${describeRequestError(e)}`, 'Show Log').then((choice) => choice && c.output.show());
    return;
  }
  // Re-read now rather than wait for the file watcher, so the map has the new node before it is asked to select it.
  await c.store.read(spec);
  await OverviewPanel.forSpec(spec)?.showSpecAndSelect([id]);
  c.revealInTree(spec, [id]);
  const skipped = result.skipped.length === 0 ? '' : ` Not measured: ${result.skipped.map((s) => s.metric).join(', ')} (see the log).`;
  for (const s of result.skipped) c.output.info(`${id}: ${s.metric} not measured: ${s.reason}`);
  void vscode.window.showInformationMessage(`Added ${id} to ${vscode.workspace.asRelativePath(spec)} with ${result.measured.length} measured metrics.${skipped}`);
}
