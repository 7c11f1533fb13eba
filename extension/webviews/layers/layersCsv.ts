// The Layers table as saved rows: every row shown now (expanded, filtered, sorted or ranked as on screen), its
// full name, kind and parameter count, then each model's weight statistics unrounded. Pure, tested.
import type { TableRows } from '../shared/export/tableSource';
import type { VisibleRow } from './layerTree';

const STATS = [
  { key: 'sparsity', label: 'sparsity' },
  { key: 'zeroOnlyHere', label: 'zero only here' },
  { key: 'changed', label: 'changed' },
  { key: 'relL2', label: 'relative L2 change' },
] as const;

export function layersTableRows(rows: readonly VisibleRow[], models: readonly string[]): TableRows {
  const header = ['Name', 'Kind', 'Type', 'Parameters', ...models.flatMap((m, i) => STATS.map((s) => `${m}${i === 0 ? ' (base)' : ''}: ${s.label}`))];
  return {
    header,
    rows: rows.map(({ node }) => [
      node.kind === 'tensor' ? node.tensor?.name ?? node.key : node.key,
      node.kind,
      node.type ?? '',
      node.params,
      ...models.flatMap((_, i) => STATS.map((s) => {
        const v = node.stats[i]?.[s.key];
        return typeof v === 'number' ? v : null;
      })),
    ]),
  };
}
