// What the Layers panel remembers across hide/show and window reloads (vscode.setState): base, what the
// cells show, sort, ranking scope, expanded modules, name filter (and whether it is a regular expression),
// activation sample size. getState() may hold what an
// older build stored.
import { MAX_ACTIVATION_INSTANCES, MIN_ACTIVATION_INSTANCES } from '../../../protocol/layersWebview';
import type { SortMetric, StatsSource } from './layerTree';
import { RANK_SCOPES, type RankScope } from './moduleRanking';

export type CellMode = 'sparsity' | 'weights' | 'change' | 'activations';

export const CELL_MODES: readonly { value: CellMode; label: string }[] = [
  { value: 'sparsity', label: 'Sparsity' },
  { value: 'weights', label: 'Weights' },
  { value: 'change', label: 'Change' },
  { value: 'activations', label: 'Activations' },
];

/** Dataset instances the models run on for activations unless the user picks another number (the default). */
export const DEFAULT_SAMPLE_SIZE = 64;

export const SORT_METRICS: readonly { value: SortMetric; label: string }[] = [
  { value: 'sparsity', label: 'sparsity' },
  { value: 'relL2', label: 'relative L2 change' },
  { value: 'changed', label: 'changed fraction' },
  { value: 'zeroOnlyHere', label: 'zero only in this model' },
];

/** A sort by a model's name (not its column index, which moves when the base changes). */
export interface StoredSort {
  model: string;
  metric: SortMetric;
  descending: boolean;
}

export interface LayersState {
  /** The base the user chose; null follows the host's default. */
  base: string | null;
  cells: CellMode;
  /** What a click on a model's header sorts by. */
  sortMetric: SortMetric;
  sort: StoredSort | null;
  /** Whether the sort ranks siblings within each parent or every module of the model in one list. */
  rank: RankScope;
  /** Open modules; null until a result first shows (then the top level opens). */
  expanded: string[] | null;
  filter: string;
  /** The filter is a regular expression (the ".*" toggle), not plain text. */
  filterRegex: boolean;
  unmatchedOpen: boolean;
  /** Dataset instances Activations runs the models on. */
  sampleSize: number;
}

export const DEFAULT_STATE: LayersState = {
  base: null, cells: 'sparsity', sortMetric: 'sparsity', sort: null, rank: 'parent', expanded: null, filter: '', filterRegex: false, unmatchedOpen: false,
  sampleSize: DEFAULT_SAMPLE_SIZE,
};

const MAX_EXPANDED = 100_000;

const isMetric = (v: unknown): v is SortMetric => SORT_METRICS.some((m) => m.value === v);

export function parseLayersState(raw: unknown): LayersState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_STATE };
  const v = raw as Record<string, unknown>;
  const sort = typeof v.sort === 'object' && v.sort !== null ? (v.sort as Record<string, unknown>) : null;
  return {
    base: typeof v.base === 'string' && v.base.length > 0 ? v.base : null,
    cells: CELL_MODES.find((m) => m.value === v.cells)?.value ?? DEFAULT_STATE.cells,
    sortMetric: isMetric(v.sortMetric) ? v.sortMetric : DEFAULT_STATE.sortMetric,
    sort: sort && typeof sort.model === 'string' && sort.model.length > 0 && isMetric(sort.metric)
      ? { model: sort.model, metric: sort.metric, descending: sort.descending === true } : null,
    rank: RANK_SCOPES.find((r) => r.value === v.rank)?.value ?? DEFAULT_STATE.rank,
    expanded: Array.isArray(v.expanded) && v.expanded.length <= MAX_EXPANDED
      ? v.expanded.filter((k): k is string => typeof k === 'string') : null,
    filter: typeof v.filter === 'string' ? v.filter.slice(0, 200) : '',
    filterRegex: v.filterRegex === true,
    unmatchedOpen: v.unmatchedOpen === true,
    sampleSize: typeof v.sampleSize === 'number' ? parseSampleSize(String(v.sampleSize)) ?? DEFAULT_SAMPLE_SIZE : DEFAULT_SAMPLE_SIZE,
  };
}

/** The sample size typed in the number input: a whole number in bounds, else null (the input is then marked invalid). */
export function parseSampleSize(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MIN_ACTIVATION_INSTANCES && n <= MAX_ACTIVATION_INSTANCES ? n : null;
}

/** Whose statistics a cell mode shows and sorts by. */
export function sourceOfCells(cells: CellMode): StatsSource {
  return cells === 'activations' ? 'activations' : 'weights';
}

/**
 * A click on a model's header: the first sorts descending (most sparse / most changed first, the
 * question users ask), a second click on the same model and metric flips it, a third clears the sort.
 */
export function nextSort(current: StoredSort | null, model: string, metric: SortMetric): StoredSort | null {
  if (!current || current.model !== model || current.metric !== metric) return { model, metric, descending: true };
  return current.descending ? { ...current, descending: false } : null;
}

/** The metric a cell mode naturally sorts by, chosen when the user switches what the cells show. */
export function metricForCells(cells: CellMode): SortMetric {
  // A compressed model changes nearly every activation a little, so the changed fraction is ~100% everywhere
  // and relL2 is what tells modules apart.
  return cells === 'sparsity' ? 'sparsity' : cells === 'change' || cells === 'activations' ? 'relL2' : 'changed';
}
