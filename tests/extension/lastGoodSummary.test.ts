// After a bad save, views keep the last good spec and say why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiagnosticSeverity, SpecDiagnostic, SpecSummary } from '../../protocol/generated/contract';
import { chooseShownSpec } from '../../extension/src/specs/lastGoodSummary';

const diagnostic = (code: string, severity: DiagnosticSeverity = 'error'): SpecDiagnostic =>
  ({ code, severity, message: `problem ${code}`, line: 3, column: 7, endLine: 3, endColumn: 8 });

function summary(models: number, diagnostics: SpecDiagnostic[] = []): SpecSummary {
  return {
    path: '/w/models.json', metrics: [], operations: [], roots: [], diagnostics,
    // These tests are about diagnostics; the layout is not read.
    layout: { nodes: [], columns: [], rowCount: 0, stepCount: 0 },
    models: Array.from({ length: models }, (_, i) => ({ id: `m${i}`, metrics: {}, line: 1, column: 1 })),
  };
}

test('a readable spec is shown, even with model-level errors', () => {
  const next = summary(3, [diagnostic('unknown-base'), diagnostic('undeclared-metric', 'warning')]);
  assert.deepEqual(chooseShownSpec(summary(5), next), { summary: next });
});

test('invalid JSON keeps the previous summary and explains where', () => {
  const previous = summary(5);
  const shown = chooseShownSpec(previous, summary(0, [diagnostic('invalid-json')]));
  assert.equal(shown.summary, previous);
  assert.match(shown.error!, /problem invalid-json \(models\.json:3:7\) — showing the last version/);
});

test('invalid JSON on the first read shows the empty summary with the error', () => {
  const next = summary(0, [diagnostic('invalid-json')]);
  const shown = chooseShownSpec(undefined, next);
  assert.equal(shown.summary, next);
  assert.equal(shown.error, 'problem invalid-json (models.json:3:7)');
});
