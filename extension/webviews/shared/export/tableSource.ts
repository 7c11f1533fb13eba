// Where a panel's save menu finds a table's rows: the code that draws a table registers, on its element, how to
// list every row as currently sorted and filtered. The DOM is not read back: virtualised tables hold only a
// screenful of rows, and cells show rounded text where a CSV wants the full numbers.
import { toCsv, type CsvValue } from './csv';

export interface TableRows {
  header: string[];
  rows: CsvValue[][];
}

const sources = new WeakMap<Element, () => TableRows>();

/** Registers how to list the table's rows; null when the table cannot be saved now (the next save says `why`). */
export function setTableSource(table: Element, rows: (() => TableRows) | null, why = ''): void {
  sources.set(table, rows ?? (() => {
    throw new Error(why);
  }));
}

/** The CSV of the table drawn in `table`; throws, saying what to do, when there is none yet. */
export function tableCsv(table: Element | null, nothing: string): string {
  const source = table ? sources.get(table) : undefined;
  if (!source) throw new Error(nothing);
  const { header, rows } = source();
  return toCsv(header, rows);
}
