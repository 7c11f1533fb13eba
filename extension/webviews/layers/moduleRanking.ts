// The Layers panel's "across the whole model" ranking: every module as one flat list, ordered by the chosen
// model's statistic, so the most pruned or most changed module of the whole network comes first wherever it
// sits in the tree (the tree ranks only within each parent). Pure, tested.
import { sortSiblings, type LayerNode, type LayerTree, type RowSort, type VisibleRow } from './layerTree';

/** How rows are ranked: siblings within each parent (the tree), or every module across the whole model (a flat list). */
export type RankScope = 'parent' | 'model';

export const RANK_SCOPES: readonly { value: RankScope; label: string }[] = [
  { value: 'parent', label: 'within each parent' },
  { value: 'model', label: 'across the whole model' },
];

/**
 * Every module in the tree, and every tensor at its top level, outside any module (so a model whose tensors
 * carry no module path still lists its weights), ranked by `sort` (file order when null) and kept when `match`
 * accepts their full name. Each row shows its full name, since its parents are not above it.
 */
export function rankedRows(tree: LayerTree, sort: RowSort | null, match: ((name: string) => boolean) | null): VisibleRow[] {
  const ranked: LayerNode[] = [];
  const walk = (nodes: readonly LayerNode[], top: boolean) => {
    for (const node of nodes) {
      if (node.kind === 'module' || top) ranked.push(node);
      walk(node.children, false);
    }
  };
  walk(tree.roots, true);
  const kept = match ? ranked.filter((n) => match(n.key)) : ranked;
  return (sort ? sortSiblings(kept, sort) : kept).map((node) => ({
    node: { ...node, label: node.tensor?.name ?? (node.key || 'whole model'), children: [] },
    depth: 0,
    expanded: false,
  }));
}
