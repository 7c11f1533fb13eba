// Which models the Behaviors panel compares and against which base, from the user's selection. Pure, tested.
import type { LayoutNode } from '../../../protocol/generated/contract';

export interface BehaviorsTarget {
  /** Compared models, base first. */
  models: string[];
  base: string;
}

/**
 * The base is the selected model closest to the tree's root (smallest depth; ties → first selected).
 * A lone model is compared with its parent, what it came from, when it has one.
 * Undefined when no selected id is known.
 */
export function behaviorsTarget(selected: readonly string[], nodes: readonly LayoutNode[]): BehaviorsTarget | undefined {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ids = [...new Set(selected)].filter((id) => byId.has(id));
  if (ids.length === 0) return undefined;
  if (ids.length === 1) {
    const parent = byId.get(ids[0])?.parent;
    return parent && byId.has(parent) ? { models: [parent, ids[0]], base: parent } : { models: ids, base: ids[0] };
  }
  let base = ids[0];
  for (const id of ids) if (byId.get(id)!.depth < byId.get(base)!.depth) base = id;
  return { models: [base, ...ids.filter((id) => id !== base)], base };
}
