// Explorer → "Compare Models" on models.json opens the Model Map webview; it follows edits made on disk
// and selects a node on click.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { explorerContextMenu, readSpec, screenshot, waitFor, webviewFrame, withWorkbench } from './workbench.mjs';

const PANEL_TITLE = 'Model Map: models.json';

test('Compare Models from the Explorer shows, updates and selects the model map', { timeout: 270_000 }, async () => {
  await withWorkbench('compareModels', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const expected = spec.models.length;

    await explorerContextMenu(page, 'models.json', 'Compare Models');
    const frame = await webviewFrame(page, PANEL_TITLE, { timeout: 30_000 });
    await frame.locator('#root[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    const map = frame.locator('svg#model-map');
    await map.waitFor({ state: 'visible', timeout: 15_000 });
    const nodeCount = async () => Number(await map.getAttribute('data-node-count', { timeout: 2_000 }));
    assert.equal(await nodeCount(), expected, 'data-node-count should equal the number of models in the spec');
    assert.equal(await frame.locator('g.model-node').count(), expected, 'one g.model-node per model');

    // Edit the spec on disk, not in the editor: the extension must notice the file change.
    spec.models.push({
      id: 'p50-q8-ft', base: 'p50-q8', operation: { name: 'Prune', parameters: { amount: 0.6 } },
      tag: 'Prune (50%) → Quantize (8-bit) → Prune (60%)',
      metrics: { 'Top-1 Accuracy': 0.921, 'Model Size': 4_470_000 },
    });
    fs.writeFileSync(specPath, `${JSON.stringify(spec, null, 2)}\n`);
    await waitFor(`data-node-count to become ${expected + 1}`, async () => (await nodeCount()) === expected + 1,
      { timeout: 15_000, interval: 200 });

    const node = frame.locator('g.model-node').first();
    assert.doesNotMatch((await node.getAttribute('class')) ?? '', /\bselected\b/, 'no node is selected before the click');
    await node.click({ timeout: 5_000 });
    await waitFor('the clicked node to get class "selected"',
      async () => /\bselected\b/.test((await node.getAttribute('class', { timeout: 1_000 })) ?? ''), { timeout: 5_000 });

    await page.mouse.move(1500, 900); // away from the node, so its tooltip does not cover the map
    await screenshot(page, 'model-map');
  });
});
