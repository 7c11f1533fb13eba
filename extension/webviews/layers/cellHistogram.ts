// Draws a Weights cell: one small SVG with a single path per change band. Measured against a canvas per
// cell, creating 2D contexts dominated scrolling in Chromium; a few paths per cell stay cheap, and a
// virtualized table only ever holds a screenful of them.
import { interpolateYlOrRd } from 'd3';
import { bandPaths, stackedRects, type CellHistogram } from './stackedHistogram';

export const HISTOGRAM_WIDTH = 120;
export const HISTOGRAM_HEIGHT = 22;
const SVG = 'http://www.w3.org/2000/svg';

export function histogramSvg(histogram: CellHistogram, colours: readonly string[], label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'layers-histogram');
  svg.setAttribute('width', String(HISTOGRAM_WIDTH));
  svg.setAttribute('height', String(HISTOGRAM_HEIGHT));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const rects = stackedRects(histogram.bands, HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT);
  bandPaths(rects, histogram.bands.length).forEach((d, band) => {
    if (!d) return;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', colours[Math.min(band, colours.length - 1)]);
    path.dataset.band = String(band);
    svg.append(path);
  });
  return svg;
}

/** One colour per change band, least change lightest; d3's sequential yellow-orange-red reads as "more" on any theme. */
export function changeBandColours(count: number): string[] {
  if (count <= 1) return [interpolateYlOrRd(0.2)];
  return Array.from({ length: count }, (_, i) => interpolateYlOrRd(0.12 + (0.8 * i) / (count - 1)));
}
