// The names a row answers to besides its own: a tensor named from the graph ("Convolution249 (Conv).W") keeps the
// name its file stores ("Parameter91"), and a model may store it under another ("W_quantized" from ONNX Runtime's
// quantizer, "onnx::Conv_12" when matched by position). The filter finds the row by any of them, and its tooltip
// lists them, so a name seen in Netron or in a state dict leads to the row.
import type { LayerNode } from './layerTree';

export function rowNames(node: LayerNode): string[] {
  const tensor = node.tensor;
  if (!tensor) return [node.key];
  return [node.key, ...(tensor.stored ? [tensor.stored] : []), ...(tensor.matchedAs ?? []).filter((n): n is string => !!n)];
}

/** Whether any of the row's names passes the name filter. */
export function rowMatches(node: LayerNode, match: (name: string) => boolean): boolean {
  return rowNames(node).some(match);
}

/** The name cell's tooltip: the full name, then the file's name and each model's own name where they differ. */
export function rowTitle(node: LayerNode, models: readonly string[]): string {
  const lines = [node.key || 'whole model'];
  if (node.tensor?.stored) lines.push(`stored in the file as ${node.tensor.stored}`);
  node.tensor?.matchedAs?.forEach((name, i) => {
    if (name) lines.push(`${models[i] ?? `model ${i + 1}`} stores it as ${name}`);
  });
  return lines.join('\n');
}
