// One label per model, unique within its spec, for every place that lists models: the sidebar, the Behaviors and
// Layers base pickers and quick picks. Tags alone repeat (the paper's ImageNet spec has 26 models tagged "Quantize
// (amount: int8, method: quantize)"), so a repeated tag gives way to the id when the id reads as a name, else to the
// model's operation with its ancestors' as far up as needed. Pure and tested; shared because the host builds the
// lists the webviews show.
import type { ModelSummary } from '../../protocol/generated/contract';

export type LabelledModel = Pick<ModelSummary, 'id' | 'tag' | 'base' | 'operation'>;

/**
 * Ids that name nothing a person would recognise: UUIDs, hex hashes, bare numbers. Anything else ("p30",
 * "resnet50trained-magnitudepruning90_compressed") was chosen by someone and says which model it is.
 */
export function isMeaningfulId(id: string): boolean {
  const trimmed = id.trim();
  if (trimmed === '') return false;
  if (/^\d+$/.test(trimmed)) return false;
  if (/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(trimmed)) return false;
  return !(/^[0-9a-f]{7,}$/i.test(trimmed) && /\d/.test(trimmed));
}

/** "Prune (amount 0.7, method Magnitude)"; "Base model" for a model without an operation. */
export function operationLabel(model: Pick<ModelSummary, 'operation'>): string {
  const operation = model.operation;
  if (!operation) return 'Base model';
  const values = Object.entries(operation.parameters ?? {}).map(([name, value]) => `${name} ${String(value)}`);
  return values.length > 0 ? `${operation.name} (${values.join(', ')})` : operation.name;
}

const cache = new WeakMap<readonly LabelledModel[], ReadonlyMap<string, string>>();

/** The labels of a spec's models by id (cached per models array: summaries are immutable once received). */
export function modelLabels(models: readonly LabelledModel[]): ReadonlyMap<string, string> {
  let labels = cache.get(models);
  if (!labels) cache.set(models, (labels = computeLabels(models)));
  return labels;
}

/** The label of one model of `models`, or its id when it is not among them. */
export function modelLabel(models: readonly LabelledModel[], id: string): string {
  return modelLabels(models).get(id) ?? id;
}

function computeLabels(models: readonly LabelledModel[]): Map<string, string> {
  const byId = new Map(models.map((m) => [m.id, m]));
  const own = (m: LabelledModel) => m.tag?.trim() || null;
  const tagCounts = countOf(models.map(own).filter((t): t is string => t !== null));
  const labels = new Map<string, string>();
  const pending: LabelledModel[] = [];
  for (const model of models) {
    const tag = own(model);
    if (tag !== null && tagCounts.get(tag) === 1) labels.set(model.id, tag);
    else if (isMeaningfulId(model.id)) labels.set(model.id, model.id.trim());
    else pending.push(model);
  }
  // The rest: their own step, prefixed with one more ancestor's while labels still collide.
  const described = (m: LabelledModel) => own(m) ?? operationLabel(m);
  const chains = new Map(pending.map((m) => [m.id, [described(m)]]));
  const parents = new Map(pending.map((m) => [m.id, m.base ? byId.get(m.base) : undefined]));
  const seen = new Map(pending.map((m) => [m.id, new Set([m.id])]));
  const taken = () => countOf([...labels.values(), ...pending.map((m) => chains.get(m.id)!.join(' › '))]);
  for (let colliding = pending; colliding.length > 0;) {
    const counts = taken();
    colliding = colliding.filter((m) => {
      if (counts.get(chains.get(m.id)!.join(' › ')) === 1) return false;
      const parent = parents.get(m.id);
      if (!parent || seen.get(m.id)!.has(parent.id)) return false;
      seen.get(m.id)!.add(parent.id);
      chains.get(m.id)!.unshift(described(parent));
      parents.set(m.id, parent.base ? byId.get(parent.base) : undefined);
      return true;
    });
  }
  const counts = taken();
  for (const model of pending) {
    const label = chains.get(model.id)!.join(' › ');
    // Whole lineages alike (two copies of one recipe): the id, unique in a spec, tells them apart.
    labels.set(model.id, counts.get(label) === 1 ? label : `${label} (${model.id})`);
  }
  // A unique tag can still equal another model's id; the id stays, the tag gains it.
  const final = countOf([...labels.values()]);
  for (const [id, label] of labels) if (final.get(label)! > 1 && label !== id) labels.set(id, `${label} (${id})`);
  return labels;
}

function countOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
