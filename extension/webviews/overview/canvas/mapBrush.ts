// The rectangle brush of the Model Map: which models a dragged rectangle catches and what the
// selection becomes. Pure, so it is tested without a canvas.
import type { Point, Rect } from './mapGeometry';

/** The rectangle spanned by two corners, whichever way the user dragged. */
export function rectBetween(a: Point, b: Point): Rect {
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}

/**
 * Ids of the models whose centre lies inside the rectangle, in map order, skipping models the
 * filter leaves out (`allowed` null = no filter): a budget makes a model unselectable, brushing included.
 */
export function modelsInRect(
  nodes: readonly { id: string; x: number; y: number }[],
  rect: Rect,
  allowed: ReadonlySet<string> | null,
): string[] {
  const ids: string[] = [];
  for (const n of nodes) {
    if (n.x < rect.x0 || n.x > rect.x1 || n.y < rect.y0 || n.y > rect.y1) continue;
    if (allowed && !allowed.has(n.id)) continue;
    ids.push(n.id);
  }
  return ids;
}

/** A plain brush replaces the selection; an additive one (Ctrl/Cmd) appends what is new, keeping the first pick first. */
export function brushSelection(current: readonly string[], brushed: readonly string[], additive: boolean): string[] {
  if (!additive) return [...new Set(brushed)];
  return [...new Set([...current, ...brushed])];
}
