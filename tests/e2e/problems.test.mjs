// Spec problems in the Problems panel: every diagnostic kind the backend reports (protocol/Spec/DiagnosticCodes.cs; the
// two that take 1,000 problems or 250,000 models are covered by the backend's SpecParserHostileInputTests)
// shows with its code, its message and its position at the offending JSON. One code-server session: three spec
// files written to disk while it runs (one with every located problem, one with invalid JSON, one too large to
// read), none opened in an editor, so only the extension (not VS Code's JSON support) can report them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCommand, screenshot, waitFor, withWorkbench } from './workbench.mjs';

const PROBLEMS_SPEC = `{
  "metrics": [
    { "name": "Top-1 Accuracy", "min": 0, "max": 1, "primary": true },
    { "name": "Top-1 Accuracy" },
    { "min": 0 }
  ],
  "operations": [
    { "name": "Prune" },
    { "name": "Prune", "parameters": [] }
  ],
  "models": [
    { "id": "base", "base": null, "metrics": { "Top-1 Accuracy": 0.9 } },
    { "id": "base", "base": null },
    { "id": "orphan", "base": "nowhere" },
    { "id": "loop-a", "base": "loop-b" },
    { "id": "loop-b", "base": "loop-a" },
    { "id": "text-metric", "base": "base", "metrics": { "Top-1 Accuracy": "high" } },
    { "id": "new-metric", "base": "base", "metrics": { "Latency": 3 } },
    { "id": "new-op", "base": "base", "operation": { "name": "Distill" } },
    { "id": "wrong-type", "base": 42 },
    { "base": "base" },
    { "id": "outside", "base": "base", "artifact": "../secret.onnx" },
    { "id": "missing", "base": "base", "artifact": "gone.onnx" },
    { "id": "linked", "base": "base", "artifact": "linked.onnx" }
  ]
}
`;
const BROKEN_SPEC = '{ "models": [ { "id": "base", "base": null,, } \n';

/** Line and column (1-based, as the Problems panel shows them) of `token` in the first line of `text` containing `line`. */
function at(text, line, token = line) {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(line));
  assert.ok(index >= 0 && lines[index].includes(token), `fixture: no line with ${line} and ${token}`);
  return { line: index + 1, column: lines[index].indexOf(token) + 1 };
}

