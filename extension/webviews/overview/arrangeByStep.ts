// The "columns by step" arrangement: the same rows as the operation layout, but each model sits in
// the column of its depth, so models the same number of steps from their base line up. Pure.
import { BASE_COLUMN_LABEL, type MapLayout } from './layout';

export type Arrangement = 'operation' | 'step';

export const ARRANGEMENTS: readonly { value: Arrangement; label: string }[] = [
  { value: 'operation', label: 'By operation' },
  { value: 'step', label: 'By step' },
];

export function stepLabel(depth: number): string {
  return depth === 0 ? BASE_COLUMN_LABEL : `Step ${depth}`;
}

/**
 * Moves every node to column = depth. Rows are kept: they already give each subtree its own band,
 * and depth grows by one along every edge, so every edge still points rightward.
 */
export function arrangeByStep(layout: MapLayout): MapLayout {
  const columnCount = layout.nodes.reduce((n, node) => Math.max(n, node.depth + 1), layout.nodes.length > 0 ? 1 : 0);
  return {
    ...layout,
    nodes: layout.nodes.map((node) => ({ ...node, column: node.depth })),
    columns: Array.from({ length: columnCount }, (_, index) => ({ index, operation: null, label: stepLabel(index) })),
  };
}
