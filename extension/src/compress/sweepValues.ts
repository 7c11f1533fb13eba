// What the Compress… form accepts for each parameter, as pure functions the form and its tests share: several
// comma-separated values of a continuous parameter (a sweep), each checked against the declared range; one or more
// declared options of an ordinal one; one pattern string for a nominal one (its commas separate patterns, not values).
// The chosen values become one parameter set per combination, the `parameterSets` of `models/compress`.
import type { ParameterDefinition } from '../../../protocol/generated/contract';

export type ParameterValue = number | string | boolean;

/** Values of one parameter, or an error saying what to type instead. An empty text means "the operation's default". */
export type ParsedValues = { values: ParameterValue[] } | { error: string };

/** The declared range or options, as the form shows them: "from 0 to 1", "one of global, per-layer", "any pattern". */
export function describeDeclaration(parameter: ParameterDefinition): string {
  if (parameter.options && parameter.options.length > 0) return `one of ${parameter.options.map(String).join(', ')}`;
  if (parameter.type === 'continuous') {
    const { min, max } = parameter;
    if (min != null && max != null) return `from ${min} to ${max}`;
    if (min != null) return `at least ${min}`;
    if (max != null) return `at most ${max}`;
    return 'any number';
  }
  if (parameter.type === 'nominal') return 'text (patterns are comma-separated)';
  return 'any value';
}

/** Parses what the user typed for a continuous parameter: comma-separated numbers within the declared range. */
export function parseNumbers(parameter: ParameterDefinition, text: string): ParsedValues {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return { values: [] };
  const values: number[] = [];
  for (const part of parts) {
    const value = Number(part);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(part) || !Number.isFinite(value))
      return { error: `"${part}" is not a number; give ${parameter.name} as numbers separated by commas, e.g. 0.5, 0.8.` };
    if ((parameter.min != null && value < parameter.min) || (parameter.max != null && value > parameter.max))
      return { error: `${parameter.name} ${part} is outside the declared range (${describeDeclaration(parameter)}).` };
    if (values.includes(value)) return { error: `${parameter.name} ${part} is given twice; each value makes one model.` };
    values.push(value);
  }
  return { values };
}

/** Parses the text typed for any parameter without options: numbers for continuous ones, one string for the others. */
export function parseTyped(parameter: ParameterDefinition, text: string): ParsedValues {
  if (parameter.type === 'continuous') return parseNumbers(parameter, text);
  const trimmed = text.trim();
  return { values: trimmed.length === 0 ? [] : [trimmed] };
}

/** One parameter set per combination of the chosen values; parameters with no value are left to the operation's default. */
export function parameterSets(chosen: ReadonlyMap<string, readonly ParameterValue[]>): Record<string, ParameterValue>[] {
  let sets: Record<string, ParameterValue>[] = [{}];
  for (const [name, values] of chosen) {
    if (values.length === 0) continue;
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
  }
  return sets;
}

/** At most this many children per request: a typo such as "0.1, 0.2, …" times three parameters should not start hours of work. */
export const MAX_SWEEP = 64;
