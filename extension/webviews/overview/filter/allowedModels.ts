// Budgets: which models pass every filter. Pure, tested.
import type { MetricDefinition, ModelSummary } from '../../../../protocol/generated/contract';

/** A filter on one metric; `range` is the allowed [low, high] (inclusive), null until the user brushes. */
export interface MetricFilter {
  metric: string;
  range: [number, number] | null;
}

/**
 * The filters that constrain anything: brushed, and on a metric the spec still declares. A filter on
 * a metric that disappeared in a live edit is kept (the metric often comes back with the next save)
 * but ignored until then, and the pane says so.
 */
export function activeFilters(filters: readonly MetricFilter[], metrics: readonly Pick<MetricDefinition, 'name'>[]): MetricFilter[] {
  const declared = new Set(metrics.map((m) => m.name));
  return filters.filter((f) => f.range !== null && declared.has(f.metric));
}

/**
 * Ids of the models inside every active filter's range (AND), or null when no filter is active
 * (everything is allowed). A model with no value for a filtered metric fails that filter: an
 * unmeasured model cannot be shown to fit a budget.
 */
export function allowedModels(models: readonly Pick<ModelSummary, 'id' | 'metrics'>[], filters: readonly MetricFilter[]): Set<string> | null {
  const active = filters.filter((f): f is MetricFilter & { range: [number, number] } => f.range !== null);
  if (active.length === 0) return null;
  const allowed = new Set<string>();
  for (const model of models) {
    const inside = active.every(({ metric, range: [lo, hi] }) => {
      const v = model.metrics?.[metric];
      return typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
    });
    if (inside) allowed.add(model.id);
  }
  return allowed;
}

/** Drops the ids a budget excludes, keeping order; unchanged when nothing is filtered. */
export function withinBudget(ids: readonly string[], allowed: ReadonlySet<string> | null): string[] {
  return allowed === null ? [...ids] : ids.filter((id) => allowed.has(id));
}
