// Sorting the details table by one column. Models without a value sort last in both directions, so
// flipping the order never buries the models that have one. Pure, tested.

export interface SortKey {
  /** Column key: "model", "metric:<name>" or "variable:<name>". */
  column: string;
  descending: boolean;
}

export type SortValue = number | string | null | undefined;

/** A sorted copy; equal values keep their original order. */
export function sortRows<T>(rows: readonly T[], valueOf: (row: T) => SortValue, descending: boolean): T[] {
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row) }));
  keyed.sort((a, b) => {
    const aMissing = isMissing(a.value);
    const bMissing = isMissing(b.value);
    if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
    const order = compare(a.value as number | string, b.value as number | string);
    return (descending ? -order : order) || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function nextSort(current: SortKey | null, column: string): SortKey {
  return current && current.column === column ? { column, descending: !current.descending } : { column, descending: false };
}

function isMissing(value: SortValue): boolean {
  return value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