// The position is where the problem is in the JSON (the offending value, or the entry missing a field).
const EXPECTED = [
  { file: 'problems.models.json', code: 'duplicate-metric', message: /The metric "Top-1 Accuracy" is declared twice/, ...at(PROBLEMS_SPEC, '{ "name": "Top-1 Accuracy" }', '"Top-1 Accuracy"') },
  { file: 'problems.models.json', code: 'missing-field', message: /Entry 3 of "metrics" has no "name"/, ...at(PROBLEMS_SPEC, '{ "min": 0 }', '{') },
  { file: 'problems.models.json', code: 'duplicate-operation', message: /The operation "Prune" is declared twice/, ...at(PROBLEMS_SPEC, '"Prune", "parameters"', '"Prune"') },
  { file: 'problems.models.json', code: 'duplicate-id', message: /Model id "base" is already used/, ...at(PROBLEMS_SPEC, '{ "id": "base", "base": null }', '"base"') },
  { file: 'problems.models.json', code: 'unknown-base', message: /Base model "nowhere" of model "orphan" is not in this spec/, ...at(PROBLEMS_SPEC, '"nowhere"') },
  { file: 'problems.models.json', code: 'cycle', message: /Model "loop-a" is in a base cycle/, ...at(PROBLEMS_SPEC, '"id": "loop-a"', '"loop-b"') },
  { file: 'problems.models.json', code: 'metric-not-number', message: /Metric "Top-1 Accuracy" of model "text-metric" is the string "high", not a number/, ...at(PROBLEMS_SPEC, '"high"') },
  { file: 'problems.models.json', code: 'undeclared-metric', message: /Metric "Latency" \(used by model "new-metric"\) is not declared/, ...at(PROBLEMS_SPEC, '"Latency"') },
  { file: 'problems.models.json', code: 'undeclared-operation', message: /Operation "Distill" \(used by model "new-op"\) is not declared/, ...at(PROBLEMS_SPEC, '"Distill"') },
  { file: 'problems.models.json', code: 'wrong-type', message: /"base" of model "wrong-type" must be the id of its parent model/, ...at(PROBLEMS_SPEC, '42') },
  { file: 'problems.models.json', code: 'missing-field', message: /Entry 10 of "models" has no "id"/, ...at(PROBLEMS_SPEC, '{ "base": "base" }', '{') },
  { file: 'problems.models.json', code: 'path-outside-spec-folder', message: /"artifact" of model "outside" is "\.\.\/secret\.onnx", which is not a path inside the spec's folder/, ...at(PROBLEMS_SPEC, '"../secret.onnx"') },
  { file: 'problems.models.json', code: 'file-missing', message: /"artifact" of model "missing" names gone\.onnx, which does not exist/, ...at(PROBLEMS_SPEC, '"gone.onnx"') },
  // The text stays inside the folder; the symbolic link it names leads out of the workspace.
  { file: 'problems.models.json', code: 'path-outside-spec-folder', message: /"artifact" of model "linked" cannot be read: .*linked\.onnx \(it resolves to .*elsewhere\.onnx\) is outside the workspace/, ...at(PROBLEMS_SPEC, '"linked.onnx"') },
  // The second comma: a property name was expected there.
  { file: 'broken.models.json', code: 'invalid-json', message: /The spec is not valid JSON/, line: 1, column: BROKEN_SPEC.indexOf(',,') + 2 },
  { file: 'huge.models.json', code: 'file-unreadable', message: /huge\.models\.json is 65 MiB; spec files over 64 MiB are refused/, line: 1, column: 1 },
];

test('the Problems panel shows every diagnostic kind with its code, message and position', { timeout: 270_000 }, async () => {
  await withWorkbench('problems', async ({ page, workspace }) => {
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', { timeout: 30_000 })
      .catch(() => runCommand(page, 'View: Toggle Problems (Errors, Warnings, Infos)', { timeout: 15_000 }));
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    // Room for every row: the list only renders the rows in view.
    await runCommand(page, 'View: Toggle Maximized Panel', { timeout: 15_000 });

    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-problems-outside-'));
    fs.writeFileSync(path.join(outside, 'elsewhere.onnx'), 'not in the workspace');
    fs.symlinkSync(path.join(outside, 'elsewhere.onnx'), path.join(workspace, 'linked.onnx'));
    fs.writeFileSync(path.join(workspace, 'problems.models.json'), PROBLEMS_SPEC);
    fs.writeFileSync(path.join(workspace, 'broken.models.json'), BROKEN_SPEC);
    // Sparse: 65 MiB on paper, nothing on disk; over the backend's 64 MiB limit for a spec.
    const huge = path.join(workspace, 'huge.models.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 65 * 1024 * 1024);

    const rowTexts = () => panel.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => r.textContent.replace(/\s+/g, ' ').trim()));
    // A marker row reads "<message><source><code>[Ln <line>, Col <column>]".
    const shows = (t, e) => e.message.test(t) && t.includes(`Compress & Compare${e.code}[Ln `);
    const missing = (texts) => EXPECTED.filter((e) => !texts.some((t) => shows(t, e)));
    const texts = await waitFor('a Problems row for each diagnostic kind', async () => {
      const t = await rowTexts();
      return missing(t).length === 0 && t;
    }, { timeout: 30_000, interval: 300 }).catch(async (e) => {
      const t = await rowTexts();
      throw new Error(`${e.message}\nmissing: ${missing(t).map((m) => m.code).join(', ')}\nrows:\n${t.join('\n')}`);
    });
    for (const e of EXPECTED) {
      const row = texts.find((t) => shows(t, e));
      assert.ok(row.endsWith(`${e.code}[Ln ${e.line}, Col ${e.column}]`), `${e.code} should be at line ${e.line}, column ${e.column}: ${row}`);
    }
    // Each under its file's row.
    for (const file of new Set(EXPECTED.map((e) => e.file))) assert.ok(texts.some((t) => t.startsWith(file)), `a row for ${file}: ${texts.join(' | ')}`);
    await screenshot(page, 'problems');
  });
});
