// Which stretch of the viridis ramp the colour scale uses on the current theme's background. Viridis
// runs dark purple → yellow: its dark end nearly vanishes on dark editor backgrounds and its yellow end
// on light ones, so each end is pulled in until it keeps WCAG's 3:1 contrast for graphics (1.4.11)
// against the background the discs are painted on. Pure, so the contrast rule is unit-tested.
import { color, interpolateViridis } from 'd3';

/** WCAG 2.x: non-text graphics need 3:1 against what they sit on. */
export const MIN_CONTRAST = 3;
/** The ramp used where no background is known: a little in from viridis's darkest purple. */
export const DEFAULT_RAMP: Ramp = [0.08, 1];
/** Shorter than this and a ramp no longer separates values; mid-grey backgrounds keep the default. */
const MIN_SPAN = 0.35;
const STEPS = 200;
/** Searched with a little to spare, so 8-bit rounding of a colour never takes an end below MIN_CONTRAST. */
const SEARCH_CONTRAST = MIN_CONTRAST * 1.02;

/** Where on viridis (0–1) the lowest and the highest value sit. */
export type Ramp = readonly [number, number];

/** WCAG relative luminance of an sRGB colour string; null when it is not a colour. */
export function luminance(text: string): number | null {
  const c = color(text)?.rgb();
  if (!c) return null;
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio (1–21) between two colour strings; 1 when either cannot be read. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return 1;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The longest stretch of viridis whose every colour keeps MIN_CONTRAST against `background`: on a
 * dark background it starts in from the purple end, on a light one it stops short of the yellow end.
 * Falls back to DEFAULT_RAMP when the background cannot be read or leaves too short a stretch.
 */
export function rampFor(background: string): Ramp {
  if (luminance(background) === null) return DEFAULT_RAMP;
  let best: [number, number] | null = null;
  let start: number | null = null;
  for (let i = 0; i <= STEPS + 1; i++) {
    const t = i / STEPS;
    const passes = i <= STEPS && contrastRatio(interpolateViridis(t), background) >= SEARCH_CONTRAST;
    if (passes && start === null) start = t;
    if (!passes && start !== null) {
      const end = (i - 1) / STEPS;
      if (!best || end - start > best[1] - best[0]) best = [start, end];
      start = null;
    }
  }
  return best && best[1] - best[0] >= MIN_SPAN ? best : DEFAULT_RAMP;
}

/** The ramp as an interpolator over 0–1, for d3's sequential scale. */
export function rampInterpolator(ramp: Ramp): (t: number) => string {
  const [lo, hi] = ramp;
  return (t: number) => interpolateViridis(lo + (hi - lo) * t);
}
