// Which model is under the pointer, in world units. A quadtree keeps hover and click O(log n) at
// 10,000 models, where scanning every disc on each mouse move would not be.
import { quadtree } from 'd3';

export interface HitDisc {
  x: number;
  y: number;
  r: number;
}

/**
 * Returns a finder for the index of the disc under a point, or -1. `slack` (world units) widens
 * every disc, so tiny discs at a far zoom stay clickable; `grow` scales every radius as the painter
 * does when zoomed out (mapGeometry.discZoom); among overlapping discs the nearest centre wins.
 */
export function createHitIndex(discs: readonly HitDisc[]): (x: number, y: number, slack: number, grow?: number) => number {
  const tree = quadtree<number>()
    .x((i) => discs[i].x)
    .y((i) => discs[i].y)
    .addAll(discs.map((_, i) => i));
  const largest = discs.reduce((r, d) => Math.max(r, d.r), 0);
  return (x, y, slack, grow = 1) => {
    const i = tree.find(x, y, largest * grow + slack);
    if (i === undefined) return -1;
    const d = discs[i];
    return Math.hypot(d.x - x, d.y - y) <= d.r * grow + slack ? i : -1;
  };
}
