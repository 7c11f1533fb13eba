// What the Behaviors and Layers panels compare: the spec's last good summary and the base + models chosen
// from a selection. Shared so both panels pick the same base and explain a bad selection the same way.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SpecSummary } from '../../../protocol/generated/contract';
import { behaviorsTarget, type BehaviorsTarget } from '../behaviors/defaultBase';
import type { SpecStore } from '../specs/specStore';

export interface ComparedModels {
  summary: SpecSummary;
  target: BehaviorsTarget;
}

/** For a command the user ran: undefined after telling them why nothing can be compared. */
export async function comparedModelsToShow(store: SpecStore, uri: vscode.Uri, selected: readonly string[], command: string): Promise<ComparedModels | undefined> {
  const summary = (await store.track(uri)).shown?.summary;
  const target = summary && behaviorsTarget(selected, summary.layout.nodes);
  if (summary && target) return { summary, target };
  void vscode.window.showWarningMessage(summary
    ? `None of the selected models (${selected.join(', ')}) is in ${path.basename(uri.fsPath)}. Select models in the Compression Overview or the sidebar, then run ${command} again.`
    : `Compress & Compare could not read ${uri.fsPath}. Fix the errors in the Problems panel, then run ${command} again.`);
  return undefined;
}

/** For a panel VS Code restores after a window reload: undefined (silently) when its models are gone. */
export async function comparedModelsToRestore(store: SpecStore, uri: vscode.Uri, models: readonly string[]): Promise<ComparedModels | undefined> {
  const summary = (await store.track(uri).catch(() => undefined))?.shown?.summary;
  const target = summary && behaviorsTarget(models, summary.layout.nodes);
  return summary && target ? { summary, target } : undefined;
}
