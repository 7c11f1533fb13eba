// Which variables the charts show: x and colour. The backend lists variables simplest and most
// telling first, so the first two are the default; a choice the user made in "Refine comparison"
// is kept by name while the variable still exists. Pure, tested.
import type { ComparisonVariable } from '../../../../protocol/generated/contract';

/** The user's choice by variable name; color null means "no colour". */
export interface VariableChoice {
  x: string;
  color: string | null;
}

export interface ChosenVariables {
  x: number | null;
  color: number | null;
}

export function chooseVariables(variables: readonly Pick<ComparisonVariable, 'name'>[], choice: VariableChoice | null): ChosenVariables {
  if (variables.length === 0) return { x: null, color: null };
  const defaults = { x: 0, color: variables.length > 1 ? 1 : null };
  // With two variables or fewer there is nothing to refine: both are always shown.
  if (variables.length <= 2 || !choice) return defaults;
  const find = (name: string) => {
    const i = variables.findIndex((v) => v.name === name);
    return i < 0 ? null : i;
  };
  const x = find(choice.x) ?? 0;
  if (choice.color === null) return { x, color: null };
  const color = find(choice.color);
  if (color !== null && color !== x) return { x, color };
  return { x, color: variables.findIndex((_, i) => i !== x) };
}
