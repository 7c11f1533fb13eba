// The spec summary as the host sends it to the Compression Overview webview: its long lists (models and layout
// nodes) as columns of typed arrays and interned strings instead of one object per entry. Crossing into a
// webview is a structured clone; at 100,000 models the object form took the browser over a second to copy and
// left hundreds of MB for the collector (bench/overview.mjs), where a few typed arrays are copied as bytes (VS Code
// passes ArrayBuffers to webviews as binary since 1.57, and engines.vscode is above that).
// The webview decodes it back to the same SpecSummary, so every view keeps working on plain objects.
import type { SpecSummary } from './generated/contract';

/**
 * One field across every row. Strings and other primitives are codes into the summary's one pool: a model's id is
 * also its layout node's id and its children's base and parent, so each id crosses once and the webview's lookups by
 * id compare one string with itself.
 */
export type Column =
  | { kind: 'number'; values: Float64Array; missing?: Uint8Array }
  | { kind: 'primitive'; codes: Uint32Array }
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
  /** Every string, boolean and non-numeric-column number of the tables, once each. */
  pool: Primitive[];
}

type Primitive = string | number | boolean;

/** The pool as it is filled: each value's place in it. */
interface Interner {
  pool: Primitive[];
  index: Map<unknown, number>;
}

// In `missing` and in primitive codes: a key the row does not have, and a key whose value is null.
const ABSENT = 0;
const NULL = 1;
const PRESENT = 2;

export function toSummaryColumns(summary: SpecSummary): SummaryColumns {
  const { models, layout, ...rest } = summary;
  const { nodes, ...layoutRest } = layout;
  const interner: Interner = { pool: [], index: new Map() };
  return {
    rest: { ...rest, layout: layoutRest },
    models: encodeTable(models as unknown as readonly Record<string, unknown>[], interner),
    nodes: encodeTable(nodes as unknown as readonly Record<string, unknown>[], interner),
    pool: interner.pool,
  };
}

/** The summary toSummaryColumns was given (object keys in first-seen order). Throws on a malformed message. */
export function fromSummaryColumns(columns: SummaryColumns): SpecSummary {
  const { rest, models, nodes, pool } = columns;
  return {
    ...rest,
    models: decodeTable(models, pool),
    layout: { ...rest.layout, nodes: decodeTable(nodes, pool) },
  } as unknown as SpecSummary;
}

/**
 * Which model each layout node stands for and which node is its parent, as indices, worked out from the pool codes
 * of the id columns (equal strings share one code), so a view needs no lookup by string to join them. At 100,000
 * models, Maps from id to model and from id to node cost the first paint about a quarter of a second.
 */
export interface SummaryLinks {
  /** The first model with node j's id, or -1. */
  nodeModel: Int32Array;
  /** The node whose id is node j's parent (the last such, as a Map from id to node would hold), or -1. */
  nodeParent: Int32Array;
  /** 1 where no earlier model has model i's id. */
  firstModel: Uint8Array;
}

/** The links of a summary's tables; null when an id column is not plain pool codes (then views look up by id). */
export function summaryLinks(columns: SummaryColumns): SummaryLinks | null {
  const { models, nodes, pool } = columns;
  const codes = (table: Table, key: string) => {
    const column = table.columns[table.keys.indexOf(key)];
    return column?.kind === 'primitive' && column.codes.length === table.length ? column.codes : null;
  };
  const [modelIds, nodeIds] = [codes(models, 'id'), codes(nodes, 'id')];
  if (!modelIds || !nodeIds) return null;
  const parents = codes(nodes, 'parent');
  const size = pool.length + PRESENT;
  // By code: the first model, and the last node, holding each string.
  const modelAt = new Int32Array(size).fill(-1);
  const nodeAt = new Int32Array(size).fill(-1);
  const firstModel = new Uint8Array(models.length);
  for (let i = 0; i < modelIds.length; i++) {
    const code = modelIds[i];
    if (code < PRESENT || code >= size || modelAt[code] >= 0) continue;
    modelAt[code] = i;
    firstModel[i] = 1;
  }
  for (let j = 0; j < nodeIds.length; j++) if (nodeIds[j] >= PRESENT && nodeIds[j] < size) nodeAt[nodeIds[j]] = j;
  const nodeModel = new Int32Array(nodes.length).fill(-1);
  const nodeParent = new Int32Array(nodes.length).fill(-1);
  for (let j = 0; j < nodeIds.length; j++) {
    if (nodeIds[j] < size) nodeModel[j] = modelAt[nodeIds[j]];
    const parent = parents ? parents[j] : NULL;
    if (parent >= PRESENT && parent < size) nodeParent[j] = nodeAt[parent];
  }
  return { nodeModel, nodeParent, firstModel };
}

/**
 * Each metric whose values are all numbers, as one Float64Array over the models (NaN where a model has no value), read
 * from the `metrics` column without the decoded objects. At 100,000 models, reading `model.metrics[name]` for every
 * node and point cost the first paint about a tenth of a second. A metric that is not a number column is left out.
 */
