// The "columns by operation" layout of the Model Map: pure, no DOM, so it can be unit-tested.
//
// Columns: roots sit in column 0; every other model sits in the first column to the right of its
// parent that holds its operation. One column per operation is created up front, in the order the
// operations first appear depth-first from the roots; when a model's operation column is not right
// of its parent's (a repeated operation, e.g. Prune → Quantize → Prune), a further column for that
// operation is inserted just right of the parent's, so every edge points rightward.
//
// Rows: leaves take consecutive rows in depth-first order (children in file order) and a parent
// shares the row of its first child. Each subtree therefore owns a contiguous band of rows, the
// first-child chain reads as a straight line and the other children branch off below it.

/** The fields of a model that the layout needs (a structural subset of ModelSummary). */
export interface LayoutModel {
  id: string;
  base?: string | null;
  operation?: { name: string } | null;
}

export interface LayoutNode {
  id: string;
  /** Index into `MapLayout.columns`. */
  column: number;
  /** 0-based row; a parent shares its first child's row. */
  row: number;
  /** Parent in the drawn tree; null for roots (including models whose base is missing). */
  parent: string | null;
  /** Distance from the node's root. */
  depth: number;
}

export interface LayoutColumn {
  index: number;
  /** The operation this column holds; null for the roots' column. */
  operation: string | null;
  /** Header text. */
  label: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface MapLayout {
  /** One node per distinct model id, in depth-first order (roots in file order). */
  nodes: LayoutNode[];
  columns: LayoutColumn[];
  /** Parent → child, one per non-root node. */
  edges: LayoutEdge[];
  rowCount: number;
}

export const BASE_COLUMN_LABEL = 'Base';
/** Column for a model that has a base but names no operation (an invalid spec still draws). */
export const NO_OPERATION = '(no operation)';

interface Visit {
  id: string;
  parent: string | null;
  depth: number;
  operation: string;
}

export function layoutModels(models: readonly LayoutModel[]): MapLayout {
  // A duplicated id is a spec error reported elsewhere; drawing the first keeps ids unique in the DOM.
  const byId = new Map<string, LayoutModel>();
  for (const model of models) if (!byId.has(model.id)) byId.set(model.id, model);
  const unique = [...byId.values()];

  const declaredParent = (m: LayoutModel): string | null =>
    m.base != null && m.base !== m.id && byId.has(m.base) ? m.base : null;

  const children = new Map<string, string[]>();
  for (const m of unique) {
    const parent = declaredParent(m);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(m.id);
    else children.set(parent, [m.id]);
  }

  const order = depthFirst(unique, declaredParent, children);
  const treeChildren = new Map<string, string[]>();
  for (const v of order) {
    if (v.parent === null) continue;
    const list = treeChildren.get(v.parent);
    if (list) list.push(v.id);
    else treeChildren.set(v.parent, [v.id]);
  }

  const { columnOf, columns } = assignColumns(order);
  const rowOf = assignRows(order, treeChildren);

  return {
    nodes: order.map((v) => ({ id: v.id, column: columnOf.get(v.id)!, row: rowOf.get(v.id)!, parent: v.parent, depth: v.depth })),
    columns,
    edges: order.filter((v) => v.parent !== null).map((v) => ({ source: v.parent!, target: v.id })),
    rowCount: order.reduce((n, v) => Math.max(n, rowOf.get(v.id)! + 1), 0),
  };
}

/**
 * Pre-order walk from the roots in file order. Models caught in a base cycle are unreachable from
 * any root; the first of them in file order is promoted to a root so that every model is drawn.
 */
function depthFirst(
  models: readonly LayoutModel[],
  declaredParent: (m: LayoutModel) => string | null,
  children: ReadonlyMap<string, string[]>,
): Visit[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const visited = new Set<string>();
  const order: Visit[] = [];
  const walk = (rootId: string): void => {
    // Iterative, because a long chain of fine-tunes would otherwise risk the call stack.
    const stack: { id: string; parent: string | null; depth: number }[] = [{ id: rootId, parent: null, depth: 0 }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (visited.has(item.id)) continue;
      visited.add(item.id);
      const model = byId.get(item.id)!;
      order.push({ ...item, operation: model.operation?.name ?? NO_OPERATION });
      const kids = children.get(item.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) {
        if (!visited.has(kids[i])) stack.push({ id: kids[i], parent: item.id, depth: item.depth + 1 });
      }
    }
  };
  for (const m of models) if (declaredParent(m) === null) walk(m.id);
  for (const m of models) if (!visited.has(m.id)) walk(m.id);
  return order;
}

function assignColumns(order: readonly Visit[]): { columnOf: Map<string, number>; columns: LayoutColumn[] } {
  // Columns are objects while placing so that inserting one does not invalidate earlier placements.
  type Slot = { operation: string | null };
  const slots: Slot[] = [{ operation: null }];
  const seen = new Set<string>();
  for (const v of order) {
    if (v.parent !== null && !seen.has(v.operation)) {
      seen.add(v.operation);
      slots.push({ operation: v.operation });
    }
  }

  const slotOf = new Map<string, Slot>();
  for (const v of order) {
    if (v.parent === null) {
      slotOf.set(v.id, slots[0]);
      continue;
    }
    const parentIndex = slots.indexOf(slotOf.get(v.parent)!);
    let slot = slots.slice(parentIndex + 1).find((s) => s.operation === v.operation);
    if (!slot) {
      slot = { operation: v.operation };
      slots.splice(parentIndex + 1, 0, slot);
    }
    slotOf.set(v.id, slot);
  }

  const columnOf = new Map<string, number>();
  for (const [id, slot] of slotOf) columnOf.set(id, slots.indexOf(slot));
  const columns = slots.map((s, index) => ({ index, operation: s.operation, label: s.operation ?? BASE_COLUMN_LABEL }));
  return { columnOf, columns };
}

function assignRows(order: readonly Visit[], treeChildren: ReadonlyMap<string, string[]>): Map<string, number> {
  const rowOf = new Map<string, number>();
  let next = 0;
  for (const v of order) if (!treeChildren.has(v.id)) rowOf.set(v.id, next++);
  // Reverse pre-order meets every child before its parent.
  for (let i = order.length - 1; i >= 0; i--) {
    const kids = treeChildren.get(order[i].id);
    if (kids) rowOf.set(order[i].id, rowOf.get(kids[0])!);
  }
  return rowOf;
}
