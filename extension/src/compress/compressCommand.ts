// "Compress…": asks the backend which operations run on the model (models/compressOptions), lets the user pick one and
// give its parameters in a multi-step QuickPick (declared ranges and options shown, several comma-separated values for
// a sweep), then runs models/compress in a cancellable progress notification and selects the new models in the Model
// Map and the sidebar once the spec has been re-read. With an operation and parameters given it runs without the form.
import * as vscode from 'vscode';
import type { CompressOption, CompressResult, ParameterDefinition } from '../../../protocol/generated/contract';
import type { BackendClient } from '../backend/backendClient';
import { OverviewPanel, type OverviewSelectionListener } from '../panels/overviewPanel';
import { describeRequestError } from '../panels/requestError';
import type { SpecStore } from '../specs/specStore';
import { requireTrust } from '../trust/workspaceTrust';
import type { ParameterSet } from './compressTarget';
import { describeDeclaration, MAX_SWEEP, parameterSets, parseTyped, type ParameterValue } from './sweepValues';

export interface CompressContext {
  store: SpecStore;
  backend: BackendClient;
  output: vscode.LogOutputChannel;
  revealInTree: OverviewSelectionListener;
}

/** Runs the form (unless `operation` and `parameters` are given), then the compression. */
export async function compressModel(c: CompressContext, uri: vscode.Uri, model: string, operation?: string, parameters?: ParameterSet): Promise<void> {
  if (!requireTrust('Compress')) return;
  let chosen: { operation: string; sets: ParameterSet[] } | undefined;
  if (operation !== undefined && parameters !== undefined) chosen = { operation, sets: [parameters] };
  else {
    let options: CompressOption[];
    try {
      options = (await c.backend.request('models/compressOptions', { path: uri.fsPath, modelId: model })).operations;
    } catch (e) {
      void vscode.window.showErrorMessage(`Cannot compress ${model}: ${describeRequestError(e)}`);
      return;
    }
    chosen = await askOperation(model, options, operation);
  }
  if (!chosen) return;
  await run(c, uri, model, chosen.operation, chosen.sets);
}

async function askOperation(model: string, options: CompressOption[], preset?: string): Promise<{ operation: string; sets: ParameterSet[] } | undefined> {
  type Item = vscode.QuickPickItem & { option?: CompressOption };
  const available = options.filter((o) => o.available);
  const unavailable = options.filter((o) => !o.available);
  const items: Item[] = [
    ...available.map((o) => ({ label: o.name, description: o.parameters.map((p) => p.name).join(', '), option: o })),
    ...(unavailable.length > 0 ? [{ label: 'Not available for this model', kind: vscode.QuickPickItemKind.Separator }] : []),
    // Shown greyed (a disabled icon and the reason); picking one says why instead of running it.
    ...unavailable.map((o) => ({ label: `$(circle-slash) ${o.name}`, description: o.reason ?? 'not available', option: o })),
  ];
  // Every step ignores focus moving away: the Model Map's context menu hands focus back to the webview just after the
  // command opens the first step, which would otherwise close the form before it could be used.
  for (;;) {
    const picked = preset !== undefined ? items.find((i) => i.option?.name === preset)
      : await vscode.window.showQuickPick(items, { title: `Compress ${model}`, placeHolder: 'Which operation?', matchOnDescription: true, ignoreFocusOut: true });
    preset = undefined;
    if (!picked?.option) return undefined;
    if (!picked.option.available) {
      void vscode.window.showInformationMessage(`${picked.option.name} cannot run on ${model}: ${picked.option.reason ?? 'not available'}.`);
      continue;
    }
    const sets = await askParameters(model, picked.option);
    return sets && { operation: picked.option.name, sets };
  }
}

/** One step per parameter; undefined when the user cancels. */
async function askParameters(model: string, option: CompressOption): Promise<ParameterSet[] | undefined> {
  const chosen = new Map<string, ParameterValue[]>();
  const steps = option.parameters.length;
  for (const [index, parameter] of option.parameters.entries()) {
    const title = `Compress ${model}: ${option.name} (${index + 1}/${steps})`;
    const values = parameter.options && parameter.options.length > 0 ? await pickOptions(title, parameter) : await typeValues(title, parameter);
    if (values === undefined) return undefined;
    chosen.set(parameter.name, values);
  }
  const sets = parameterSets(chosen);
  if (sets.length > MAX_SWEEP) {
    void vscode.window.showErrorMessage(`${sets.length} parameter combinations would make ${sets.length} models; give at most ${MAX_SWEEP} (fewer values per parameter).`);
    return undefined;
  }
  return sets;
}

async function pickOptions(title: string, parameter: ParameterDefinition): Promise<ParameterValue[] | undefined> {
  const picked = await vscode.window.showQuickPick(
    (parameter.options ?? []).filter((o): o is ParameterValue => o !== null).map((o) => ({ label: String(o), value: o })),
    { title, placeHolder: `${parameter.name}: ${describeDeclaration(parameter)}; pick several for a sweep, none for the default`, canPickMany: true, ignoreFocusOut: true });
  return picked?.map((p) => p.value);
}

async function typeValues(title: string, parameter: ParameterDefinition): Promise<ParameterValue[] | undefined> {
  const sweep = parameter.type === 'continuous' ? '; several, comma-separated, for a sweep' : '';
  const text = await vscode.window.showInputBox({
    title,
    prompt: `${parameter.name}: ${describeDeclaration(parameter)}${sweep}. Leave empty for the default.`,
    placeHolder: parameter.type === 'continuous' ? 'e.g. 0.5, 0.8' : '',
    ignoreFocusOut: true,
    validateInput: (value) => {
      const parsed = parseTyped(parameter, value);
      return 'error' in parsed ? parsed.error : undefined;
    },
  });
  if (text === undefined) return undefined;
  const parsed = parseTyped(parameter, text);
  return 'values' in parsed ? parsed.values : undefined;
}

async function run(c: CompressContext, uri: vscode.Uri, model: string, operation: string, sets: ParameterSet[]): Promise<void> {
  let result: CompressResult;
  let cancelled = false;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Compressing ${model} (${operation})`, cancellable: true },
      (progress, token) => {
        token.onCancellationRequested(() => (cancelled = true));
        let reported = 0;
        return c.backend.request('models/compress', { path: uri.fsPath, modelId: model, operation, parameterSets: sets }, token, (value) => {
          const percentage = value.percentage ?? reported;
          progress.report({ message: value.message ?? undefined, increment: Math.max(0, percentage - reported) });
          reported = Math.max(reported, percentage);
        });
      });
  } catch (e) {
    if (cancelled) {
      void vscode.window.showInformationMessage(`Compressing ${model} was cancelled; no model was added and no file was left behind.`);
      return;
    }
    void vscode.window.showErrorMessage(`Compressing ${model} failed: ${describeRequestError(e)}`, 'Show Log').then((choice) => choice && c.output.show());
    return;
  }
  const ids = result.models.map((m) => m.id);
  // Re-read now rather than wait for the file watcher, so the map has the new nodes before it is asked to select them.
  await c.store.read(uri);
  await OverviewPanel.forSpec(uri)?.showSpecAndSelect(ids);
  c.revealInTree(uri, ids);
  void vscode.window.showInformationMessage(`Added ${ids.join(', ')} to ${vscode.workspace.asRelativePath(uri)}.`);
}
