// Nests a spec's models by provenance for the sidebar tree. Pure: tested without VS Code.
import type { ModelSummary, SpecSummary } from '../../../protocol/generated/contract';

export interface ModelHierarchy {
  roots: ModelSummary[];
  childrenOf(id: string): ModelSummary[];
  parentOf(id: string): ModelSummary | undefined;
  byId(id: string): ModelSummary | undefined;
}

export function buildModelHierarchy(summary: SpecSummary): ModelHierarchy {
  const byId = new Map(summary.models.map((m) => [m.id, m]));
  const rootIds = new Set(summary.roots);
  const children = new Map<string, ModelSummary[]>();
  for (const model of summary.models) {
    // Roots include models whose base is unknown or part of a broken cycle: trust the backend's list.
    if (rootIds.has(model.id) || !model.base || !byId.has(model.base)) continue;
    const siblings = children.get(model.base) ?? [];
    siblings.push(model);
    children.set(model.base, siblings);
  }
  const roots = summary.models.filter((m) => rootIds.has(m.id) || !m.base || !byId.has(m.base));
  return {
    roots,
    childrenOf: (id) => children.get(id) ?? [],
    parentOf: (id) => {
      const model = byId.get(id);
      return model && !rootIds.has(id) && model.base ? byId.get(model.base) : undefined;
    },
    byId: (id) => byId.get(id),
  };
}

/** "Prune · amount = 0.7, method = Magnitude"; "Base model" for a root. */
export function describeOperation(model: ModelSummary): string {
  if (!model.operation) return 'Base model';
  const parameters = Object.entries(model.operation.parameters ?? {}).map(([k, v]) => `${k} = ${String(v)}`);
  return parameters.length ? `${model.operation.name} · ${parameters.join(', ')}` : model.operation.name;
}
