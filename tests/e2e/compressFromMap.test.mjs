// Compress… from the Model Map on the real digits demo (generated at test time): the node's context menu opens the form
// with Fine-Tune and Taylor Prune greyed (the packaged backend has no libtorch); Magnitude Prune with amounts "0.5, 0.8"
// adds two children that the map shows selected, with measured metrics in their tooltips; a sweep cancelled from its
// progress notification leaves the spec and the models folder as they were. The whole loop of issue 16 in one go:
// Compress… → the new node on the map → Compare layers → Which layer broke it? → Restore this module, which adds a
// measured grandchild with that module's weights put back.
// Needs the Release build of the backend (scripts/build.sh builds it; CC_DOTNET runs it) for `demo`, which trains with libtorch; the
// compression itself runs in the packaged backend, which has no libtorch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { answerQuickInput as answer, generatedDemo, openOverview, readSpec, screenshot, waitFor, webviewFrame, withWorkbench } from './workbench.mjs';

const demo = generatedDemo();

/** Files of the models folder with their sizes: what a cancelled run must leave as it was. */
function modelFiles(specPath) {
  const folder = path.join(path.dirname(specPath), 'models');
  return fs.readdirSync(folder).sort().map((f) => `${f}:${fs.statSync(path.join(folder, f)).size}`);
}

/** Fills the form: Magnitude Prune on cnn with these amounts, scope (an ordinal: none picked), include and exclude left to their defaults. */
async function pruneForm(page, amounts, scope = '') {
  await answer(page, /^Compress cnn$/, 'Magnitude Prune');
  await answer(page, 'Magnitude Prune (1/4)', amounts);
  await answer(page, 'Magnitude Prune (2/4)', scope);
  await answer(page, 'Magnitude Prune (3/4)', '');
  await answer(page, 'Magnitude Prune (4/4)', '');
}

/**
 * The packaged backend has no libtorch: the open Compress form must list Fine-Tune and Taylor Prune greyed with that
 * reason (the demo's cnn has a TorchSharp checkpoint, so a backend with libtorch would offer them).
 */
async function expectTorchOperationsGreyed(page) {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: /^Compress cnn$/ }).waitFor({ state: 'visible', timeout: 30_000 });
  for (const name of ['Fine-Tune', 'Taylor Prune']) {
    const row = widget.locator('.monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await row.textContent();
    assert.match(text, /needs libtorch/, `${name} is greyed with its reason: ${text}`);
    assert.equal(await row.locator('.codicon-circle-slash').count(), 1, `${name} shows the disabled icon`);
  }
  const prune = await widget.locator('.monaco-list-row', { hasText: 'Magnitude Prune' }).first().textContent();
  assert.doesNotMatch(prune, /needs/, `Magnitude Prune runs without libtorch: ${prune}`);
}

/** Right-clicks the map's node `id` (found through keyboard focus, which places a box over it) and runs Compress… from the menu. */
async function compressFromContextMenu(page, frame, id) {
  const map = frame.locator('canvas#model-map[data-node-count]');
  await map.focus();
  await page.keyboard.press('ArrowRight');
  const focus = frame.locator(`div.map-focus[data-id="${id}"]`);
  await waitFor(`keyboard focus on ${id}`, async () => {
    if (await focus.count() > 0) return true;
    await page.keyboard.press('ArrowLeft');
    return false;
  }, { timeout: 10_000, interval: 300 });
  const box = await focus.boundingBox();
  await waitFor('"Compress…" from the map\'s context menu', async () => {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    const item = menu.locator('.action-item', { has: page.locator('.action-label', { hasText: /^Compress…$/ }) }).first();
    await item.hover({ timeout: 2_000 });
    await menu.locator('.action-item.focused', { hasText: 'Compress…' }).waitFor({ state: 'visible', timeout: 2_000 });
    await page.keyboard.press('Enter');
    return true;
  }, { timeout: 30_000, interval: 500 });
}

