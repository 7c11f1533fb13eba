// Growing a selection along the provenance tree ("+ Parents", "+ Descendants" …). Pure, over the
// drawn tree (LayoutNode.parent), so models in a base cycle behave like everywhere else on the map.
import type { LayoutNode } from './layout';

export type Expansion = 'parents' | 'children' | 'ancestors' | 'descendants';

export const EXPANSIONS: readonly { value: Expansion; label: string; title: string }[] = [
  { value: 'parents', label: '+ Parents', title: 'Add the base model of each selected model' },
  { value: 'children', label: '+ Children', title: 'Add the models derived directly from each selected model' },
  { value: 'ancestors', label: '+ Ancestors', title: 'Add every model each selected model was derived from' },
  { value: 'descendants', label: '+ Descendants', title: 'Add every model derived from each selected model' },
];

type Node = Pick<LayoutNode, 'id' | 'parent'>;

/** The selection followed by the newly reached models in map order, so the first pick stays first. */
export function expandSelection(nodes: readonly Node[], selected: readonly string[], how: Expansion): string[] {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  const childrenOf = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parent === null) continue;
    const list = childrenOf.get(n.parent);
    if (list) list.push(n.id);
    else childrenOf.set(n.parent, [n.id]);
  }
  const step = (id: string): string[] => {
    if (how === 'parents' || how === 'ancestors') {
      const p = parentOf.get(id);
      return p == null ? [] : [p];
    }
    return childrenOf.get(id) ?? [];
  };
  const transitive = how === 'ancestors' || how === 'descendants';

  const start = selected.filter((id) => parentOf.has(id));
  const reached = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    for (const next of step(queue.shift()!)) {
      if (reached.has(next)) continue;
      reached.add(next);
      if (transitive) queue.push(next);
    }
  }
  const already = new Set(selected);
  return [...selected, ...nodes.map((n) => n.id).filter((id) => reached.has(id) && !already.has(id))];
}
