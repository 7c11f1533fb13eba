// The models the scatterplot can place: both chosen metrics recorded as finite numbers. Pure, tested.
import type { ModelSummary } from '../../../../protocol/generated/contract';
import type { PlacedPoint } from './paintPoints';
import { metricValues } from '../metricValues';

export interface PlacedModels {
  points: PlottedPoint[];
  /** The points' values on each axis, point i at [i]. */
  xs: Float64Array;
  ys: Float64Array;
  /** Models that lack a value on either axis; the pane says how many are not shown. */
  unplaced: number;
  /** Puts every point on screen through the axes' scales (CSS px), in place: each draw calls it. */
  place(x: AxisScale, y: AxisScale): void;
}

/** A value-to-pixel map; d3's linear scales (zoomed or not) are read as their two stops rather than called per point. */
export type AxisScale = ((value: number) => number) & Partial<{ domain(): number[]; range(): number[]; clamp(): boolean }>;

/**
 * Pixel i of `values` through `scale`, into `out`. A linear scale of two stops maps v to r0 (1 - t) + r1 t with
 * t = (v - d0) / (d1 - d0), as d3 computes it; calling the scale per point cost ~25 ms a frame at 100,000 points.
 */
function placeAll(values: Float64Array, scale: AxisScale, out: Float64Array): void {
  const [domain, range] = [scale.domain?.(), scale.range?.()];
  if (domain?.length !== 2 || range?.length !== 2 || scale.clamp?.() !== false) {
    for (let i = 0; i < values.length; i++) out[i] = scale(values[i]);
    return;
  }
  const [d0, d1] = domain;
  const [r0, r1] = range;
  for (let i = 0; i < values.length; i++) {
    const t = d1 === d0 ? 0.5 : (values[i] - d0) / (d1 - d0);
    out[i] = r0 * (1 - t) + r1 * t;
  }
}

/**
 * Every point's model, values and screen position, one slot per point. At 100,000 models an object per point with
 * four numbers of its own cost the first paint hundreds of thousands of allocations, and every zoom frame as many again.
 */
interface PointColumns {
  models: readonly Pick<ModelSummary, 'id' | 'metrics'>[];
  /** The point's model's index in `models`. */
  at: Int32Array;
  xs: Float64Array;
  ys: Float64Array;
  pxs: Float64Array;
  pys: Float64Array;
}

/** One point: reads its slot, so a draw moves it without making it anew. */
export class PlottedPoint implements PlacedPoint {
  constructor(
    private readonly columns: PointColumns,
    private readonly i: number,
  ) {}

  get id(): string {
    return this.columns.models[this.columns.at[this.i]].id;
  }

  /** Its model's index among the models placed, where a metric's column (metricValues) holds its values. */
  get modelIndex(): number {
    return this.columns.at[this.i];
  }

  get x(): number {
    return this.columns.xs[this.i];
  }

  get y(): number {
    return this.columns.ys[this.i];
  }

  get px(): number {
    return this.columns.pxs[this.i];
  }

  get py(): number {
    return this.columns.pys[this.i];
  }
}

/** `firstModel[i]` (summaryLinks) says whether model i is the first with its id; without it a Set of ids is kept. */
export function placeModels(models: readonly Pick<ModelSummary, 'id' | 'metrics'>[], x: string | null, y: string | null, firstModel?: Uint8Array): PlacedModels {
  const [xv, yv] = [x === null ? null : metricValues(models, x), y === null ? null : metricValues(models, y)];
  const at = new Int32Array(models.length);
  const [xs, ys] = [new Float64Array(models.length), new Float64Array(models.length)];
  // At 100,000 models a Set of every id cost the first paint tens of milliseconds the summary's links save.
  const seen = firstModel?.length === models.length ? null : new Set<string>();
  let [n, unplaced] = [0, 0];
  for (let i = 0; i < models.length; i++) {
    if (seen ? seen.has(models[i].id) : firstModel![i] === 0) continue;
    seen?.add(models[i].id);
    // The columns hold finite numbers or NaN.
    const vx = xv ? xv[i] : NaN;
    const vy = yv ? yv[i] : NaN;
    if (Number.isNaN(vx) || Number.isNaN(vy)) {
      unplaced++;
      continue;
    }
    at[n] = i;
    xs[n] = vx;
    ys[n] = vy;
    n++;
  }
  const columns: PointColumns = { models, at: at.subarray(0, n), xs: xs.subarray(0, n), ys: ys.subarray(0, n), pxs: new Float64Array(n), pys: new Float64Array(n) };
  return {
    points: Array.from({ length: n }, (_, i) => new PlottedPoint(columns, i)),
    xs: columns.xs,
    ys: columns.ys,
    unplaced,
    place: (fx, fy) => {
      placeAll(columns.xs, fx, columns.pxs);
      placeAll(columns.ys, fy, columns.pys);
    },
  };
}
