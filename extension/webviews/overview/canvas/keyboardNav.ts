// Arrow-key moves between models on the map. Pure: works on the laid-out grid, not on the DOM.
import type { LayoutNode } from '../layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

const KEYS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function directionOfKey(key: string): Direction | null {
  return KEYS[key] ?? null;
}

/**
 * Left goes to the parent, right to the first child (the one drawn on the same row), up and down to
 * the nearest model above or below in the same column. Null when there is nowhere to go, so the
 * focus stays put rather than wrapping somewhere surprising.
 */
export function neighbour(nodes: readonly Pick<LayoutNode, 'id' | 'parent' | 'column' | 'row'>[], id: string, direction: Direction): string | null {
  const from = nodes.find((n) => n.id === id);
  if (!from) return null;
  switch (direction) {
    case 'left':
      return from.parent;
    case 'right':
      // Nodes are in depth-first order, so the first listed child is the first child.
      return nodes.find((n) => n.parent === from.id)?.id ?? null;
    case 'up':
    case 'down': {
      const sign = direction === 'up' ? -1 : 1;
      let best: (typeof nodes)[number] | null = null;
      for (const n of nodes) {
        if (n.column !== from.column || (n.row - from.row) * sign <= 0) continue;
        if (!best || Math.abs(n.row - from.row) < Math.abs(best.row - from.row)) best = n;
      }
      return best?.id ?? null;
    }
  }
}