export function summaryMetricValues(columns: SummaryColumns): Map<string, Float64Array> {
  const values = new Map<string, Float64Array>();
  const { models } = columns;
  const metrics = models.columns[models.keys.indexOf('metrics')];
  if (metrics?.kind !== 'table' || metrics.table.length !== models.length || (metrics.missing && metrics.missing.length !== models.length)) return values;
  const { table, missing: noMetrics } = metrics;
  table.keys.forEach((key, k) => {
    const column = table.columns[k];
    if (column.kind !== 'number' || column.values.length !== models.length || (column.missing && column.missing.length !== models.length)) return;
    const { values: numbers, missing } = column;
    const out = new Float64Array(models.length);
    for (let i = 0; i < out.length; i++) {
      const present = (!noMetrics || noMetrics[i] === PRESENT) && (!missing || missing[i] === PRESENT);
      out[i] = present && Number.isFinite(numbers[i]) ? numbers[i] : NaN;
    }
    values.set(key, out);
  });
  return values;
}

/** Whether `value` looks like what toSummaryColumns returns (its tables are checked as they are decoded). */
export function isSummaryColumns(value: unknown): value is SummaryColumns {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.rest === 'object' && v.rest !== null && Array.isArray(v.pool) && [v.models, v.nodes].every(isTable);
}

function isTable(value: unknown): value is Table {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return Number.isSafeInteger(t.length) && Array.isArray(t.keys) && Array.isArray(t.columns) && t.keys.length === t.columns.length;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function encodeTable(rows: readonly (Record<string, unknown> | undefined)[], interner: Interner): Table {
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
  return { length: n, keys, columns: keys.map((_, k) => encodeColumn(raw[k], states[k], interner)) };
}

/** One key's values (`state` says which rows have it, and which hold null) as the most compact column that fits. */
function encodeColumn(values: readonly unknown[], state: Uint8Array, interner: Interner): Column {
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
    const { pool, index } = interner;
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      if (state[i] !== PRESENT) {
        codes[i] = state[i];
        continue;
      }
      const v = values[i] as Primitive;
      let at = index.get(v);
      if (at === undefined) {
        at = pool.push(v) - 1;
        index.set(v, at);
      }
      codes[i] = at + PRESENT;
    }
    return { kind: 'primitive', codes };
  }
  if (records) {
    const table = encodeTable(Array.from(values, (v, i) => (state[i] === PRESENT ? (v as Record<string, unknown>) : undefined)), interner);
    return anyMissing ? { kind: 'table', table, missing: state } : { kind: 'table', table };
  }
  // Not undefined for a missing key: the extension host JSON-encodes everything but typed arrays, and JSON turns an
  // undefined array entry into null.
  const mixed = Array.from(values, (v, i) => (state[i] === PRESENT ? v : null));
  return anyMissing ? { kind: 'values', values: mixed, missing: state } : { kind: 'values', values: mixed };
}


function decodeTable(table: Table, pool: readonly Primitive[]): Record<string, unknown>[] {
  if (!isTable(table)) throw new Error('A summary table is malformed.');
  const { length, keys, columns } = table;
  // Straight into the rows, column by column (keys in table order, so rows of one shape share it): going through an
  // array of values per column first boxed every number twice and took a quarter longer at 100,000 models.
  const rows = new Array<Record<string, unknown>>(length);
  if (columns.every((column) => !column || everyRowHas(column))) {
    // Rows of one shape are copies of one object that JSON.parse made with a slot of its own for every key, so setting
    // a value changes no row's shape and needs no second array for keys past the fourth: at 100,000 models decoding
    // allocated 57 → 44 MB and took an eighth less time (Node).
    const template = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((key) => [key, null])))) as Record<string, unknown>;
    for (let i = 0; i < length; i++) rows[i] = { ...template };
  } else for (let i = 0; i < length; i++) rows[i] = {};
  for (let k = 0; k < keys.length; k++) decodeColumn(rows, keys[k], columns[k], pool);
  return rows;
}

/** Whether no row lacks the column's key (null counts as having it). */
function everyRowHas(column: Column): boolean {
  if (column.kind === 'primitive') return !column.codes.includes(ABSENT);
  return !column.missing || !column.missing.includes(ABSENT);
}

/** Sets the column's value on every row that has its key (null where the value is null). */
function decodeColumn(rows: Record<string, unknown>[], key: string, column: Column, pool: readonly Primitive[]): void {
  const length = rows.length;
  const sized = (array: { length: number } | undefined) => {
    if (array && array.length !== length) throw new Error(`A summary column has ${array.length} rows, not ${length}.`);
  };
  const put = (missing: Uint8Array | undefined, values: ArrayLike<unknown>) => {
    for (let i = 0; i < length; i++) {
      const state = missing ? missing[i] : PRESENT;
      if (state === PRESENT) rows[i][key] = values[i];
      else if (state === NULL) rows[i][key] = null;
    }
  };
  switch (column.kind) {
    case 'number':
    case 'values': {
      const { values, missing } = column;
      sized(values);
      sized(missing);
      return put(missing, values);
    }
    case 'primitive': {
      const { codes } = column;
      sized(codes);
      for (let i = 0; i < length; i++) {
        const code = codes[i];
        if (code === ABSENT) continue;
        if (code - PRESENT >= pool.length) throw new Error('A summary column refers past the end of its pool.');
        rows[i][key] = code === NULL ? null : pool[code - PRESENT];
      }
      return;
    }
    case 'table': {
      const { table, missing } = column;
      sized(missing);
      if (table.length !== length) throw new Error(`A summary column has ${table.length} rows, not ${length}.`);
      return put(missing, decodeTable(table, pool));
    }
    default:
      throw new Error('A summary column is of an unknown kind.');
  }
}
