// The Model Map's layout as the webview draws it. The backend computes it (MapLayoutBuilder, carried
// by SpecSummary.layout) so that parse + layout stay one fast step at 10,000 models; here it only
// gains the edge list that the renderer, selection and keyboard walk use.
import type { MapLayout as SpecLayout } from '../../../protocol/generated/contract';

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

export function fromSpecLayout(layout: SpecLayout): MapLayout {
  const nodes = layout.nodes.map((n) => ({ id: n.id, column: n.column, row: n.row, parent: n.parent ?? null, depth: n.depth }));
  return {
    nodes,
    columns: layout.columns.map((c) => ({ index: c.index, operation: c.operation ?? null, label: c.label })),
    edges: nodes.filter((n) => n.parent !== null).map((n) => ({ source: n.parent!, target: n.id })),
    rowCount: layout.rowCount,
  };
}
