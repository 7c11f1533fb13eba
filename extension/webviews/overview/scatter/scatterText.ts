// What the scatterplot says about itself (its note, its label for screen readers, why it is empty, a
// point read out on keyboard focus) and its hit index. Split from renderScatter.ts, which draws.
import { quadtree, type Quadtree, type ScaleLinear } from 'd3';
import type { MetricDefinition, ModelSummary } from '../../../../protocol/generated/contract';
import { formatMetric } from '../../../shared/formatMetric';
import { displayLabel } from '../describeModel';
import type { PlacedPoint } from './paintPoints';

interface PlotAxes {
  summary: { models: readonly unknown[] };
  x: MetricDefinition | null;
  y: MetricDefinition | null;
}

/** The header's note, the canvas's accessible label, and the empty-state text (null when there are points). */
export function plotText(content: PlotAxes, placed: number, unplaced: number, front: number): { note: string; label: string; empty: string | null } {
  const parts = [`${placed} ${placed === 1 ? 'model' : 'models'}`];
  if (unplaced > 0) parts.push(`${unplaced} without both values`);
  if (placed > 0) parts.push(`${front} on the front`);
  const label = content.x && content.y ? `Scatterplot of ${placed} models, ${content.y.name} against ${content.x.name}; ${front} on the Pareto front.` : 'Scatterplot with no metrics to plot.';
  return { note: parts.join(' · '), label, empty: emptyReason(content, placed) };
}

function emptyReason(content: PlotAxes, placed: number): string | null {
  if (content.summary.models.length === 0) return null; // the map already explains an empty spec
  if (!content.x || !content.y) return 'Declare metrics in the spec\'s "metrics" list to plot models against them.';
  if (placed === 0) return `No model records both ${content.x.name} and ${content.y.name}. Pick other metrics above, or add the values to the spec.`;
  return null;
}

/** A point as the live region reads it when the arrow keys land on it. */
export function describePoint(model: ModelSummary, axes: Pick<PlotAxes, 'x' | 'y'>, selected: boolean): string {
  const value = (metric: MetricDefinition | null) => (metric ? `${metric.name} ${formatMetric(model.metrics?.[metric.name], metric)}` : '');
  return `${displayLabel(model)}: ${[value(axes.x), value(axes.y)].filter(Boolean).join(', ')}${selected ? ', selected' : ''}`;
}

/**
 * Quadtrees of the points drawn inside the plot (plus `pad`): zoomed in, points off the plot are
 * clipped away and must not catch the pointer over the axes. `isAllowed` null: every point is allowed.
 */
export function hitIndex(
  placed: readonly PlacedPoint[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  pad: number,
  isAllowed: ((id: string) => boolean) | null,
): { all: Quadtree<PlacedPoint>; allowed: Quadtree<PlacedPoint> } {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const shown = placed.filter((p) => p.px >= left - pad && p.px <= right + pad && p.py >= top - pad && p.py <= bottom + pad);
  const tree = (subset: PlacedPoint[]) =>
    quadtree<PlacedPoint>()
      .x((d) => d.px)
      .y((d) => d.py)
      .addAll(subset);
  const all = tree(shown);
  return { all, allowed: isAllowed ? tree(shown.filter((p) => isAllowed(p.id))) : all };
}
