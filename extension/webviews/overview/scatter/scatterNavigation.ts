// Arrow-key movement between the scatterplot's points: the nearest point ahead in the arrow's direction,
// where distance across the direction counts double, so Right follows a row of points rather than
// jumping to one slightly closer but far above. Pure, tested.

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface ScreenPoint {
  id: string;
  /** CSS pixels; y grows downwards, as on screen. */
  px: number;
  py: number;
}

const DIRECTIONS: Record<ArrowKey, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export const isArrowKey = (key: string): key is ArrowKey => key in DIRECTIONS;

/**
 * The id the arrow moves the focus to, or `from` when nothing lies that way. With no (or an unknown) `from`,
 * the leftmost point (the topmost of a tie): a start the user can see and move on from. Points at the very
 * same place are stepped through in list order (Right/Down forwards, Left/Up backwards).
 */
export function nextPoint(points: readonly ScreenPoint[], from: string | null, key: ArrowKey): string | null {
  const index = from === null ? -1 : points.findIndex((p) => p.id === from);
  if (index < 0) {
    let first: ScreenPoint | undefined;
    for (const p of points) if (!first || p.px < first.px || (p.px === first.px && p.py < first.py)) first = p;
    return first?.id ?? null;
  }
  const origin = points[index];
  const [dx, dy] = DIRECTIONS[key];
  const forwards = dx + dy > 0;
  let best: ScreenPoint | null = null;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === index) return;
    const along = (p.px - origin.px) * dx + (p.py - origin.py) * dy;
    const across = Math.abs((p.px - origin.px) * dy - (p.py - origin.py) * dx);
    const stacked = along === 0 && across === 0 && (forwards ? i > index : i < index);
    if (along <= 0 && !stacked) return;
    // A stacked point is the nearest there is; among several, the next in list order.
    const score = stacked ? Math.abs(i - index) * 1e-9 : along + 2 * across;
    if (score < bestScore) {
      best = p;
      bestScore = score;
    }
  });
  return (best as ScreenPoint | null)?.id ?? from;
}
