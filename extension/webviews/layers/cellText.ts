// The words and numbers of a Layers cell: its short text and the exact numbers a hover shows. Pure, tested.
import type { ModuleStats, TensorStats } from '../../../protocol/generated/contract';
import type { LayerNode } from './layerTree';
import type { CellMode } from './layersState';

/** One shared formatter: toLocaleString builds a new Intl.NumberFormat per call, which showed up as most of a scroll frame. */
const counts = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => counts.format(n);

export const percent = (v: number) => `${(v * 100).toFixed(v > 0 && v < 0.001 ? 3 : 1)}%`;
const number = (v: number) => (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : v.toPrecision(4));

/** The short text a cell shows beside its bar; empty for weights and activations (the histogram speaks). */
export function cellText(node: LayerNode, model: number, cells: CellMode): string {
  const s = node.stats[model];
  if (!s) return '—';
  if (cells === 'sparsity') return percent(s.sparsity);
  if (cells === 'change') return model === 0 ? 'base' : typeof s.relL2 === 'number' ? number(s.relL2) : 'n/a';
  return '';
}

/** Every number of a cell, one per line, for its hover title. */
export function cellTitle(node: LayerNode, model: number, modelName: string, isBase: boolean): string {
  const s = node.stats[model];
  const kind = node.kind === 'tensor' ? 'Tensor' : 'Module';
  const name = node.kind === 'tensor' ? node.tensor?.name ?? node.key : node.key || 'whole model';
  if (node.weightless) return `${kind} ${name}\nno weights: it shows only under Activations`;
  if (!s) return `${kind} ${name}\n${modelName}: no matching values (see Unmatched tensors)`;
  const lines = [`${kind} ${name} · ${modelName}${isBase ? ' (base)' : ''}`, `params ${formatCount(node.params)}`];
  if (node.tensor) lines.push(`shape [${node.tensor.shape.join(', ')}]`);
  return [...lines, ...statsLines(s, isBase, '')].join('\n');
}

/** Every number of an Activations cell (the module's output on `instances` dataset instances), or why it is empty. */
export function outputTitle(node: LayerNode, model: number, modelName: string, isBase: boolean, instances: number): string {
  const name = node.key || 'whole model';
  const output = node.output;
  if (node.kind === 'tensor') return `Tensor ${node.tensor?.name ?? name}\nActivations are per module: see the module's row`;
  if (!output) return `Module ${name}\nno output of its own on the dataset sample`;
  const s = output.models[model];
  if (!s) return `Output ${output.name} of module ${name}\n${modelName}: no matching output (see Unmatched)`;
  const lines = [`Output ${output.name} of module ${name} · ${modelName}${isBase ? ' (base)' : ''}`,
    `instances: ${formatCount(instances)} · shape [${output.shape.join(', ')}]`];
  if (node.outputCount > 1) lines.push(`the last of the module's ${node.outputCount} outputs`);
  return [...lines, ...statsLines(s, isBase, ' (zero activations)')].join('\n');
}

function statsLines(s: ModuleStats | TensorStats, isBase: boolean, zeros: string): string[] {
  const lines = [`sparsity ${percent(s.sparsity)}${zeros}`];
  // The paper's split; activations have none, and for the base every zero is "in both".
  if (!isBase && typeof s.zeroInBoth === 'number' && typeof s.zeroOnlyHere === 'number') {
    lines.push(`  zero in both ${percent(s.zeroInBoth)} · zero only in this model ${percent(s.zeroOnlyHere)}`);
  }
  if ('std' in s) {
    const t = s as TensorStats;
    lines.push(`min ${number(t.min)} · max ${number(t.max)}`, `mean ${number(t.mean)} · std ${number(t.std)}`);
    if ((t.nonFinite ?? 0) > 0) lines.push(`⚠ ${formatCount(t.nonFinite ?? 0)} NaN or ±Inf values, left out of the numbers above`);
  }
  if (!isBase) lines.push(`relL2 ${typeof s.relL2 === 'number' ? number(s.relL2) : 'n/a (the base is all zeros)'}`, `changed ${percent(s.changed)}`);
  return lines;
}
