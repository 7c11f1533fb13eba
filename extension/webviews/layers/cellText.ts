// The words and numbers of a Layers cell: its short text and the exact numbers a hover shows. Pure, tested.
import type { TensorStats } from '../../../protocol/generated/contract';
import type { LayerNode } from './layerTree';
import type { CellMode } from './layersState';

/** One shared formatter: toLocaleString builds a new Intl.NumberFormat per call, which showed up as most of a scroll frame. */
const counts = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => counts.format(n);

const percent = (v: number) => `${(v * 100).toFixed(v > 0 && v < 0.001 ? 3 : 1)}%`;
const number = (v: number) => (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : v.toPrecision(4));

/** The short text a cell shows beside its bar; empty for weights (the histogram speaks). */
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
  if (!s) return `${kind} ${name}\n${modelName}: no matching values (see Unmatched tensors)`;
  const lines = [`${kind} ${name} · ${modelName}${isBase ? ' (base)' : ''}`, `params ${formatCount(node.params)}`];
  if (node.tensor) lines.push(`shape [${node.tensor.shape.join(', ')}]`);
  lines.push(`sparsity ${percent(s.sparsity)}`);
  if ('std' in s) {
    const t = s as TensorStats;
    lines.push(`min ${number(t.min)} · max ${number(t.max)}`, `mean ${number(t.mean)} · std ${number(t.std)}`);
  }
  if (!isBase) lines.push(`relL2 ${typeof s.relL2 === 'number' ? number(s.relL2) : 'n/a (the base is all zeros)'}`, `changed ${percent(s.changed)}`);
  return lines.join('\n');
}
