// Models by id, built once per summary: the map, the scatterplot, the tooltip and Selection Details all look models
// up by id, and at 100,000 models each building its own Map on every draw cost tens of milliseconds apiece. The
// first paint needs none of them when the summary came with its links (summaryLinks): the Maps wait for the first
// lookup by id (a hover, a selection).
import type { ModelSummary, SpecSummary } from '../../../protocol/generated/contract';
import type { SummaryLinks } from '../../../protocol/summaryColumns';

const indexes = new WeakMap<SpecSummary, ReadonlyMap<string, ModelSummary>>();
const links = new WeakMap<SpecSummary, SummaryLinks>();

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

/** Keeps the links the summary was decoded with, for the views that draw it. */
export function rememberLinks(summary: SpecSummary, summaryLinks: SummaryLinks | null): void {
  if (summaryLinks && summaryLinks.nodeModel.length === summary.layout.nodes.length && summaryLinks.firstModel.length === summary.models.length) {
    links.set(summary, summaryLinks);
  }
}

/** The links of `nodes` when they are the summary's own layout nodes as sent (not a rearranged or hand-made list). */
export function nodeLinks(summary: SpecSummary, nodes: readonly unknown[]): SummaryLinks | undefined {
  return nodes === summary.layout.nodes ? links.get(summary) : undefined;
}

const positions = new WeakMap<SpecSummary, ReadonlyMap<string, number>>();

/**
 * Node j's model as an index into the summary's models, or -1 for none: the links' when the nodes are the summary's
 * own, else looked up by id (the first model with it, as modelsById holds).
 */
export function nodeModelIndex(summary: SpecSummary, nodes: readonly { id: string }[]): Int32Array {
  const linked = nodeLinks(summary, nodes);
  if (linked) return linked.nodeModel;
  let byId = positions.get(summary);
  if (!byId) {
    const first = new Map<string, number>();
    summary.models.forEach((m, i) => {
      if (!first.has(m.id)) first.set(m.id, i);
    });
    positions.set(summary, (byId = first));
  }
  const index = new Int32Array(nodes.length);
  for (let j = 0; j < nodes.length; j++) index[j] = byId.get(nodes[j].id) ?? -1;
  return index;
}

/** Whether each model is the first with its id (1) or repeats one (0), when the summary came with its links. */
export function firstModels(summary: SpecSummary): Uint8Array | undefined {
  return links.get(summary)?.firstModel;
}

const counts = new WeakMap<SpecSummary, number>();

/** How many distinct model ids the summary holds: counted once per summary (the filter pane asks on every budget drag). */
export function distinctModelCount(summary: SpecSummary): number {
  let count = counts.get(summary);
  if (count === undefined) {
    const first = firstModels(summary);
    count = first ? first.reduce((n, one) => n + one, 0) : modelsById(summary).size;
    counts.set(summary, count);
  }
  return count;
}
