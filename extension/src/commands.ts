// Command handlers: thin, each resolving its target and calling the store, a panel or the backend.
import * as vscode from 'vscode';
import type { BackendClient } from './backend/backendClient';
import { addModelToSpec } from './addModel/addModelCommand';
import { exportReport } from './commands/exportReport';
import { compressModel } from './compress/compressCommand';
import { parseCompressArgument } from './compress/compressTarget';
import { BehaviorsPanel } from './panels/behaviorsPanel';
import { LayersPanel } from './panels/layersPanel';
import { parseReportInputs } from '../../protocol/overviewWebview';
import { OverviewPanel, type OverviewSelectionListener } from './panels/overviewPanel';
import { openAsSpec } from './specs/openAsSpec';
import type { SpecStore } from './specs/specStore';
import { requireTrust } from './trust/workspaceTrust';
import { generateDemo } from './walkthrough/demoCommand';
import type { SpecTreeNode } from './tree/specTreeProvider';

export interface CommandContext {
  extensionUri: vscode.Uri;
  store: SpecStore;
  backend: BackendClient;
  output: vscode.LogOutputChannel;
  /** Panel → tree: the Model Map's selection, shown in the sidebar. */
  revealInTree: OverviewSelectionListener;
}

export function registerCommands(c: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('compressCompare.compareModels', (target?: vscode.Uri | SpecTreeNode) => compareModels(c, target)),
    vscode.commands.registerCommand('compressCompare.compareBehaviors',
      (target?: vscode.Uri | SpecTreeNode, models?: readonly string[] | readonly SpecTreeNode[]) =>
        compareSelected(c, 'Behaviors', BehaviorsPanel.show, target, models)),
    vscode.commands.registerCommand('compressCompare.compareLayers',
      (target?: vscode.Uri | SpecTreeNode, models?: readonly string[] | readonly SpecTreeNode[]) =>
        compareSelected(c, 'Layers', LayersPanel.show, target, models)),
    vscode.commands.registerCommand('compressCompare.compressModel', (target?: unknown) => compress(c, target)),
    vscode.commands.registerCommand('compressCompare.addModel', (target?: unknown) => addModelToSpec(c, target)),
    vscode.commands.registerCommand('compressCompare.exportReport', (target?: unknown, inputs?: unknown) =>
      exportReport(c.backend, target, parseReportInputs(inputs))),
    vscode.commands.registerCommand('compressCompare.selectModel', (uri: vscode.Uri, id: string) =>
      OverviewPanel.forSpec(uri)?.select([id])),
    vscode.commands.registerCommand('compressCompare.revealModel', (uri: vscode.Uri, id: string) => revealModel(c, uri, id)),
    vscode.commands.registerCommand('compressCompare.openAsSpec', (target?: unknown) => openAsSpec(target)),
    vscode.commands.registerCommand('compressCompare.generateDemo', () => generateDemo(c.extensionUri)),
    vscode.commands.registerCommand('compressCompare.refresh', () => c.store.scan()),
    vscode.commands.registerCommand('compressCompare.restartBackend', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Restarting the Compress & Compare backend…' },
        () => c.backend.restart()).then(undefined, (e) => vscode.window.showErrorMessage(`Restart failed: ${String(e)}`))),
    vscode.commands.registerCommand('compressCompare.showLog', () => c.output.show()),
  ];
}

async function compareModels(c: CommandContext, target?: vscode.Uri | SpecTreeNode): Promise<void> {
  const uri = await resolveSpecUri(c, target);
  if (!uri) return;
  try {
    const entry = await c.store.track(uri);
    OverviewPanel.show(c.extensionUri, c.store, c.backend, uri, c.revealInTree);
    if (entry.failure) void vscode.window.showWarningMessage(`Compress & Compare: ${entry.failure}`);
  } catch (e) {
    void vscode.window.showErrorMessage(`Compress & Compare could not open ${uri.fsPath}: ${e instanceof Error ? e.message : String(e)}`, 'Show Log')
      .then((choice) => choice && c.output.show());
  }
}

/**
 * Opens Behaviors or Layers on the chosen models.
 * From the Model Map: (spec uri, selected ids). From the sidebar: (clicked node, every selected node).
 * From the palette: the Model Map's selection of the spec picked as for Compare Models.
 */
