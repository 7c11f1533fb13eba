// The Model Map's layout as the webview draws it. The backend computes it (MapLayoutBuilder, carried
// by SpecSummary.layout) so that parse + layout stay one fast step at 10,000 models; here its optional fields are
// made explicit. Edges are each node's parent (the scene draws one per non-root node). Its types are the contract's.
import type {
  LayoutColumn as SpecColumn,
  LayoutNode as SpecNode,
  MapLayout as SpecLayout,
} from '../../../protocol/generated/contract';

/**
 * The contract's node with `parent` always present: the map tests `parent === null` for roots, never undefined.
 * `parameterLabel` (what sets the model apart from its siblings, e.g. "50%") stays optional.
 */
export type LayoutNode = Required<Omit<SpecNode, 'parameterLabel'>> & Pick<SpecNode, 'parameterLabel'>;

/** The contract's column with `operation` always present (null for the roots' column). */
export type LayoutColumn = Required<SpecColumn>;

/** The contract's layout with normalised nodes and columns. */
export interface MapLayout extends Omit<SpecLayout, 'nodes' | 'columns' | 'stepCount'> {
  nodes: LayoutNode[];
  columns: LayoutColumn[];
}

export const BASE_COLUMN_LABEL = 'Base';

export function fromSpecLayout(layout: SpecLayout): MapLayout {
  // The backend sends every key (null for a root's parent), so its nodes are used as they are; copying 100,000 of
  // them cost the first paint their allocation and the collector's copying. Nothing mutates layout nodes.
  const nodes = layout.nodes.every(isComplete)
    ? layout.nodes
    : layout.nodes.map((n) => ({ id: n.id, column: n.column, row: n.row, parent: n.parent ?? null, depth: n.depth, parameterLabel: n.parameterLabel ?? null }));
  return {
    nodes,
    columns: layout.columns.map((c) => ({ index: c.index, operation: c.operation ?? null, label: c.label })),
    rowCount: layout.rowCount,
  };
}

function isComplete(n: SpecNode): n is LayoutNode {
  return n.parent !== undefined;
}
