// Turns the charts on screen into files: one or several live SVG charts (stacked top to bottom) as a standalone
// SVG, and any SVG or canvas as a PNG at the screen's device pixel ratio. Both get the panel's background, so text
// drawn in the theme's foreground stays readable wherever the file is opened.
import { snapshotSvg, type ElementLike } from './svgSnapshot';
import { svgDocument, svgNode, type SvgNode } from './svgText';

const GAP = 12;
/** Room around the charts (CSS px), for labels that reach past their chart's box. */
const PAD = 12;
/** Room above a chart for its caption (CSS px). */
const CAPTION = 18;

/** The theme's value of a CSS variable (VS Code sets them on <html>). */
export function themeVariable(name: string): string | undefined {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || undefined;
}

function pageLook(): { background: string; foreground: string; font: string; fontSize: string } {
  const style = getComputedStyle(document.body);
  const background = style.backgroundColor;
  // A transparent body (no theme yet) would leave a dark theme's light text on a white viewer.
  return { background: background && background !== 'rgba(0, 0, 0, 0)' ? background : themeVariable('--vscode-editor-background') ?? '#ffffff', foreground: style.color, font: style.fontFamily, fontSize: style.fontSize };
}

/** A live chart as the file holds it, computed styles inlined. */
export function snapshotChart(chart: SVGSVGElement): SvgNode | null {
  return snapshotSvg(chart as unknown as ElementLike, (e) => getComputedStyle(e as unknown as Element));
}

export interface ChartPart {
  node: SvgNode;
  width: number;
  height: number;
  /** A line above the chart saying what it shows, where the panel says so outside the chart. */
  caption?: string;
}

/** A saved SVG's text and its size (CSS px), which its PNG is rasterised at. */
export interface SvgFile {
  text: string;
  width: number;
  height: number;
}

/** A standalone SVG of these parts, one below the other, each under its caption, on the panel's background. */
export function stackedSvg(parts: readonly ChartPart[]): SvgFile {
  const look = pageLook();
  // A caption is often wider than its small chart; an average glyph is about 0.6 em wide.
  const em = parseFloat(look.fontSize) || 13;
  const width = Math.ceil(2 * PAD + Math.max(1, ...parts.map((p) => Math.max(p.width, (p.caption?.length ?? 0) * em * 0.6))));
  let y = PAD;
  const placed = parts.flatMap((p) => {
    const caption = p.caption ? [svgNode('text', { x: PAD, y: y + CAPTION - 4, fill: look.foreground }, [p.caption])] : [];
    if (p.caption) y += CAPTION;
    // Tick labels may reach past a chart's box, as the panel lets them (an inner <svg> clips by default).
    const node = p.node.tag === 'svg' ? { ...p.node, attrs: { ...p.node.attrs, overflow: 'visible' } } : p.node;
    const nested = svgNode('svg', { x: PAD, y, width: p.width, height: p.height, overflow: 'visible' }, [node]);
    y += p.height + GAP;
    return [...caption, nested];
  });
  const height = Math.ceil(Math.max(1, y - GAP + PAD));
  const root = svgNode('svg', { width, height, viewBox: `0 0 ${width} ${height}`, style: `font-family: ${look.font}; font-size: ${look.fontSize}` },
    [svgNode('rect', { width, height, fill: look.background }), ...placed]);
  return { text: svgDocument(root, themeVariable), width, height };
}

/** The live charts as parts sized as on screen; charts not laid out (hidden, scrolled out of a virtual table) are skipped. */
export function chartParts(charts: Iterable<SVGSVGElement>): ChartPart[] {
  const parts: ChartPart[] = [];
  for (const chart of charts) {
    const { width, height } = chart.getBoundingClientRect();
    const node = width > 0 && height > 0 ? snapshotChart(chart) : null;
    // Charts name what they show in their aria-label ("Histogram of Accuracy; drag across it…"): its first clause.
    const caption = chart.getAttribute('aria-label')?.split(';')[0].trim() || chart.dataset.metric || undefined;
    if (node) parts.push({ node: { ...node, attrs: { ...node.attrs, width: String(width), height: String(height) } }, width, height, caption });
  }
  return parts;
}

const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** A PNG (base64) of an SVG file's text, rasterised at the device pixel ratio so it is as sharp as the panel. */
export async function svgToPng(svgText: string, width: number, height: number): Promise<string> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const dpr = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The panel could not get a 2D canvas to draw the PNG. Save as SVG instead.');
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return base64Of(canvas.toDataURL('image/png'));
}

/** A PNG (base64) of a canvas chart at its own resolution (already the device pixel ratio), on the panel's background. */
export function canvasPng(source: HTMLCanvasElement): string {
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The panel could not get a 2D canvas to draw the PNG. Save as SVG instead.');
  ctx.fillStyle = pageLook().background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0);
  return base64Of(canvas.toDataURL('image/png'));
}
