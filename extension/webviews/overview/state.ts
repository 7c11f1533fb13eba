// What the panel remembers across hide/show and window reloads (via vscode.setState), and the pure
// rules for carrying it over to a new spec.
import type { MetricDefinition } from '../../../protocol/generated/contract';
import type { Arrangement } from './arrangeByStep';
import { EMPTY_DETAILS_STATE, parseDetailsState, type DetailsState } from './details/detailsState';
import type { MetricFilter } from './filter/allowedModels';
import { DEFAULT_SPLIT, parseSplit, type PaneSplit } from './paneSplit';
import type { Direction } from './scatter/metricDirection';

export interface MapState {
  selected: string[];
  /** Name of the metric that colours the nodes; null until a spec with metrics has been seen. */
  colorMetric: string | null;
  /** Columns by operation (the default) or by step from the base. */
  arrangement: Arrangement;
  /** Name of the metric bound to node area; null for uniform nodes (the default). */
  sizeMetric: string | null;
  /** Scatterplot axes; null until chosen, then kept even while a live edit drops the metric. */
  scatterX: string | null;
  scatterY: string | null;
  /** Directions the user flipped, by metric name; other metrics use the name/unit guess. */
  directions: Record<string, Direction>;
  /** Budgets, in the order they were added; at most one per metric. */
  filters: MetricFilter[];
  /** Where the user dragged the dividers between the panes. */
  split: PaneSplit;
  /** Selection Details' own choices (refined variables, table sort), parsed by that view. */
  details: DetailsState;
}

export const EMPTY_STATE: MapState = {
  selected: [],
  colorMetric: null,
  arrangement: 'operation',
  sizeMetric: null,
  scatterX: null,
  scatterY: null,
  directions: {},
  filters: [],
  split: DEFAULT_SPLIT,
  details: EMPTY_DETAILS_STATE,
};

/** getState() returns whatever an older build stored, so accept only what still makes sense. */
export function parseState(raw: unknown): MapState {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY_STATE, directions: {}, filters: [], split: { ...DEFAULT_SPLIT } };
  const value = raw as Record<string, unknown>;
  const selected = Array.isArray(value.selected) ? value.selected.filter((v): v is string => typeof v === 'string') : [];
  const colorMetric = typeof value.colorMetric === 'string' ? value.colorMetric : null;
  const arrangement = value.arrangement === 'step' ? 'step' : 'operation';
  const sizeMetric = typeof value.sizeMetric === 'string' ? value.sizeMetric : null;
  const scatterX = typeof value.scatterX === 'string' ? value.scatterX : null;
  const scatterY = typeof value.scatterY === 'string' ? value.scatterY : null;
  return {
    selected: [...new Set(selected)],
    colorMetric,
    arrangement,
    sizeMetric,
    scatterX,
    scatterY,
    directions: parseDirections(value.directions),
    filters: parseFilters(value.filters),
    split: parseSplit(value.split),
    details: parseDetailsState(value.details),
  };
}

function parseDirections(raw: unknown): Record<string, Direction> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const directions: Record<string, Direction> = {};
  for (const [name, d] of Object.entries(raw)) if (d === 'lower' || d === 'higher') directions[name] = d;
  return directions;
}

/** One filter per metric (the first wins); a range must be two finite numbers, swapped if reversed. */
function parseFilters(raw: unknown): MetricFilter[] {
  if (!Array.isArray(raw)) return [];
  const filters: MetricFilter[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const { metric, range } = item as Record<string, unknown>;
    if (typeof metric !== 'string' || filters.some((f) => f.metric === metric)) continue;
    const valid = Array.isArray(range) && range.length === 2 && range.every((v) => typeof v === 'number' && Number.isFinite(v));
    const [lo, hi] = valid ? (range as [number, number]) : [0, 0];
    filters.push({ metric, range: valid ? [Math.min(lo, hi), Math.max(lo, hi)] : null });
  }
  return filters;
}

/** Keeps the selected ids that still exist, in their selection order. */
export function reconcileSelection(selected: readonly string[], nodes: readonly { id: string }[]): string[] {
  // One pass over the nodes against the (few) selected ids: a set of every node's id cost each spec message at
  // 100,000 models an allocation the size of the map.
  if (selected.length === 0) return [];
  const wanted = new Set(selected);
  const present = new Set<string>();
  for (const n of nodes) if (wanted.has(n.id)) present.add(n.id);
  return selected.filter((id) => present.has(id));
}

/** The previous choice while the spec still declares it, else the first primary metric, else the first. */
export function chooseColorMetric(metrics: readonly MetricDefinition[], previous: string | null): string | null {
  if (previous !== null && metrics.some((m) => m.name === previous)) return previous;
  return (metrics.find((m) => m.primary) ?? metrics[0])?.name ?? null;
}

/** The size metric only while the spec still declares it; unlike colour, no size is a fine default. */
export function chooseSizeMetric(metrics: readonly MetricDefinition[], previous: string | null): string | null {
  return previous !== null && metrics.some((m) => m.name === previous) ? previous : null;
}

/** Plain click selects only `id`; a modifier click adds or removes it. */
export function clickSelection(selected: readonly string[], id: string, toggle: boolean): string[] {
  if (!toggle) return [id];
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
