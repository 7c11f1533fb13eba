// Which activation output a module's row shows, and where modules seen only in activations (a ReLU has no
// weights) take their place among the weight modules. Pure, tested.
import type { ActivationsProbe, TensorProbe } from '../../../protocol/generated/contract';
import { parentName } from './dottedNames';

export interface ModuleOutput {
  /** The output the row shows: the module's last. */
  output: TensorProbe;
  /** How many outputs the module produced, so the hover can say the cell shows the last of several. */
  count: number;
}

/**
 * Each module's output, keyed by module in the order modules first produced one. With several, the last
 * wins: it is what the module hands to the next one, while the earlier ones are its intermediates (an
 * ONNX MatMul before its bias Add), on other scales and bins, so stacking them would mix distributions.
 */
export function moduleOutputs(probe: ActivationsProbe): Map<string, ModuleOutput> {
  const byModule = new Map<string, ModuleOutput>();
  for (const output of probe.outputs) byModule.set(output.module, { output, count: (byModule.get(output.module)?.count ?? 0) + 1 });
  return byModule;
}

/** For every module and each of its ancestors, the index of the first output produced in or under it (execution order). */
export function firstOutputIndex(probe: ActivationsProbe): Map<string, number> {
  const first = new Map<string, number>();
  probe.outputs.forEach((output, i) => {
    // An ancestor already set was set by an earlier output, and so were all of its own ancestors.
    for (let name: string | null = output.module; name !== null && !first.has(name); name = parentName(name)) first.set(name, i);
  });
  return first;
}

interface Sibling {
  key: string;
  kind: 'module' | 'tensor';
}

/**
 * Siblings with activation-only modules merged in by execution order: each goes before the first weight
 * module that ran after it, weight modules keep their file order, and every module stays before the
 * tensors (as buildLayerTree lists them). Weight modules without outputs do not move the merge.
 */
export function mergeByExecution<T extends Sibling>(siblings: readonly T[], extras: readonly T[], first: ReadonlyMap<string, number>): T[] {
  const at = (node: T) => first.get(node.key) ?? Infinity;
  const pending = [...extras].sort((a, b) => at(a) - at(b));
  const merged: T[] = [];
  let next = 0;
  const flushBefore = (limit: number) => {
    while (next < pending.length && at(pending[next]) < limit) merged.push(pending[next++]);
  };
  for (const sibling of siblings) {
    if (sibling.kind === 'tensor') flushBefore(Infinity);
    else if (first.has(sibling.key)) flushBefore(at(sibling));
    merged.push(sibling);
  }
  merged.push(...pending.slice(next));
  return merged;
}
