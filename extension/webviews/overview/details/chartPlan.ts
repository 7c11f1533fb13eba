// Which chart Selection Details draws once the user has refined the comparison, with the backend's rule (see
// ChartPlanner.cs): a bar holding several models shows their mean, so it may only hold models of one recipe. When
// the x and colour variables leave other variables varying inside a bar, a small set of models (fewer than 6, as
// the paper flattens its tables) gets one bar per model and a larger one a "refine to compare" state. Also: the
// models left after value pills restrict the comparison, and each model's recipe as a short label. Pure, tested.
import type { ComparisonChart, ComparisonVariable, SelectionExplanation } from '../../../../protocol/generated/contract';

export const PER_MODEL_BELOW = 6;

/** Model label on a per-model axis: past this, shortened with the full recipe in the tooltip. */
export const LABEL_LIMIT = 48;

/** Grouped when every bar of (x, colour) holds one recipe; otherwise per model or refine by the number of models. */
export function planChart(explanation: SelectionExplanation, x: number, color: number | null): ComparisonChart {
  const { variables } = explanation;
  const first = new Map<number, number>();
  const width = color === null ? 1 : variables[color].levels.length;
  for (let m = 0; m < explanation.modelIds.length; m++) {
    const bar = variables[x].values[m] * width + (color === null ? 0 : variables[color].values[m]);
    const other = first.get(bar);
    if (other === undefined) {
      first.set(bar, m);
      continue;
    }
    if (variables.some((v) => v.values[m] !== v.values[other])) {
      return explanation.modelIds.length < PER_MODEL_BELOW ? 'perModel' : 'refine';
    }
  }
  return 'grouped';
}

/** Allowed level indices per variable name; a variable not in the map allows every level. */
export type AllowedLevels = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * The explanation of the models the pills leave: their ids and values, levels none of them has dropped, and
 * variables that no longer vary among them dropped (they would draw one bar each and say nothing).
 */
export function restrict(explanation: SelectionExplanation, allowed: AllowedLevels): SelectionExplanation {
  const keep: number[] = [];
  for (let m = 0; m < explanation.modelIds.length; m++) {
    if (explanation.variables.every((v) => allowed.get(v.name)?.has(v.values[m]) ?? true)) keep.push(m);
  }
  if (keep.length === explanation.modelIds.length) return explanation;
  const variables: ComparisonVariable[] = [];
  for (const variable of explanation.variables) {
    const used = [...new Set(keep.map((m) => variable.values[m]))].sort((a, b) => a - b);
    if (used.length < 2) continue;
    const position = new Map(used.map((level, i) => [level, i]));
    variables.push({ ...variable, levels: used.map((l) => variable.levels[l]), values: keep.map((m) => position.get(variable.values[m]) ?? 0) });
  }
  const modelIds = keep.map((m) => explanation.modelIds[m]);
  const restricted: SelectionExplanation = { ...explanation, modelIds, variables, chart: 'grouped' };
  return variables.length === 0 ? restricted : { ...restricted, chart: planChart(restricted, 0, variables.length > 1 ? 1 : null) };
}

/** What sets model m apart: each variable's level, none and "no …" left out ("Prune · amount 0.5 & Quantize"). */
export function recipeLabel(explanation: SelectionExplanation, m: number): string {
  const parts: string[] = [];
  for (const variable of explanation.variables) {
    const level = variable.levels[variable.values[m]];
    if (level === 'none' || level.startsWith('no ')) continue;
    parts.push(variable.kind === 'parameter' ? `${variable.name} ${level}` : level);
  }
  return parts.length === 0 ? 'none' : parts.join(' & ');
}

/** The explanation as one variable, "Model", whose levels are the models' recipes: one bar per model. */
export function perModel(explanation: SelectionExplanation): SelectionExplanation {
  const labels = explanation.modelIds.map((_, m) => recipeLabel(explanation, m));
  // Two models of one recipe still get a bar each; the id tells them apart.
  const seen = new Map<string, number>();
  for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1);
  const levels = labels.map((label, m) => ((seen.get(label) ?? 0) > 1 ? `${label} (${explanation.modelIds[m]})` : label));
  const variable: ComparisonVariable = { name: 'Model', kind: 'merged', levels, values: levels.map((_, m) => m), numeric: false, parts: explanation.variables.map((v) => v.name) };
  return { ...explanation, variables: [variable], chart: 'grouped' };
}

/** A long label cut to LABEL_LIMIT characters; the caller puts the full text in a tooltip. */
export function shortLabel(text: string, limit = LABEL_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
