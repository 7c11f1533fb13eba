// What the Behaviors and Layers webviews share on the wire: the compared models of a `setup` notification and
// the guards their validating parsers are built from.

/** A model the panel compares, as the user knows it. */
export interface ComparedModel {
  id: string;
  /** The model's tag, or its id when it has none. */
  label: string;
}

/** The `setup` notification: the spec's name, the compared models (base first) and the default base. */
export interface SetupParams {
  specName: string;
  models: ComparedModel[];
  defaultBase: string;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The `setup` params with only well-formed models kept; undefined when none is left or a field is wrong. */
export function parseSetup(raw: Record<string, unknown>): SetupParams | undefined {
  if (typeof raw.specName !== 'string' || !isId(raw.defaultBase) || !Array.isArray(raw.models)) return undefined;
  const models = (raw.models as unknown[]).filter((m): m is ComparedModel => isObject(m) && isId(m.id) && typeof m.label === 'string')
    .map((m) => ({ id: m.id, label: m.label }));
  return models.length > 0 ? { specName: raw.specName, models, defaultBase: raw.defaultBase } : undefined;
}
