// Draws a Weights cell on a small canvas: one canvas per visible cell keeps thousands of rows cheap
// (a virtualized table only ever holds a screenful of them).
import { interpolateYlOrRd } from 'd3';
import { stackedRects, type CellHistogram } from './stackedHistogram';

export const HISTOGRAM_WIDTH = 120;
export const HISTOGRAM_HEIGHT = 22;

export function histogramCanvas(histogram: CellHistogram, colours: readonly string[], label: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(HISTOGRAM_WIDTH * ratio);
  canvas.height = Math.round(HISTOGRAM_HEIGHT * ratio);
  canvas.style.width = `${HISTOGRAM_WIDTH}px`;
  canvas.style.height = `${HISTOGRAM_HEIGHT}px`;
  canvas.className = 'layers-histogram';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.scale(ratio, ratio);
  for (const r of stackedRects(histogram.bands, HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT)) {
    context.fillStyle = colours[Math.min(r.band, colours.length - 1)];
    // Half a pixel of overlap hides the seams between bins at fractional widths.
    context.fillRect(r.x, r.y, r.width + 0.5, r.height);
  }
  return canvas;
}

/** One colour per change band, least change lightest; d3's sequential yellow-orange-red reads as "more" on any theme. */
export function changeBandColours(count: number): string[] {
  if (count <= 1) return [interpolateYlOrRd(0.2)];
  return Array.from({ length: count }, (_, i) => interpolateYlOrRd(0.12 + (0.8 * i) / (count - 1)));
}
