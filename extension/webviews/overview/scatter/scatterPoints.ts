// The models the scatterplot can place: both chosen metrics recorded as finite numbers. Pure, tested.
import type { ModelSummary } from '../../../../protocol/generated/contract';
import type { PlacedPoint } from './paintPoints';

export interface PlacedModels {
  points: PlottedPoint[];
  /** Models that lack a value on either axis; the pane says how many are not shown. */
  unplaced: number;
  /** Puts every point on screen through the axes' scales (CSS px), in place: each draw calls it. */
  place(x: (value: number) => number, y: (value: number) => number): void;
}

/**
 * Every point's values and screen position, one slot per point. At 100,000 models an object per point with four
 * numbers of its own cost the first paint hundreds of thousands of allocations, and every zoom frame as many again.
 */
interface PointColumns {
  models: Pick<ModelSummary, 'id' | 'metrics'>[];
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
    return this.columns.models[this.i].id;
  }

  /** The model the point stands for: its fill and radius read its metrics without a lookup by id. */
  get model(): Pick<ModelSummary, 'id' | 'metrics'> {
    return this.columns.models[this.i];
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
  const placed: Pick<ModelSummary, 'id' | 'metrics'>[] = [];
  const [xs, ys]: number[][] = [[], []];
  // At 100,000 models a Set of every id cost the first paint tens of milliseconds the summary's links save.
  const seen = firstModel?.length === models.length ? null : new Set<string>();
  let unplaced = 0;
  for (let i = 0; i < models.length; i++) {
    const m = models[i];
    if (seen ? seen.has(m.id) : firstModel![i] === 0) continue;
    seen?.add(m.id);
    const vx = x === null ? undefined : m.metrics?.[x];
    const vy = y === null ? undefined : m.metrics?.[y];
    if (typeof vx === 'number' && Number.isFinite(vx) && typeof vy === 'number' && Number.isFinite(vy)) {
      placed.push(m);
      xs.push(vx);
      ys.push(vy);
    } else unplaced++;
  }
  const n = placed.length;
  const columns: PointColumns = { models: placed, xs: Float64Array.from(xs), ys: Float64Array.from(ys), pxs: new Float64Array(n), pys: new Float64Array(n) };
  return {
    points: Array.from({ length: n }, (_, i) => new PlottedPoint(columns, i)),
    unplaced,
    place: (fx, fy) => {
      for (let i = 0; i < n; i++) {
        columns.pxs[i] = fx(columns.xs[i]);
        columns.pys[i] = fy(columns.ys[i]);
      }
    },
  };
}
