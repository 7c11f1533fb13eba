// What the header of each model column summarises: the rows the filters leave, not the whole dataset. Class and
// subgroup rows carry their statistics, so a search or a class filter is summarised exactly by merging the rows it
// keeps; the instance filters the backend applies (changed predictions, text search) have no statistics on this side,
// and the header then says that its numbers are over every instance. Pure, tested.
import type { BehaviorStats } from '../../../protocol/generated/contract';
import type { GroupRow } from './behaviorRows';

export interface HeaderSummary {
  /** The first column's header: "Class · 3 of 10", "Instance · 1,234 of 10,000". */
  firstColumn: string;
  /** Each model's statistics over the rows shown (the overall ones when the filter cannot be summarised here). */
  stats: Record<string, BehaviorStats | undefined>;
  /** What the summary numbers are over, for the header's tooltip and a note under the numbers. */
  over: string;
}

/** Means weighted by instance count; sums of counts; the relative error change recomputed from the merged errors. */
const MEANS = ['accuracy', 'agreement', 'meanKl', 'meanConfidence', 'meanCosine', 'meanMse', 'meanRelativeL2', 'labelMse'] as const;

export function mergeStats(parts: readonly (BehaviorStats | undefined)[]): BehaviorStats | undefined {
  const present = parts.filter((p): p is BehaviorStats => p !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  const count = present.reduce((n, p) => n + p.count, 0);
  const merged: BehaviorStats = {
    count,
    errors: present.reduce((n, p) => n + p.errors, 0),
    fixed: present.reduce((n, p) => n + p.fixed, 0),
    broken: present.reduce((n, p) => n + p.broken, 0),
  };
  for (const key of MEANS) {
    // A mean missing from any part would bias the merge towards the others: leave it out instead.
    if (present.some((p) => typeof p[key] !== 'number')) continue;
    merged[key] = count > 0 ? present.reduce((sum, p) => sum + (p[key] as number) * p.count, 0) / count : null;
  }
  return merged;
}

/** The relative error change of merged statistics against the base's, as the backend defines it (BehaviorAggregator). */
function relativeErrorChange(stats: BehaviorStats, base: BehaviorStats): number | null {
  return base.errors > 0 ? (stats.errors - base.errors) / base.errors : stats.errors === 0 ? 0 : null;
}

const instances = (n: number) => `${n.toLocaleString('en-US')} instance${n === 1 ? '' : 's'}`;

/** Class or subgroup rows: the rows the search keeps, merged. */
export function groupHeaderSummary(kind: 'Class' | 'Subgroup', all: readonly GroupRow[], shown: readonly GroupRow[], models: readonly string[],
  base: string, overall: Record<string, BehaviorStats>): HeaderSummary {
  const filtered = shown.length !== all.length;
  const firstColumn = filtered ? `${kind} · ${shown.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')}` : `${kind} · ${all.length.toLocaleString('en-US')}`;
  if (!filtered) return { firstColumn, stats: { ...overall }, over: 'all instances' };
  const merged = Object.fromEntries(models.map((id) => [id, mergeStats(shown.map((r) => r.stats[id]))]));
  const baseStats = merged[base];
  for (const id of models) {
    const stats = merged[id];
    // Unlabelled data has no error change in any row; the merge keeps it absent.
    if (stats && baseStats && shown.every((r) => typeof r.stats[id]?.relativeErrorChange === 'number'))
      merged[id] = { ...stats, relativeErrorChange: relativeErrorChange(stats, baseStats) };
  }
  return { firstColumn, stats: merged, over: `the ${instances(shown.reduce((n, r) => n + r.count, 0))} of the rows shown` };
}

/**
 * Instance rows: the count the backend reports for the filters; the class filter's statistics are its class row's,
 * any other filter's are not known here, so the overall ones stay and `over` says so.
 */
export function instanceHeaderSummary(shown: number | null, total: number, classRow: GroupRow | undefined, otherFilters: boolean,
  overall: Record<string, BehaviorStats>): HeaderSummary {
  const count = shown === null ? '…' : shown.toLocaleString('en-US');
  const firstColumn = shown === total && !classRow && !otherFilters ? `Instance · ${count}` : `Instance · ${count} of ${total.toLocaleString('en-US')}`;
  if (classRow && !otherFilters) return { firstColumn, stats: { ...classRow.stats }, over: `class ${classRow.label} (${instances(classRow.count)})` };
  return { firstColumn, stats: { ...overall }, over: otherFilters ? 'all instances (the change and search filters are not summarised)' : 'all instances' };
}