type ShowPanel = (extensionUri: vscode.Uri, store: SpecStore, backend: BackendClient, uri: vscode.Uri, ids: readonly string[]) => Promise<void>;

async function compareSelected(c: CommandContext, panel: 'Behaviors' | 'Layers', show: ShowPanel, target?: vscode.Uri | SpecTreeNode,
  models?: readonly string[] | readonly SpecTreeNode[]): Promise<void> {
  if (!requireTrust(`Compare ${panel}`)) return;
  const uri = await resolveSpecUri(c, target);
  if (!uri) return;
  let ids: string[];
  if (models?.length && typeof models[0] === 'string') ids = [...(models as readonly string[])];
  else if (target && !(target instanceof vscode.Uri) && target.kind === 'model') {
    // The tree passes every selected node; a context menu on an unselected row acts on that row alone.
    const nodes = ((models ?? []) as readonly SpecTreeNode[]).filter((n) => n.kind === 'model' && n.uri.toString() === uri.toString());
    const selected = nodes.map((n) => (n.kind === 'model' ? n.id : ''));
    ids = selected.includes(target.id) ? selected : [target.id];
  } else ids = OverviewPanel.forSpec(uri)?.selection ?? [];
  if (ids.length === 0) {
    void vscode.window.showInformationMessage(`Select one or more models in the Compression Overview or the sidebar first, then run Compare ${panel}.`);
    return;
  }
  try {
    await show(c.extensionUri, c.store, c.backend, uri, ids);
  } catch (e) {
    void vscode.window.showErrorMessage(`Compress & Compare could not open ${panel} for ${uri.fsPath}: ${e instanceof Error ? e.message : String(e)}`, 'Show Log')
      .then((choice) => choice && c.output.show());
  }
}

/**
 * Compress… from the Model Map (context menu: the node's data-vscode-context; toolbar: the spec and the selected id), the
 * sidebar (a model node), another panel ({specUri, model, operation?, parameters?}) or the palette (the map's selection).
 */
async function compress(c: CommandContext, target: unknown): Promise<void> {
  if (target instanceof vscode.Uri || (typeof target === 'object' && target !== null && (target as SpecTreeNode).kind === 'spec')) {
    const uri = await resolveSpecUri(c, target as vscode.Uri | SpecTreeNode);
    return uri && compressSelected(c, uri);
  }
  if (typeof target === 'object' && target !== null && (target as SpecTreeNode).kind === 'model') {
    const node = target as SpecTreeNode & { kind: 'model' };
    return compressModel(c, node.uri, node.id);
  }
  const parsed = parseCompressArgument(target);
  if (typeof parsed === 'string') {
    void vscode.window.showErrorMessage(parsed);
    return;
  }
  if (parsed) return compressModel(c, vscode.Uri.parse(parsed.specUri), parsed.model, parsed.operation, parsed.parameters);
  const uri = await resolveSpecUri(c);
  if (uri) await compressSelected(c, uri);
}

async function compressSelected(c: CommandContext, uri: vscode.Uri): Promise<void> {
  const ids = OverviewPanel.forSpec(uri)?.selection ?? [];
  if (ids.length !== 1) {
    void vscode.window.showInformationMessage('Select one model in the Model Map or the sidebar, then run Compress… on it.');
    return;
  }
  await compressModel(c, uri, ids[0]);
}

async function resolveSpecUri(c: CommandContext, target?: vscode.Uri | SpecTreeNode): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  if (target && 'kind' in target) return target.uri;
  const active = vscode.window.activeTextEditor?.document;
  if (active && active.uri.scheme === 'file' && active.uri.fsPath.endsWith('.json')) return active.uri;
  const specs = c.store.list();
  if (specs.length === 1) return specs[0].uri;
  if (specs.length === 0) {
    void vscode.window.showInformationMessage(
      'No spec files found. Open a models.json, *.models.json or *_models.json file, run "Open as Compress & Compare Spec" on another JSON file, or change the "compressCompare.specGlob" setting.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    specs.map((s) => ({ label: vscode.workspace.asRelativePath(s.uri), uri: s.uri })), { placeHolder: 'Which spec file?' });
  return picked?.uri;
}

async function revealModel(c: CommandContext, uri: vscode.Uri, id: string): Promise<void> {
  const model = (await c.store.get(uri)).shown?.summary.models.find((m) => m.id === id);
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
  if (!model) return;
  const position = new vscode.Position(model.line - 1, model.column - 1);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
