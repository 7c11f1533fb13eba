// Which model `compressCompare.compressModel` acts on, from whichever place invoked it: another panel or a test
// ({specUri, model, operation?, parameters?}), the Model Map's context menu (the webview's data-vscode-context:
// {webviewSection: 'model', modelId, specUri}), the sidebar (a model node), or the palette (the map's one selected model).
// Pure, so the argument checks are tested without VS Code.

export type ParameterSet = Record<string, string | number | boolean | null>;

/** A request to compress one model: with an operation and parameters it runs without the form. */
export interface CompressTarget {
  specUri: string;
  model: string;
  operation?: string;
  parameters?: ParameterSet;
}

/** The target an argument names, a string saying what is wrong with it, or undefined when it names none (then: the map's selection). */
export function parseCompressArgument(raw: unknown): CompressTarget | string | undefined {
  if (raw === undefined || raw === null || typeof raw !== 'object') return undefined;
  const value = raw as Record<string, unknown>;
  // The Model Map's context menu passes the node's data-vscode-context.
  if (value.webviewSection === 'model') {
    return typeof value.specUri === 'string' && typeof value.modelId === 'string'
      ? { specUri: value.specUri, model: value.modelId } : 'The Model Map did not say which model was clicked; select it and use the toolbar\'s Compress….';
  }
  if (!('specUri' in value) && !('model' in value)) return undefined;
  if (typeof value.specUri !== 'string' || typeof value.model !== 'string' || value.model.length === 0)
    return 'compressCompare.compressModel takes { specUri: string, model: string, operation?: string, parameters?: object }.';
  const target: CompressTarget = { specUri: value.specUri, model: value.model };
  if (value.operation !== undefined) {
    if (typeof value.operation !== 'string' || value.operation.length === 0) return 'compressCompare.compressModel: "operation" must be an operation\'s name.';
    target.operation = value.operation;
  }
  if (value.parameters !== undefined) {
    const parameters = value.parameters;
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)
      || !Object.values(parameters).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
      return 'compressCompare.compressModel: "parameters" must map parameter names to numbers, strings or booleans.';
    target.parameters = { ...(parameters as ParameterSet) };
  }
  return target;
}
