// The colours and font the canvas map paints with, read from VS Code's theme variables. A canvas
// cannot use var(--…) itself, so the values are resolved here and re-read when the theme changes.
import { color, interpolateRgb } from 'd3';

export interface MapTheme {
  background: string;
  foreground: string;
  muted: string;
  /** Selection rings, lineage edges and the brush outline. */
  accent: string;
  /** Nodes when no colour metric is bound. */
  plainNode: string;
  /** Plain edges and hover/focus rings. */
  edge: string;
  border: string;
  /** Extra outline on every disc in high-contrast themes, null elsewhere. */
  contrastBorder: string | null;
  fontFamily: string;
}

export function readMapTheme(): MapTheme {
  const style = getComputedStyle(document.body);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const background = read('--vscode-editor-background', '#1e1e1e');
  const foreground = read('--vscode-foreground', '#cccccc');
  const accent = read('--vscode-focusBorder', '#007fd4');
  const highContrast = document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
  return {
    background,
    foreground,
    muted: read('--vscode-descriptionForeground', '#8b8b8b'),
    accent,
    plainNode: read('--vscode-charts-blue', accent),
    edge: mixColors(foreground, background, 0.32),
    border: read('--vscode-editorWidget-border', read('--vscode-panel-border', '#454545')),
    contrastBorder: highContrast ? read('--vscode-contrastBorder', foreground) : null,
    fontFamily: read('--vscode-font-family', 'sans-serif'),
  };
}

/**
 * `share` of `a` over `b`, as an rgb() string the canvas accepts. Edges blend node colours with the
 * foreground so the palette's yellow end stays visible on light themes and its purple end on dark ones.
 */
export function mixColors(a: string, b: string, share: number): string {
  if (!color(a) || !color(b)) return color(a) ? a : b;
  return interpolateRgb(b, a)(share);
}

export type Rgb = readonly [number, number, number];

/** A colour as 0–255 channels, or null when the string is not a colour d3 can read. */
export function parseRgb(text: string): Rgb | null {
  const c = color(text);
  if (!c) return null;
  const { r, g, b } = c.rgb();
  return [r, g, b];
}

/** `share` of `a` over `b`, channel by channel; the same result as mixColors without re-parsing strings. */
export function mixRgb(a: Rgb, b: Rgb, share: number): Rgb {
  return [b[0] + (a[0] - b[0]) * share, b[1] + (a[1] - b[1]) * share, b[2] + (a[2] - b[2]) * share];
}

export function rgbText(c: Rgb): string {
  return `rgb(${Math.round(c[0])}, ${Math.round(c[1])}, ${Math.round(c[2])})`;
}

/**
 * Calls `changed` when VS Code switches theme: it swaps the body's class and rewrites the
 * variables in the html element's style attribute.
 */
export function watchTheme(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return () => observer.disconnect();
}
