// Activation: wires the backend, the spec store, the sidebar tree, the panels and the commands.
import * as vscode from 'vscode';
import { BackendClient } from './backend/backendClient';
import { restartBackendOnSessionChange } from './backend/sessionWatch';
import { registerCommands } from './commands';
import { BEHAVIORS_VIEW_TYPE, BehaviorsPanel } from './panels/behaviorsPanel';
import { LAYERS_VIEW_TYPE, LayersPanel } from './panels/layersPanel';
import { OVERVIEW_VIEW_TYPE, OverviewPanel, type OverviewSelectionListener } from './panels/overviewPanel';
import { SpecDiagnostics } from './specs/specDiagnostics';
import { SpecStore } from './specs/specStore';
import { SpecTreeProvider } from './tree/specTreeProvider';
import { restartBackendOnTrust } from './trust/workspaceTrust';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Compress & Compare', { log: true });
  const version = (context.extension.packageJSON as { version?: string }).version ?? '0';
  const backend = new BackendClient(context.extensionUri.fsPath, output, `vscode ${vscode.version} / compress-compare ${version}`);
  const diagnostics = new SpecDiagnostics();
  const store = new SpecStore(backend, diagnostics, output);
  const tree = new SpecTreeProvider(store);
  const treeView = vscode.window.createTreeView('compressCompare.specs', { treeDataProvider: tree, showCollapseAll: true, canSelectMany: true });

  // Panel → tree: show the first selected model in the sidebar without stealing focus.
  const revealInTree: OverviewSelectionListener = (uri, ids) => {
    // The walkthrough's "select a sweep" step completes on this context key.
    void vscode.commands.executeCommand('setContext', 'compressCompare.overviewSelectionSize', ids.length);
    if (ids.length > 0 && treeView.visible)
      void treeView.reveal(tree.modelNode(uri, ids[0]), { select: true, focus: false }).then(undefined, () => undefined);
  };

  context.subscriptions.push(
    output, backend, diagnostics, store, treeView, restartBackendOnTrust(backend), restartBackendOnSessionChange(backend),
    // Panel → tree: the model under the pointer in the map or scatterplot is marked in the sidebar too.
    OverviewPanel.onDidHover(({ uri, id }) => tree.setHovered(uri, id)),
    ...registerCommands({ extensionUri: context.extensionUri, store, backend, output, revealInTree }),
    vscode.window.registerWebviewPanelSerializer(OVERVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state: unknown) {
        const specUri = (state as { specUri?: unknown } | undefined)?.specUri;
        if (typeof specUri !== 'string') {
          panel.dispose();
          return;
        }
        const uri = vscode.Uri.parse(specUri);
        await store.track(uri).catch(() => undefined);
        OverviewPanel.restore(panel, context.extensionUri, store, backend, uri, revealInTree);
      },
    }),
    // Behaviors and Layers store the spec and the compared models the same way (on <body>, see their panels).
    ...([[BEHAVIORS_VIEW_TYPE, BehaviorsPanel.restore], [LAYERS_VIEW_TYPE, LayersPanel.restore]] as const).map(([viewType, restore]) =>
      vscode.window.registerWebviewPanelSerializer(viewType, {
        async deserializeWebviewPanel(panel, state: unknown) {
          const { specUri, models } = (state ?? {}) as { specUri?: unknown; models?: unknown };
          const ids = typeof models === 'string' ? parseIds(models) : [];
          if (typeof specUri !== 'string' || ids.length === 0) {
            panel.dispose();
            return;
          }
          await restore(panel, context.extensionUri, store, backend, vscode.Uri.parse(specUri), ids);
        },
      })),
    { dispose: () => OverviewPanel.all().forEach((p) => p.dispose()) },
    { dispose: () => BehaviorsPanel.all().forEach((p) => p.dispose()) },
    { dispose: () => LayersPanel.all().forEach((p) => p.dispose()) },
  );
  void store.scan();
}

/** The compared model ids a Behaviors or Layers webview stored (a JSON array), or none when it is anything else. */
function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function deactivate(): void {
  // Disposables registered on the context stop the backend.
}