test('Compress… from the map: a two-value sweep adds two measured, selected children; a cancelled sweep leaves nothing', { timeout: 300_000 }, async () => {
  await withWorkbench('compressFromMap', async ({ page, specPath }) => {
    const before = readSpec(specPath).models.length;
    const frame = await openOverview(page);
    const map = frame.locator('canvas#model-map[data-node-count]');
    await map.waitFor({ state: 'visible', timeout: 15_000 });
    const attribute = async (name) => Number(await map.getAttribute(name, { timeout: 2_000 }));
    assert.equal(await attribute('data-node-count'), before);

    await compressFromContextMenu(page, frame, 'cnn');
    await expectTorchOperationsGreyed(page);
    await pruneForm(page, '0.5, 0.8');

    await waitFor('two new models in the spec', () => readSpec(specPath).models.length === before + 2, { timeout: 120_000, interval: 500 });
    const added = readSpec(specPath).models.slice(before);
    assert.deepEqual(added.map((m) => [m.base, m.operation.parameters.amount]), [['cnn', 0.5], ['cnn', 0.8]]);
    await waitFor('the map to show and select them', async () =>
      (await attribute('data-node-count')) === before + 2 && (await attribute('data-selected-count')) === 2, { timeout: 30_000, interval: 300 });

    // Keyboard focus reaches the first new model; its tooltip shows what was measured. Arrows move within a column and
    // cnn's top child may be of another operation (siblings further right go on top), so the walk climbs back to a
    // child of cnn made by the same operation, goes to the top of that column, then down it.
    await map.focus();
    await page.keyboard.press('ArrowRight');
    const focus = frame.locator('div.map-focus[data-id]');
    const models = new Map(readSpec(specPath).models.map((m) => [m.id, m]));
    const operation = added[0].operation.name;
    let climbed = false;
    let last = null;
    await waitFor(`keyboard focus on ${added[0].id}`, async () => {
      const id = await focus.getAttribute('data-id', { timeout: 1_000 });
      if (id === added[0].id) return true;
      const model = models.get(id);
      const inColumn = model?.base === 'cnn' && model.operation?.name === operation;
      if (inColumn && !climbed) {
        // Up until the top of the column, where focus stops moving.
        if (id === last) climbed = true;
        else await page.keyboard.press('ArrowUp');
        last = id;
        return false;
      }
      await page.keyboard.press(inColumn || model?.base === 'cnn' ? 'ArrowDown' : id === 'cnn' ? 'ArrowRight' : 'ArrowLeft');
      return false;
    }, { timeout: 30_000, interval: 150 });
    const tooltip = frame.locator('#map-tooltip');
    await waitFor(`the tooltip of ${added[0].id}`, async () => (await tooltip.textContent({ timeout: 1_000 }))?.includes(added[0].id), { timeout: 10_000 });
    const text = await tooltip.textContent();
    for (const metric of ['Top-1 Accuracy', 'Sparsity', 'Latency', 'Model Size']) assert.ok(text.includes(metric), `tooltip shows ${metric}: ${text}`);
    await screenshot(page, 'compress-sweep');

    // A long sweep, cancelled from its notification as soon as it shows: nothing is added, no file is left behind.
    const spec = fs.readFileSync(specPath, 'utf8');
    const files = modelFiles(specPath);
    await compressFromContextMenu(page, frame, 'cnn');
    await pruneForm(page, Array.from({ length: 40 }, (_, i) => ((i + 1) / 41).toFixed(4)).join(', '));
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Compressing cnn' });
    await toast.locator('.monaco-button', { hasText: 'Cancel' }).click({ timeout: 30_000 });
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'was cancelled' }).waitFor({ state: 'visible', timeout: 60_000 });
    assert.equal(fs.readFileSync(specPath, 'utf8'), spec, 'the spec is unchanged');
    assert.deepEqual(modelFiles(specPath), files, 'the models folder is unchanged');
  }, { budgetMs: 280_000, fixture: demo() });
});

test('Compress… → new node → Compare layers → Which layer broke it? → Restore this module adds a measured grandchild', { timeout: 300_000 }, async () => {
  await withWorkbench('compressDiagnoseRestore', async ({ page, specPath }) => {
    const before = readSpec(specPath).models.length;
    const frame = await openOverview(page);
    const map = frame.locator('canvas#model-map[data-node-count]');
    await map.waitFor({ state: 'visible', timeout: 15_000 });
    const attribute = async (name) => Number(await map.getAttribute(name, { timeout: 2_000 }));

    await compressFromContextMenu(page, frame, 'cnn');
    await pruneForm(page, '0.95');
    await waitFor('the pruned model in the spec', () => readSpec(specPath).models.length === before + 1, { timeout: 120_000, interval: 500 });
    const pruned = readSpec(specPath).models.at(-1);
    await waitFor('the map to show and select it', async () =>
      (await attribute('data-node-count')) === before + 1 && (await attribute('data-selected-count')) === 1, { timeout: 30_000, interval: 300 });

    await frame.locator('button#compare-layers:not([disabled])').click({ timeout: 10_000 });
    const layers = await webviewFrame(page, 'Layers: models.json', { timeout: 30_000 });
    await waitFor('the diagnosis to offer the new model', async () =>
      (await layers.locator('select#diagnose-model option').evaluateAll((o) => o.map((e) => e.value))).includes(pruned.id), { timeout: 30_000 });
    await layers.locator('select#diagnose-model').selectOption(pruned.id);
    await layers.locator('input#diagnose-instances').fill('64');
    await layers.locator('button#diagnose-run').click();
    await layers.locator('#layers-table .diagnose-recovery[data-module], #diagnose[data-status="error"]').first().waitFor({ state: 'attached', timeout: 150_000 });
    assert.equal(await layers.locator('#diagnose').getAttribute('data-status'), 'ready',
      `the diagnosis should finish; the panel says: ${await layers.locator('#diagnose-status').textContent()}`);

    const top = layers.locator('#layers-table .diagnose-recovery[data-module]').first();
    const module = await top.getAttribute('data-module');
    await top.locator('button.diagnose-restore').click();
    await waitFor('the restored model in the spec', () => readSpec(specPath).models.length === before + 2, { timeout: 120_000, interval: 500 });
    const restored = readSpec(specPath).models.at(-1);
    assert.equal(restored.base, pruned.id);
    assert.deepEqual([restored.operation.name, restored.operation.parameters.module, restored.operation.parameters.from], ['Restore Module', module, 'cnn']);
    assert.equal(typeof restored.metrics['Top-1 Accuracy'], 'number', `measured: ${JSON.stringify(restored.metrics)}`);
    assert.ok(fs.existsSync(path.join(path.dirname(specPath), restored.artifact)), 'its artifact exists');
    // The Layers panel took the overview's place in the editor group: bring the map back and find the grandchild on it.
    const mapAgain = (await openOverview(page)).locator('canvas#model-map[data-node-count]');
    await waitFor('the map to show it', async () => Number(await mapAgain.getAttribute('data-node-count', { timeout: 2_000 })) === before + 2,
      { timeout: 30_000, interval: 300 });
    await screenshot(page, 'compress-diagnose-restore');
  }, { budgetMs: 280_000, fixture: demo() });
});
