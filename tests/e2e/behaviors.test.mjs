// Behaviors on the real demo (trained and compressed ONNX models, generated at test time): select a
// compressed model on the Model Map → "Compare behaviors" compares it with its parent through the backend;
// sorted by relative accuracy, the class compression hurts most (per the CLI's `compare`) is on top;
// an instance opens with its image. The sidebar's "Compare Behaviors" on two selected models compares
// them against the one closer to the root.
// Needs the Release build of the backend (scripts/build.sh builds it; CC_DOTNET runs it) for `demo`, which trains with libtorch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  backendCli, generatedDemo, openOverview, openSpecInSidebar, readSpec, runCommand, screenshot, sidebarContextMenu, waitFor, webviewFrame, withWorkbench,
} from './workbench.mjs';

const BEHAVIORS_TITLE = 'Behaviors: models.json';
const demo = generatedDemo();

test('Compare behaviors: worst class on top when sorted by relative accuracy, then an instance', { timeout: 420_000 }, async () => {
  await withWorkbench('behaviors', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const root = spec.models.find((m) => m.base == null);

    const map = await openOverview(page);
    assert.ok(await map.locator('button#compare-behaviors').isDisabled(), 'nothing selected: the button is disabled');
    // The sidebar beside the map: the map's selection is revealed there, so the root's row is shown for later.
    await page.locator('.part.activitybar .action-item .action-label[aria-label^="Compress & Compare"]').click({ timeout: 10_000 });
    // Keyboard focus starts on the root; ArrowRight moves to its first child, a click selects it.
    const canvas = map.locator('canvas#model-map[data-node-count]');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const focusBox = map.locator('div.map-focus[data-id]');
    await focusBox.waitFor({ state: 'attached', timeout: 5_000 });
    const childId = await focusBox.getAttribute('data-id');
    const child = spec.models.find((m) => m.id === childId);
    assert.equal(child?.base, root.id, 'the focused model is a child of the root');
    const box = await focusBox.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitFor('the map to select one model', async () => (await canvas.getAttribute('data-selected-count', { timeout: 1_000 })) === '1');
    await map.locator('button#compare-behaviors:not([disabled])').click({ timeout: 5_000 });

    const frame = await webviewFrame(page, BEHAVIORS_TITLE, { timeout: 30_000 });
    // Evaluating two models on the digits takes seconds; a failure shows in the panel at once.
    await frame.locator('#root[data-state="ready"], #root[data-state="error"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.equal(await frame.locator('#root').getAttribute('data-state'), 'ready',
      `the comparison should finish; the panel says: ${await frame.locator('.behaviors-status-text').textContent()}`);
    // The CLI runs the same comparison: the class whose accuracy drops most from the parent.
    const expected = backendCli('compare', specPath, '--base', root.id, '--models', child.id);
    const drops = expected.classes.map((c) => c.models[child.id].accuracy - c.models[root.id].accuracy);
    const worst = Math.min(...drops);
    // Classes come in class index order, which the table's row keys use.
    const worstKeys = drops.map((d, i) => (d === worst ? `class:${i}` : null)).filter(Boolean);

    assert.equal(await frame.locator('select#behaviors-base').inputValue(), root.id, 'one model is compared with its parent');
    assert.deepEqual(await frame.locator('[data-sort-model]').evaluateAll((b) => b.map((e) => e.dataset.sortModel)), [root.id, child.id]);
    assert.equal(await frame.locator('#behaviors-table [data-row-key]').count(), expected.classes.length, 'one row per class');

    await frame.locator('select#behaviors-metric').selectOption('accuracy');
    await frame.locator('#behaviors-relative').check();
    await frame.locator(`[data-sort-model="${child.id}"]`).click();
    const top = await frame.locator('#behaviors-table [data-row-index="0"]').getAttribute('data-row-key');
    assert.ok(worstKeys.includes(top), `the top row ${top} should be the class compression hurts most (${worstKeys.join(', ')}, ${worst})`);
    await screenshot(page, 'behaviors');

    // Instances, from the backend page by page; the first opens with its image.
    await frame.locator('.segment[data-rows="instances"]').click();
    const first = frame.locator('#behaviors-table [data-row-index="0"][data-row-key^="instance:"]');
    await first.waitFor({ state: 'attached', timeout: 30_000 });
    assert.equal(Number(await frame.locator('#behaviors-table').getAttribute('data-row-count')), expected.overall[root.id].count);
    const instance = (await first.getAttribute('data-row-key')).split(':')[1];
    await first.click();
    await frame.locator(`#instance-view[data-instance="${instance}"][data-loaded="image"]`).waitFor({ state: 'attached', timeout: 30_000 });
    assert.equal(await frame.locator('#instance-view .instance-predictions tr').count(), 3, 'a header and one row per model');
    await screenshot(page, 'behaviors-instance');

  }, { budgetMs: 400_000, fixture: demo() });
});

test('the sidebar compares the selected models against the one closest to the root', { timeout: 300_000 }, async () => {
  await withWorkbench('behaviors-sidebar', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const root = spec.models.find((m) => m.base == null);
    const child = spec.models.find((m) => m.base === root.id);
    const { sidebar, row } = await openSpecInSidebar(page);
    // The child first, then the root with Ctrl: the base must still be the root (smaller depth), listed first.
    await row(child.tag || child.id).click({ timeout: 10_000 });
    await row(root.tag || root.id).click({ modifiers: ['Control'], timeout: 5_000 });
    await waitFor('two rows selected', async () => (await sidebar.locator('.monaco-list-row[aria-selected="true"]').count()) === 2);
    await sidebarContextMenu(page, row(root.tag || root.id), 'Compare Behaviors');
    const frame = await webviewFrame(page, BEHAVIORS_TITLE, { timeout: 30_000 });
    await waitFor('the base select to list both models, root first', async () =>
      JSON.stringify(await frame.locator('select#behaviors-base option').evaluateAll((o) => o.map((e) => e.value))) === JSON.stringify([root.id, child.id]));
    assert.equal(await frame.locator('select#behaviors-base').inputValue(), root.id);
    // A failure shows at once; only a finished comparison with its rows passes.
    await frame.locator('#root[data-state="ready"], #root[data-state="error"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.equal(await frame.locator('#root').getAttribute('data-state'), 'ready',
      `the comparison should finish; the panel says: ${await frame.locator('.behaviors-status-text').textContent()}`);
    const rows = await frame.locator('#behaviors-table [data-row-key]').count();
    assert.ok(rows > 0, 'the finished comparison has rows');

    // A window reload brings the panel back on the same models, with the user's choices.
    await frame.locator('.segment[data-rows="subgroups"]').click();
    await runCommand(page, 'Developer: Reload Window');
    // Not waitForWorkbench: it waits for the Explorer, and the reloaded window shows our sidebar instead.
    await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: 45_000 });
    const restored = await webviewFrame(page, BEHAVIORS_TITLE, { timeout: 30_000 });
    await waitFor('the restored panel to list both models', async () =>
      (await restored.locator('select#behaviors-base option').count()) === 2);
    await restored.locator('#root[data-rows="subgroups"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.equal(await restored.locator('.segment[data-rows="subgroups"]').getAttribute('aria-checked'), 'true', 'the rows kind survives the reload');
    await restored.locator('#root[data-state="ready"], #root[data-state="error"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.equal(await restored.locator('#root').getAttribute('data-state'), 'ready',
      `the restored panel should compare again; it says: ${await restored.locator('.behaviors-status-text').textContent()}`);
  }, { budgetMs: 280_000, fixture: demo() });
});
