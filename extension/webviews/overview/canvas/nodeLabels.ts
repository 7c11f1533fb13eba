// The parameter label beside each model on the map ("50%", "int8": what sets it apart from its siblings,
// computed by the backend with the layout). Drawn in screen space above the model's incoming edge, right
// against the model, like a label on the step that made it; a label that would run past the edge's bend,
// or into the text of the row above, is left out rather than cut or overlapped.
import { COLUMN_WIDTH, type View } from './mapGeometry';
import type { MapScene, SceneNode } from './mapScene';
import type { MapTheme } from './mapTheme';

/** Gap (CSS px) between the label and the disc, and between the label and the edge's bend. */
const GAP = 6;
/** Where an edge turns off its trunk, in world units past the trunk (mapGeometry's corner radius). */
const BEND = 10;
/** Baseline height above the model's centre: clear of the incoming edge's upper side. */
const BASELINE = 5;
/** Font size in CSS px; its text reaches about this high above the baseline. */
const FONT_SIZE = 10;
/** How far below its disc the row above draws its own text: the name's baseline at 13 px, the value's at 26 px, plus descent. */
const NAME_BELOW_DISC = 16;
const VALUE_BELOW_DISC = 29;

/** Widths of label texts for one font, kept across frames: sweeps repeat the same few labels. */
const widths = new Map<string, number>();
let widthFont = '';

/**
 * Paints the labels of the `visible` nodes that fit, with the context in CSS-pixel screen space, and records how
 * many it drew on the canvas (`data-parameter-label-count`) for tests and tools that cannot read a canvas.
 */
export function paintParameterLabels(
  ctx: CanvasRenderingContext2D,
  scene: MapScene,
  theme: MapTheme,
  view: View,
  visible: readonly number[],
  alphaOf: (i: number) => number,
): number {
  let drawn = 0;
  // Rows too close together: the label would run into the text the row above draws under its discs.
  const { radius, values } = rowsAbove(scene, visible);
  const roomy = scene.rowHeight * view.k - (BASELINE + FONT_SIZE) >= radius * view.k + (values ? VALUE_BELOW_DISC : NAME_BELOW_DISC);
  if (roomy) {
    const font = `${FONT_SIZE}px ${theme.fontFamily}`;
    if (font !== widthFont) {
      widths.clear();
      widthFont = font;
    }
    ctx.font = font;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'alphabetic';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.background;
    ctx.fillStyle = theme.muted;
    for (const i of visible) {
      const n = scene.nodes[i];
      const text = n.parameterLabel;
      if (!text) continue;
      const right = view.x + n.x * view.k - n.r * view.k - GAP;
      const room = right - (view.x + edgeStart(scene, n) * view.k + GAP);
      if (widthOf(ctx, text) > room) continue;
      const baseline = view.y + n.y * view.k - BASELINE;
      ctx.globalAlpha = alphaOf(i);
      // A halo of background colour keeps the text legible where it crosses a trunk.
      ctx.strokeText(text, right, baseline);
      ctx.fillText(text, right, baseline);
      drawn++;
    }
    ctx.globalAlpha = 1;
  }
  ctx.canvas.dataset.parameterLabelCount = String(drawn);
  return drawn;
}

/** World x where the straight run of the model's incoming edge begins: the parent's disc, or the bend off its trunk. */
function edgeStart(scene: MapScene, n: SceneNode): number {
  const p = n.parent === null ? undefined : scene.indexOf.get(n.parent);
  if (p === undefined) return n.x - COLUMN_WIDTH / 2;
  const parent = scene.nodes[p];
  return parent.row === n.row ? parent.x + parent.r : parent.x + COLUMN_WIDTH / 2 + BEND;
}

/** The largest disc on screen, and whether discs show a second text line (the colour metric's value). */
function rowsAbove(scene: MapScene, visible: readonly number[]): { radius: number; values: boolean } {
  let radius = 0;
  let values = false;
  for (const i of visible) {
    radius = Math.max(radius, scene.nodes[i].r);
    values ||= scene.nodes[i].value !== '';
  }
  return { radius, values };
}

function widthOf(ctx: CanvasRenderingContext2D, text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = ctx.measureText(text).width;
    widths.set(text, width);
  }
  return width;
}
