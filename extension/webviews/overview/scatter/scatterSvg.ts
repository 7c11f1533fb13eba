// The scatterplot's points as SVG, redrawn from the frame the canvas was last painted from (paintPoints.ts), so a
// saved SVG holds one circle per model, in the same colours, fading, order and rings, rather than a raster. Pure:
// the frame's colours are already concrete (read from the theme at draw time), so no DOM is needed.
import { svgNode, type SvgNode } from '../../shared/export/svgText';
import { byBudget, FILTERED_ALPHA, OUTLINE_LIMIT, ringStyle, type PaintFrame, type PlacedPoint } from './paintPoints';

const round = (v: number) => Math.round(v * 100) / 100;

function discs<P extends PlacedPoint>(frame: PaintFrame<P>, subset: readonly P[], opacity: number, outline: boolean): SvgNode {
  const circles = subset.map((p) => {
    const color = frame.fill(p);
    const r = round(frame.radius(p));
    const paint = color === null
      ? { fill: 'none', stroke: frame.colors.muted, 'stroke-width': 1.2 }
      : { fill: color, ...(outline ? { stroke: frame.colors.background, 'stroke-width': 0.75 } : {}) };
    return svgNode('circle', { cx: round(p.px), cy: round(p.py), r, ...paint }, [svgNode('title', {}, [p.id])]);
  });
  return svgNode('g', opacity < 1 ? { opacity } : {}, circles);
}

function rings<P extends PlacedPoint>(frame: PaintFrame<P>, subset: readonly P[], color: string, { gap, width }: { gap: number; width: number }): SvgNode {
  return svgNode('g', { fill: 'none', stroke: color, 'stroke-width': width },
    subset.map((p) => svgNode('circle', { cx: round(p.px), cy: round(p.py), r: round(frame.radius(p) + gap) })));
}

/** The grid, discs (faded ones first) and rings of a painted frame, clipped to the plot area as on the canvas. */
export function scatterPointsSvg<P extends PlacedPoint>(frame: PaintFrame<P>): SvgNode {
  const { width, clip, points, colors } = frame;
  const children: SvgNode[] = [svgNode('defs', {}, [svgNode('clipPath', { id: 'scatter-points-clip' },
    [svgNode('rect', { x: clip.left, y: clip.top, width: width - clip.left, height: clip.bottom - clip.top })])])];
  if (frame.grid) {
    const d = [...frame.grid.xs.map((x) => `M${Math.round(x) + 0.5},${clip.top}V${clip.bottom}`), ...frame.grid.ys.map((y) => `M${clip.left},${Math.round(y) + 0.5}H${width}`)].join('');
    children.push(svgNode('path', { d, fill: 'none', stroke: colors.muted, 'stroke-width': 1, opacity: 0.18 }));
  }
  const outline = points.length <= OUTLINE_LIMIT;
  const [faded, allowed] = byBudget(frame);
  children.push(discs(frame, faded, FILTERED_ALPHA, outline));
  children.push(discs(frame, allowed, 1, outline));
  children.push(rings(frame, frame.front, colors.front, ringStyle('front', 0)));
  const selected = points.filter((p) => frame.selected.has(p.id));
  children.push(rings(frame, selected, colors.selection, ringStyle('selected', selected.length)));
  const hovered = frame.hovered ? points.filter((p) => p.id === frame.hovered) : [];
  if (hovered.length > 0) children.push(rings(frame, hovered, colors.hover, ringStyle('hovered', 1)));
  return svgNode('g', { class: 'scatter-points', 'clip-path': 'url(#scatter-points-clip)' }, children);
}
