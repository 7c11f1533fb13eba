import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SpecSummary } from '../../protocol/generated/contract';
import { fromSummaryColumns, toSummaryColumns } from '../../protocol/summaryColumns';

const summary = (models: unknown[], nodes: unknown[] = []) =>
  ({
    path: '/w/models.json',
    models,
    metrics: [{ name: 'accuracy', primary: true }],
    operations: [],
    roots: [],
    layout: { nodes, columns: [{ operation: 'Prune' }], rowCount: 3, stepCount: 2 },
    diagnostics: [{ severity: 'warning', message: 'm', line: 2, column: 3 }],
    snapshot: 'sha256:ab',
  }) as unknown as SpecSummary;

/**
 * What reaches the webview: VS Code's extension host JSON-encodes the message with its typed arrays set aside
 * (serializeWebviewMessage), and the webview's frame receives a structured clone of what that rebuilds.
 */
const crossing = <T>(value: T): T => {
  const buffers: ArrayBufferView[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (ArrayBuffer.isView(v) ? { $buffer: buffers.push(v) - 1 } : v));
  const rebuilt = JSON.parse(text, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && '$buffer' in v ? buffers[(v as { $buffer: number }).$buffer] : v,
  ) as T;
  return structuredClone(rebuilt);
};

test('models with nulls, missing keys, nested operations and mixed parameter types come back equal', () => {
  const models = [
    {
      id: 'base',
      base: null,
      operation: null,
      tag: 'ResNet',
      metrics: { accuracy: 0.91, size: 44.7 },
      artifact: 'models/base.onnx',
      line: 3,
      column: 5,
    },
    {
      id: 'p50',
      base: 'base',
      operation: {
        name: 'Magnitude Prune',
        parameters: { amount: 0.5, scope: 'global', structured: false },
      },
      metrics: { accuracy: null, size: 22 },
      line: 9,
      column: 5,
    },
    {
      id: 'q',
      base: 'p50',
      operation: {
        name: 'Quantize',
        parameters: { amount: 'int8', bits: 8, list: [1, 2], nested: { a: 1 } },
      },
      metrics: {},
      line: 15,
      column: 5,
    },
    {
      id: 'weird',
      base: 'q',
      metrics: { accuracy: -0, size: 1e-300 },
      tag: '',
      outputs: 'o.arrow',
      line: 20,
      column: 5,
      extra: [null],
    },
  ];
  const nodes = models.map((m, i) => ({
    id: m.id,
    column: i,
    row: 0,
    depth: i,
    parent: i === 0 ? null : models[i - 1].id,
    parameterLabel: i === 1 ? '50%' : null,
  }));
  const original = summary(models, nodes);
  const decoded = fromSummaryColumns(crossing(toSummaryColumns(original)));
  assert.deepEqual(decoded, original);
  assert.ok(Object.is(decoded.models[3].metrics.accuracy, -0), 'negative zero survives');
  assert.ok(!('tag' in decoded.models[1]), 'a key a model does not have stays absent, not null');
  assert.equal(decoded.models[0].operation, null, 'and a null stays null');
});

test('long lists travel as typed arrays and one pool of strings, not one object per model', () => {
  const models = Array.from({ length: 1000 }, (_, i) => ({
    id: `m${i}`,
    base: i === 0 ? null : 'm0',
    tag: i % 2 ? 'Prune' : 'Quantize',
    metrics: { accuracy: i / 1000 },
    line: i + 1,
    column: 5,
  }));
  const nodes = models.map((m, i) => ({ id: m.id, parent: m.base, column: i === 0 ? 0 : 1, row: i, depth: i === 0 ? 0 : 1 }));
  const columns = toSummaryColumns(summary(models, nodes));
  const byKey = Object.fromEntries(columns.models.keys.map((k, i) => [k, columns.models.columns[i]]));
  assert.equal(byKey.line.kind, 'number');
  assert.ok(byKey.line.kind === 'number' && byKey.line.values instanceof Float64Array);
  assert.ok(byKey.tag.kind === 'primitive' && byKey.tag.codes instanceof Uint32Array);
  assert.ok(byKey.metrics.kind === 'table');
  // Ids appear as models' ids and bases and as nodes' ids and parents: each crosses once.
  assert.equal(columns.pool.length, 1000 + 2, 'the pool holds the 1,000 ids and the 2 tags');
  assert.equal(new Set(columns.pool).size, columns.pool.length);
  assert.deepEqual(fromSummaryColumns(crossing(columns)), summary(models, nodes));
});

test('an empty spec round-trips, and a code past the end of the pool is an error, not a wrong model', () => {
  assert.deepEqual(fromSummaryColumns(crossing(toSummaryColumns(summary([])))), summary([]));
  const columns = toSummaryColumns(summary([{ id: 'a', metrics: {}, line: 1, column: 1 }]));
  const id = columns.models.columns[columns.models.keys.indexOf('id')];
  assert.ok(id.kind === 'primitive');
  id.codes[0] = 99;
  assert.throws(() => fromSummaryColumns(columns), /past the end of its pool/);
});
