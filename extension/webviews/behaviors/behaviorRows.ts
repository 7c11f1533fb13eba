// The class and subgroup rows of the Behaviors table, built from a comparison and sorted, filtered and
// scaled on the client (there are at most a few hundred). Pure, tested.
import type { BehaviorComparison, BehaviorStats } from '../../../protocol/generated/contract';
import { cellValue, comparisonMetric, type MetricKey } from './comparisonMetrics';

export interface GroupRow {
  /** Stable across sorts: "class:3", "subgroup:age=young". */
  key: string;
  label: string;
  count: number;
  stats: Record<string, BehaviorStats>;
}

export interface RowSort {
  modelId: string;
  descending: boolean;
}

export function classRows(comparison: BehaviorComparison): GroupRow[] {
  return comparison.classes.map((c) => ({ key: `class:${c.index}`, label: c.class, count: c.count, stats: c.models }));
}

export function subgroupRows(comparison: BehaviorComparison): GroupRow[] {
  return comparison.subgroups.map((s) => ({ key: `subgroup:${s.attribute}=${s.value}`, label: `${s.attribute} = ${s.value}`, count: s.count, stats: s.models }));
}

/** The class index of a class row's key ("class:7" → 7); null for any other row. */
export function classOfRowKey(key: string): number | null {
  const match = /^class:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** Rows whose label contains the search text, ignoring case. */
export function searchRows(rows: readonly GroupRow[], search: string): GroupRow[] {
  const needle = search.trim().toLowerCase();
  return needle ? rows.filter((r) => r.label.toLowerCase().includes(needle)) : [...rows];
}

/** Sorted by one model's value (absolute or relative to the base); rows without a value go last either way; ties keep their order. */
export function sortRows(rows: readonly GroupRow[], sort: RowSort | null, metric: MetricKey, relative: boolean, base: string): GroupRow[] {
  if (!sort) return [...rows];
  const value = (r: GroupRow) => cellValue(r.stats[sort.modelId], r.stats[base], metric, relative);
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      return (sort.descending ? b.v - a.v : a.v - b.v) || a.i - b.i;
    })
    .map((x) => x.row);
}

/** The first click on a header sorts worst first: the rows compression hurts most come to the top. */
export function nextSort(current: RowSort | null, modelId: string, metric: MetricKey): RowSort {
  if (current?.modelId === modelId) return { modelId, descending: !current.descending };
  return { modelId, descending: comparisonMetric(metric).better === 'lower' };
}

/** Column scale for the sparkline bars: [0, 1] for fractions, [0, max] otherwise, symmetric around 0 when relative. */
export function barDomain(values: readonly (number | null)[], fraction: boolean, relative: boolean): [number, number] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (relative) {
    const m = Math.max(1e-9, ...finite.map(Math.abs));
    return [-m, m];
  }
  if (fraction) return [0, 1];
  return [Math.min(0, ...finite), Math.max(1e-9, ...finite)];
}

/** Left edge and width of a bar in percent of the cell, drawn from 0 (or the domain's low end) to the value. */
export function barGeometry(value: number | null, [lo, hi]: [number, number]): { left: number; width: number } {
  if (value === null || hi <= lo) return { left: 0, width: 0 };
  const at = (v: number) => ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * 100;
  const zero = at(Math.max(lo, Math.min(hi, 0)));
  const end = at(value);
  return { left: Math.min(zero, end), width: Math.abs(end - zero) };
}
