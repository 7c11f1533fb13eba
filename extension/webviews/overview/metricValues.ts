// Each metric's values over the summary's models as one Float64Array, NaN where a model has no finite number: what
// the map's colours and sizes, the scatterplot's axes and discs and the filters' histograms read. Kept per models
// array and metric, filled from the summary's columns when it came as columns (summaryMetricValues), else read from
// the models once. At 100,000 models, `model.metrics[name]` per node and per point cost the first paint about a
// tenth of a second; a typed array is read in order and never collected.
import type { ModelSummary } from '../../../protocol/generated/contract';

const byModels = new WeakMap<readonly object[], Map<string, Float64Array>>();

/** Keeps the columns the summary's models were decoded with; one of the wrong length is ignored. */
export function rememberMetricValues(models: readonly object[], values: ReadonlyMap<string, Float64Array>): void {
  const kept = new Map<string, Float64Array>();
  for (const [name, column] of values) if (column.length === models.length) kept.set(name, column);
  byModels.set(models, kept);
}

/** Model i's value of the metric at [i]: a finite number, or NaN (no value, null, or not a number). */
export function metricValues(models: readonly Pick<ModelSummary, 'metrics'>[], name: string): Float64Array {
  let known = byModels.get(models);
  if (!known) byModels.set(models, (known = new Map()));
  let values = known.get(name);
  if (!values) {
    values = new Float64Array(models.length);
    for (let i = 0; i < models.length; i++) {
      const v = models[i]?.metrics?.[name];
      values[i] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
    }
    known.set(name, values);
  }
  return values;
}
