// What Selection Details remembers across a window reload: the variables the user picked in
// "Refine comparison" and the table's sort. Parsed defensively because it comes back from
// vscode.getState, which may hold what an older version stored. Pure, tested.
import type { VariableChoice } from './chooseVariables';
import type { SortKey } from './tableSort';

export interface DetailsState {
  variables: VariableChoice | null;
  sort: SortKey | null;
}

export const EMPTY_DETAILS_STATE: DetailsState = { variables: null, sort: null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseDetailsState(raw: unknown): DetailsState {
  if (!isObject(raw)) return EMPTY_DETAILS_STATE;
  const v = raw.variables;
  const variables = isObject(v) && typeof v.x === 'string' && (v.color === null || typeof v.color === 'string') ? { x: v.x, color: v.color } : null;
  const s = raw.sort;
  const sort = isObject(s) && typeof s.column === 'string' && typeof s.descending === 'boolean' ? { column: s.column, descending: s.descending } : null;
  return { variables, sort };
}
