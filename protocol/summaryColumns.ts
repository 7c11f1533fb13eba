// The spec summary as the host sends it to the Compression Overview webview: its long lists (models and layout
// nodes) as columns of typed arrays and interned strings instead of one object per entry. Crossing into a
// webview is a structured clone; at 100,000 models the object form took the browser over a second to copy and
// left hundreds of MB for the collector (bench/overview.mjs), where a few typed arrays are copied as bytes (VS Code
// passes ArrayBuffers to webviews as binary since 1.57, and engines.vscode is above that).
// The webview decodes it back to the same SpecSummary, so every view keeps working on plain objects.
import type { SpecSummary } from './generated/contract';

/** One field across every row. Strings and other primitives are interned: ids of bases, tags and labels repeat. */
export type Column =
  | { kind: 'number'; values: Float64Array; missing?: Uint8Array }
  | {
      kind: 'primitive';
      dictionary: (string | number | boolean)[];
      codes: Uint32Array;
    }
  | { kind: 'table'; table: Table; missing?: Uint8Array }
  | { kind: 'values'; values: unknown[]; missing?: Uint8Array };

/** Rows of objects as one column per key, keys in the order first seen. */
export interface Table {
  length: number;
  keys: string[];
  columns: Column[];
}

export interface SummaryColumns {
  /** The summary with models and layout.nodes left out: everything short stays as it is. */
  rest: Omit<SpecSummary, 'models' | 'layout'> & { layout: Omit<SpecSummary['layout'], 'nodes'> };
  models: Table;
  nodes: Table;
}

// In `missing` and in primitive codes: a key the row does not have, and a key whose value is null.
const ABSENT = 0;
const NULL = 1;
const PRESENT = 2;

export function toSummaryColumns(summary: SpecSummary): SummaryColumns {
  const { models, layout, ...rest } = summary;
  const { nodes, ...layoutRest } = layout;
  return {
    rest: { ...rest, layout: layoutRest },
    models: encodeTable(models as unknown as readonly Record<string, unknown>[]),
    nodes: encodeTable(nodes as unknown as readonly Record<string, unknown>[]),
  };
}

/** The summary toSummaryColumns was given (object keys in first-seen order). Throws on a malformed message. */
export function fromSummaryColumns(columns: SummaryColumns): SpecSummary {
  const { rest, models, nodes } = columns;
  return {
    ...rest,
    models: decodeTable(models),
    layout: { ...rest.layout, nodes: decodeTable(nodes) },
  } as unknown as SpecSummary;
}

/** Whether `value` looks like what toSummaryColumns returns (its tables are checked as they are decoded). */
export function isSummaryColumns(value: unknown): value is SummaryColumns {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.rest === 'object' && v.rest !== null && [v.models, v.nodes].every(isTable);
}

function isTable(value: unknown): value is Table {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return Number.isSafeInteger(t.length) && Array.isArray(t.keys) && Array.isArray(t.columns) && t.keys.length === t.columns.length;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function encodeTable(rows: readonly (Record<string, unknown> | undefined)[]): Table {
  // Rows turned into columns in one pass over each row's own keys; rows of one shape list their keys in the same
  // order, so a key is usually found at its own position without a map lookup.
  const n = rows.length;
  const keys: string[] = [];
  const index = new Map<string, number>();
  const raw: unknown[][] = [];
  const states: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!row) continue;
    const rowKeys = Object.keys(row);
    for (let j = 0; j < rowKeys.length; j++) {
      const key = rowKeys[j];
      let k = keys[j] === key ? j : index.get(key);
      if (k === undefined) {
        k = keys.push(key) - 1;
        index.set(key, k);
        raw.push(new Array<unknown>(n));
        states.push(new Uint8Array(n));
      }
      const v = row[key];
      raw[k][i] = v;
      states[k][i] = v === null ? NULL : PRESENT;
    }
  }
  return { length: n, keys, columns: keys.map((_, k) => encodeColumn(raw[k], states[k])) };
}

