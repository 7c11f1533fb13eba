// Explorer → "Compare Models" on models.json opens the Model Map webview; it follows edits made on disk,
// selects a model the way a user does (keyboard focus, then a click on it) and selects by Shift-drag.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { openOverview, readSpec, screenshot, waitFor, withWorkbench } from './workbench.mjs';


test('Compare Models from the Explorer shows, updates and selects the model map', { timeout: 270_000 }, async () => {
  await withWorkbench('compareModels', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const expected = spec.models.length;

    const frame = await openOverview(page);
    const map = frame.locator('canvas#model-map[data-node-count]');
    await map.waitFor({ state: 'visible', timeout: 15_000 });
    const nodeCount = async () => Number(await map.getAttribute('data-node-count', { timeout: 2_000 }));
    const selectedCount = async () => Number(await map.getAttribute('data-selected-count', { timeout: 2_000 }));
    assert.equal(await nodeCount(), expected, 'data-node-count should equal the number of models in the spec');

    // Edit the spec on disk, not in the editor: the extension must notice the file change.
    spec.models.push({
      id: 'p50-q8-ft', base: 'p50-q8', operation: { name: 'Prune', parameters: { amount: 0.6 } },
      tag: 'Prune (50%) → Quantize (8-bit) → Prune (60%)',
      metrics: { 'Top-1 Accuracy': 0.921, 'Model Size': 4_470_000 },
    });
    fs.writeFileSync(specPath, `${JSON.stringify(spec, null, 2)}\n`);
    await waitFor(`data-node-count to become ${expected + 1}`, async () => (await nodeCount()) === expected + 1,
      { timeout: 15_000, interval: 200 });

    assert.equal(await selectedCount(), 0, 'no model is selected before the click');
    // Show the Compress & Compare tree beside the map: a selection made in the map is revealed there.
    await page.locator('.part.activitybar .action-item .action-label[aria-label^="Compress & Compare"]').click({ timeout: 10_000 });
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'models.json' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    // Keyboard focus starts on the first model (the root); ArrowRight moves to its first child.
    await map.focus();
    await page.keyboard.press('ArrowRight');
    const focusBox = frame.locator('div.map-focus[data-id]');
    await focusBox.waitFor({ state: 'attached', timeout: 5_000 });
    const focusedId = await focusBox.getAttribute('data-id');
    const focused = spec.models.find((m) => m.id === focusedId);
    assert.ok(focused, `the focus box names a model of the spec (got ${focusedId})`);
    assert.equal(focused.base, spec.models.find((m) => m.base == null).id, 'ArrowRight from the root focuses a child of the root');
    // The box lets pointer events through, so a click at its centre lands on the model in the canvas.
    const box = await focusBox.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitFor('data-selected-count to become 1', async () => (await selectedCount()) === 1, { timeout: 5_000 });
    await page.locator('.part.sidebar .monaco-list-row[aria-selected="true"]', { hasText: focused.tag })
      .waitFor({ state: 'visible', timeout: 10_000 });

    // Shift-drag across the whole map selects every model.
    const mapBox = await map.boundingBox();
    await page.mouse.move(mapBox.x + 2, mapBox.y + 32);
    await page.keyboard.down('Shift');
    await page.mouse.down();
    await page.mouse.move(mapBox.x + mapBox.width - 2, mapBox.y + mapBox.height - 2, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await waitFor(`data-selected-count to become ${expected + 1} after the brush`, async () => (await selectedCount()) === expected + 1,
      { timeout: 5_000 });

    await page.mouse.move(1500, 900); // away from the node, so its tooltip does not cover the map
    await screenshot(page, 'model-map');
  });
});
