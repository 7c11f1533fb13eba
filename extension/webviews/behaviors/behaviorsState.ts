// What the Behaviors panel remembers across hide/show and window reloads (vscode.setState): base, rows
// kind, metric, relative toggle, sort and filters. getState() may hold what an older build stored.
import { INSTANCE_CHANGES, type InstanceChange } from '../../../protocol/behaviorsWebview';
import { MULTILABEL_METRICS, TEXT_METRICS, VECTOR_METRICS, type MetricKey } from './comparisonMetrics';
import type { RowSort } from './behaviorRows';

export type RowsKind = 'classes' | 'subgroups' | 'instances';
export type { InstanceChange };

export interface BehaviorsState {
  /** The base the user chose; null follows the host's default. */
  base: string | null;
  rows: RowsKind;
  metric: MetricKey;
  relative: boolean;
  sort: RowSort | null;
  /** Class-name (or subgroup) search. */
  search: string;
  /** Instance rows: which change relative to the base to keep, and for which model. */
  change: InstanceChange;
  changeModel: string | null;
  /** Instance rows: only this true class (set by clicking a class row); null keeps every class. */
  classIndex: number | null;
}

export const DEFAULT_STATE: BehaviorsState = {
  base: null, rows: 'classes', metric: 'accuracy', relative: false, sort: null, search: '', change: 'all', changeModel: null, classIndex: null,
};

export function parseBehaviorsState(raw: unknown): BehaviorsState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_STATE };
  const v = raw as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' && x.length > 0 ? x : null);
  const sort = typeof v.sort === 'object' && v.sort !== null ? (v.sort as Record<string, unknown>) : null;
  return {
    base: str(v.base),
    rows: v.rows === 'subgroups' || v.rows === 'instances' ? v.rows : 'classes',
    metric: [...MULTILABEL_METRICS, ...VECTOR_METRICS, ...TEXT_METRICS].find((m) => m.key === v.metric)?.key ?? 'accuracy',
    relative: v.relative === true,
    sort: sort && str(sort.modelId) ? { modelId: sort.modelId as string, descending: sort.descending === true } : null,
    search: typeof v.search === 'string' ? v.search.slice(0, 200) : '',
    change: (INSTANCE_CHANGES as readonly unknown[]).includes(v.change) ? (v.change as InstanceChange) : 'all',
    changeModel: str(v.changeModel),
    classIndex: Number.isSafeInteger(v.classIndex) && (v.classIndex as number) >= 0 ? (v.classIndex as number) : null,
  };
}

/** The stored base while it is still compared, else the host's default. */
export function chooseBase(state: BehaviorsState, models: readonly { id: string }[], defaultBase: string): string {
  return state.base !== null && models.some((m) => m.id === state.base) ? state.base : defaultBase;
}