/** One key's values (`state` says which rows have it, and which hold null) as the most compact column that fits. */
function encodeColumn(values: readonly unknown[], state: Uint8Array): Column {
  const n = values.length;
  let numbers = true;
  let primitives = true;
  let records = true;
  let anyMissing = false;
  for (let i = 0; i < n; i++) {
    if (state[i] !== PRESENT) {
      anyMissing = true;
      continue;
    }
    const v = values[i];
    const type = typeof v;
    if (type !== 'number') numbers = false;
    if (type !== 'number' && type !== 'string' && type !== 'boolean') primitives = false;
    if (!isRecord(v)) records = false;
  }
  if (numbers) {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) if (state[i] === PRESENT) out[i] = values[i] as number;
    return anyMissing ? { kind: 'number', values: out, missing: state } : { kind: 'number', values: out };
  }
  if (primitives) {
    const dictionary: (string | number | boolean)[] = [];
    const index = new Map<unknown, number>();
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      if (state[i] !== PRESENT) {
        codes[i] = state[i];
        continue;
      }
      const v = values[i] as string | number | boolean;
      let at = index.get(v);
      if (at === undefined) {
        at = dictionary.push(v) - 1;
        index.set(v, at);
      }
      codes[i] = at + PRESENT;
    }
    return { kind: 'primitive', dictionary, codes };
  }
  if (records) {
    const table = encodeTable(Array.from(values, (v, i) => (state[i] === PRESENT ? (v as Record<string, unknown>) : undefined)));
    return anyMissing ? { kind: 'table', table, missing: state } : { kind: 'table', table };
  }
  // Not undefined for a missing key: the extension host JSON-encodes everything but typed arrays, and JSON turns an
  // undefined array entry into null.
  const mixed = Array.from(values, (v, i) => (state[i] === PRESENT ? v : null));
  return anyMissing ? { kind: 'values', values: mixed, missing: state } : { kind: 'values', values: mixed };
}


function decodeTable(table: Table): Record<string, unknown>[] {
  if (!isTable(table)) throw new Error('A summary table is malformed.');
  const { length, keys, columns } = table;
  // Column by column into plain arrays first (tight loops), then one object per row with its keys in table order.
  const values = columns.map((column) => decodeColumn(column, length));
  const rows = new Array<Record<string, unknown>>(length);
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const value = values[k][i];
      if (value !== ABSENT_MARK) row[keys[k]] = value;
    }
    rows[i] = row;
  }
  return rows;
}

const ABSENT_MARK: unique symbol = Symbol('absent');

/** Every row's value of the column, ABSENT_MARK where the row has no such key. */
function decodeColumn(column: Column, length: number): unknown[] {
  const sized = (array: { length: number } | undefined) => {
    if (array && array.length !== length) throw new Error(`A summary column has ${array.length} rows, not ${length}.`);
  };
  const out = new Array<unknown>(length);
  const fill = (missing: Uint8Array | undefined, present: (i: number) => unknown) => {
    for (let i = 0; i < length; i++) out[i] = !missing || missing[i] === PRESENT ? present(i) : missing[i] === NULL ? null : ABSENT_MARK;
    return out;
  };
  switch (column.kind) {
    case 'number': {
      const { values, missing } = column;
      sized(values);
      sized(missing);
      return fill(missing, (i) => values[i]);
    }
    case 'primitive': {
      const { dictionary, codes } = column;
      sized(codes);
      for (let i = 0; i < length; i++) {
        const code = codes[i];
        if (code >= PRESENT && code - PRESENT >= dictionary.length) throw new Error('A summary column refers past its dictionary.');
        out[i] = code === ABSENT ? ABSENT_MARK : code === NULL ? null : dictionary[code - PRESENT];
      }
      return out;
    }
    case 'table': {
      const { table, missing } = column;
      sized(missing);
      if (table.length !== length) throw new Error(`A summary column has ${table.length} rows, not ${length}.`);
      const rows = decodeTable(table);
      return fill(missing, (i) => rows[i]);
    }
    case 'values': {
      const { values, missing } = column;
      sized(values);
      sized(missing);
      return fill(missing, (i) => values[i]);
    }
    default:
      throw new Error('A summary column is of an unknown kind.');
  }
}
