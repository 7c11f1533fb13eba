// Models by id, built once per summary: the map, the scatterplot, the tooltip and Selection Details all look models
// up by id, and at 100,000 models each building its own Map on every draw cost tens of milliseconds apiece.
import type { ModelSummary, SpecSummary } from '../../../protocol/generated/contract';

const indexes = new WeakMap<SpecSummary, ReadonlyMap<string, ModelSummary>>();

/** The summary's models by id; where a spec repeats an id (an error it reports), the first model in file order. */
export function modelsById(summary: SpecSummary): ReadonlyMap<string, ModelSummary> {
  let index = indexes.get(summary);
  if (!index) {
    const models = new Map<string, ModelSummary>();
    for (const m of summary.models) if (!models.has(m.id)) models.set(m.id, m);
    indexes.set(summary, (index = models));
  }
  return index;
}
