// Geometry of a Weights or Activations cell: the base's histogram stacked by change band (height = how
// many values fall in the bin, colour = how much they changed), and a module's histogram pooled from its
// tensors. Pure, tested; drawing lives in cellHistogram.ts.
import type { TensorProbe } from '../../../protocol/generated/contract';
import type { LayerNode } from './layerTree';

/** Counts per band (least change first), each as long as the number of bins. */
export type BandCounts = number[][];

export interface HistogramRect {
  band: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One rect per non-empty (bin, band), bands stacked bottom-up from the least changed. Heights are
 * linear in counts with the tallest bin's total filling `height`; each bin is width/bins wide.
 */
export function stackedRects(bands: BandCounts, width: number, height: number): HistogramRect[] {
  const bins = Math.max(0, ...bands.map((b) => b.length));
  if (bins === 0) return [];
  const totals = Array.from({ length: bins }, (_, i) => bands.reduce((sum, b) => sum + (b[i] ?? 0), 0));
  const max = Math.max(...totals);
  if (!(max > 0)) return [];
  const binWidth = width / bins;
  const rects: HistogramRect[] = [];
  for (let i = 0; i < bins; i++) {
    let top = height;
    bands.forEach((b, band) => {
      const count = b[i] ?? 0;
      if (count <= 0) return;
      const h = (count / max) * height;
      top -= h;
      rects.push({ band, x: i * binWidth, y: top, width: binWidth, height: h });
    });
  }
  return rects;
}

export interface CellHistogram {
  binMin: number;
  binMax: number;
  /** A single band (the plain histogram) for the base; one per change band otherwise. */
  bands: BandCounts;
}

/** A tensor's histogram for one model's cell: the base's plain counts, or the base's counts split by change. */
export function tensorHistogram(node: LayerNode, model: number): CellHistogram | null {
  return node.tensor ? probeHistogram(node.tensor, model) : null;
}

/** A module's output histogram for one model's cell, like a tensor's; null when the module produced none or this model lacks it. */
export function outputHistogram(node: LayerNode, model: number): CellHistogram | null {
  return node.output ? probeHistogram(node.output, model) : null;
}

function probeHistogram(t: TensorProbe, model: number): CellHistogram | null {
  const s = t.models[model];
  if (!s) return null;
  const bands = model === 0 || s.changeHistograms.length === 0 ? [s.histogram] : s.changeHistograms;
  return { binMin: t.binMin, binMax: t.binMax, bands };
}

/**
 * A module's histogram: its tensors' histograms pooled on `bins` equal bins over the union of their
 * ranges. Each tensor bin's count moves whole to the pooled bin holding its centre — tensors have
 * their own bins, so this is the finest pooling that never splits a count.
 */
export function pooledHistogram(node: LayerNode, model: number, bins: number): CellHistogram | null {
  const parts: CellHistogram[] = [];
  const collect = (n: LayerNode) => {
    if (n.kind === 'tensor') {
      const h = tensorHistogram(n, model);
      if (h) parts.push(h);
    }
    n.children.forEach(collect);
  };
  collect(node);
  if (parts.length === 0) return null;
  if (node.kind === 'tensor') return parts[0];
  const binMin = Math.min(...parts.map((p) => p.binMin));
  const binMax = Math.max(...parts.map((p) => p.binMax));
  const bandCount = Math.max(...parts.map((p) => p.bands.length));
  const bands = Array.from({ length: bandCount }, () => new Array<number>(bins).fill(0));
  const span = binMax - binMin;
  for (const p of parts) {
    const width = p.bands[0] ? (p.binMax - p.binMin) / p.bands[0].length : 0;
    p.bands.forEach((counts, band) => counts.forEach((count, i) => {
      const centre = p.binMin + (i + 0.5) * width;
      const at = span > 0 ? Math.min(bins - 1, Math.max(0, Math.floor(((centre - binMin) / span) * bins))) : 0;
      bands[band][at] += count;
    }));
  }
  return { binMin, binMax, bands };
}

/** One SVG path per band (its rects joined), so a cell is a handful of DOM nodes whatever its bin count. */
export function bandPaths(rects: readonly HistogramRect[], bands: number): string[] {
  const paths = Array.from({ length: bands }, () => '');
  const r2 = (v: number) => Math.round(v * 100) / 100;
  for (const r of rects) paths[r.band] += `M${r2(r.x)} ${r2(r.y)}h${r2(r.width)}v${r2(r.height)}h${r2(-r.width)}Z`;
  return paths;
}
