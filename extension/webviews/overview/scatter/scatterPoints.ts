// The models the scatterplot can place: both chosen metrics recorded as finite numbers. Pure, tested.
import type { ModelSummary } from '../../../../protocol/generated/contract';
import type { ScatterPoint } from './paretoFront';

export interface PlacedModels {
  points: ScatterPoint[];
  /** Models that lack a value on either axis; the pane says how many are not shown. */
  unplaced: number;
}

export function placeModels(models: readonly Pick<ModelSummary, 'id' | 'metrics'>[], x: string | null, y: string | null): PlacedModels {
  const points: ScatterPoint[] = [];
  const seen = new Set<string>();
  let unplaced = 0;
  for (const m of models) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const vx = x === null ? undefined : m.metrics?.[x];
    const vy = y === null ? undefined : m.metrics?.[y];
    if (typeof vx === 'number' && Number.isFinite(vx) && typeof vy === 'number' && Number.isFinite(vy)) points.push({ id: m.id, x: vx, y: vy });
    else unplaced++;
  }
  return { points, unplaced };
}
