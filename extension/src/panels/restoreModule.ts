// "Restore this module" from the Layers panel's diagnosis: the compressed model with one module put back to its base's
// weights, created as a measured child by the compress command (which runs without its form when the operation and
// parameters are given). Kept apart from the panel and from `vscode` so the host side is tested with the command stubbed.

/** The command that compresses a model of a spec into a measured child. */
export const COMPRESS_MODEL_COMMAND = 'compressCompare.compressModel';
/** The ONNX operation that restores one module (backend CompressionOperationNames.RestoreModule). */
export const RESTORE_MODULE_OPERATION = 'Restore Module';

/** What the compress command takes: the spec, the model to compress, and the operation with its parameters. */
export interface CompressModelArgs {
  /** The spec's URI as a string (Uri.toString()), as the command parses it. */
  specUri: string;
  model: string;
  operation: string;
  parameters: { module: string; from: string };
}

export type ExecuteCommand = (command: string, args: CompressModelArgs) => PromiseLike<unknown>;

export function restoreModuleArgs(specUri: string, request: { base: string; model: string; module: string }): CompressModelArgs {
  return { specUri, model: request.model, operation: RESTORE_MODULE_OPERATION, parameters: { module: request.module, from: request.base } };
}

/** Runs the compress command; undefined when it ran, else the message the panel shows, with what to do next. */
export async function restoreModule(execute: ExecuteCommand, specUri: string, request: { base: string; model: string; module: string }): Promise<string | undefined> {
  const shown = request.module === '' ? 'the whole model' : request.module;
  try {
    await execute(COMPRESS_MODEL_COMMAND, restoreModuleArgs(specUri, request));
    return undefined;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return /not found/i.test(why)
      ? `Restoring ${shown} needs the Compress command, which this version of Compress & Compare lacks. Update the extension, or run: `
        + `compress --model ${request.model} --operation "${RESTORE_MODULE_OPERATION}" --parameters '{"module": "${request.module}", "from": "${request.base}"}'.`
      : `Restoring ${shown} of ${request.model} failed: ${why}`;
  }
}
