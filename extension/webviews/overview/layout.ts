// The Model Map's layout as the webview draws it. The backend computes it (MapLayoutBuilder, carried
// by SpecSummary.layout) so that parse + layout stay one fast step at 10,000 models; here it only
// gains the edge list that the renderer, selection and keyboard walk use. Its types are the generated contract's.
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

export interface LayoutEdge {
  source: string;
  target: string;
}

/** The contract's layout with normalised nodes and columns, plus the edges drawn from them. */
export interface MapLayout extends Omit<SpecLayout, 'nodes' | 'columns' | 'stepCount'> {
  nodes: LayoutNode[];
  columns: LayoutColumn[];
  /** Parent → child, one per non-root node. */
  edges: LayoutEdge[];
}

export const BASE_COLUMN_LABEL = 'Base';

export function fromSpecLayout(layout: SpecLayout): MapLayout {
  const nodes = layout.nodes.map((n) => ({ id: n.id, column: n.column, row: n.row, parent: n.parent ?? null, depth: n.depth, parameterLabel: n.parameterLabel ?? null }));
  return {
    nodes,
    columns: layout.columns.map((c) => ({ index: c.index, operation: c.operation ?? null, label: c.label })),
    edges: nodes.filter((n) => n.parent !== null).map((n) => ({ source: n.parent!, target: n.id })),
    rowCount: layout.rowCount,
  };
}
