// The whole Model Map as SVG, redrawn from the scene the canvas paints (mapScene.ts) rather than a raster: tapered
// edges with their parent-to-child gradients, discs (hollow and dashed without a colour value, faded outside the
// Filter's budgets), selection rings and labels, at the layout's own scale. Pure: the scene and theme colours are
// already concrete, so it is tested without a DOM.
import { svgNode, type SvgNode } from '../../shared/export/svgText';
import { edgeOutline, type MapScene } from './mapScene';
import type { MapTheme } from './mapTheme';

/** What the map draws: its scene, theme, selection and the models the Filter allows (null: all). */
export interface MapDrawing {
  scene: MapScene;
  theme: MapTheme;
  selected: ReadonlySet<string>;
  allowed: ReadonlySet<string> | null;
}

/** As on the canvas (mapPainter.ts): faded discs and edges, and the edges' own opacity. */
const FILTERED_ALPHA = 0.18;
const EDGE_ALPHA = 0.85;
const MARGIN = 24;
const round = (v: number) => Math.round(v * 100) / 100;

function points(outline: readonly number[]): string {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < outline.length; i += 2) pairs.push(`${round(outline[i])},${round(outline[i + 1])}`);
  return pairs.join(' ');
}

export function mapSvg({ scene, theme, selected, allowed }: MapDrawing): { node: SvgNode; width: number; height: number } {
  const isAllowed = (i: number) => allowed === null || allowed.has(scene.nodes[i].id);
  const gradients: SvgNode[] = [];
  const edges = scene.edges.map((edge, i) => {
    let fill = edge.fromColor;
    if (edge.fromColor !== edge.toColor) {
      gradients.push(svgNode('linearGradient', { id: `edge-${i}`, gradientUnits: 'userSpaceOnUse', x1: round(edge.x0), y1: round(edge.y0), x2: round(edge.x1), y2: round(edge.y1) },
        [svgNode('stop', { offset: 0, 'stop-color': edge.fromColor }), svgNode('stop', { offset: 1, 'stop-color': edge.toColor })]));
      fill = `url(#edge-${i})`;
    }
    const dimmed = !isAllowed(edge.source) || !isAllowed(edge.target);
    return svgNode('polygon', { points: points(edgeOutline(scene, edge)), fill, opacity: dimmed ? FILTERED_ALPHA : EDGE_ALPHA });
  });
  const discs = scene.nodes.flatMap((n, i) => {
    const faded = !isAllowed(i);
    const outline: Record<string, string | number> = n.missing ? { stroke: theme.muted, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }
      : theme.contrastBorder ? { stroke: theme.contrastBorder, 'stroke-width': 1 } : { stroke: theme.background, 'stroke-width': 2 };
    const disc = svgNode('circle', { cx: round(n.x), cy: round(n.y), r: round(n.r), fill: n.fill, ...outline, ...(faded ? { opacity: FILTERED_ALPHA } : {}) },
      [svgNode('title', {}, [n.description || n.id])]);
    // An opaque backing keeps the edge ends from showing through a faded disc, as on the canvas.
    return faded ? [svgNode('circle', { cx: round(n.x), cy: round(n.y), r: round(n.r), fill: theme.background }), disc] : [disc];
  });
  const rings = scene.nodes.filter((n) => selected.has(n.id))
    .map((n) => svgNode('circle', { cx: round(n.x), cy: round(n.y), r: round(n.r + 3), fill: 'none', stroke: theme.accent, 'stroke-width': 2.5 }));
  const labels = scene.nodes.map((n, i) => {
    const y = n.y + n.r;
    const lines = [svgNode('text', { x: round(n.x), y: round(y + 13), 'font-size': 11, ...(selected.has(n.id) ? { 'font-weight': 600 } : {}), fill: theme.foreground }, [n.label])];
    if (n.value) lines.push(svgNode('text', { x: round(n.x), y: round(y + 26), 'font-size': 10, fill: theme.muted }, [n.value]));
    return svgNode('g', isAllowed(i) ? {} : { opacity: FILTERED_ALPHA * 2 }, lines);
  });
  const width = Math.ceil(scene.width + 2 * MARGIN);
  const height = Math.ceil(scene.height + 2 * MARGIN);
  // A halo of background colour keeps text legible where it crosses an edge (paint-order draws the stroke first).
  const labelStyle = { 'text-anchor': 'middle', 'font-family': theme.fontFamily, stroke: theme.background, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  const node = svgNode('g', { class: 'model-map', transform: `translate(${MARGIN},${MARGIN})` }, [
    svgNode('defs', {}, gradients),
    svgNode('g', { class: 'edges' }, edges),
    svgNode('g', { class: 'nodes' }, discs),
    svgNode('g', { class: 'selection' }, rings),
    svgNode('g', { class: 'labels', ...labelStyle }, labels),
  ]);
  return { node, width, height };
}
