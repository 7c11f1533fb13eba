// Hover is linked across the Compression Overview: the model under the pointer in the Model Map is
// ringed in the Scatterplot and marked in the sidebar tree, and a point hovered in the Scatterplot is
// ringed on the map (with its lineage traced). Leaving a view clears the mark everywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openOverview, openSpecInSidebar, readSpec, screenshot, waitFor, withWorkbench } from './workbench.mjs';

const HOVER_MARKER = '◀ hovered';

test('hovering a model in the map or the scatterplot highlights it in the other views', { timeout: 270_000 }, async () => {
  await withWorkbench('linked-hover', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const frame = await openOverview(page);
    const { row } = await openSpecInSidebar(page);
    const map = frame.locator('canvas#model-map');
    const scatter = frame.locator('div#scatterplot');
    const attr = (locator, name) => locator.getAttribute(name, { timeout: 2_000 });

    // Map → scatterplot and sidebar: point at a model's disc (the map says where it drew its lowest-valued one).
    await map.and(frame.locator('[data-lowest-node]')).waitFor({ state: 'attached', timeout: 15_000 });
    const node = JSON.parse(await attr(map, 'data-lowest-node'));
    const box = await map.boundingBox();
    await page.mouse.move(box.x + node.x, box.y + node.y, { steps: 4 });
    await waitFor(`the map to hover ${node.id}`, async () => (await attr(map, 'data-hovered-id')) === node.id);
    await waitFor(`the scatterplot to ring ${node.id}`, async () => (await attr(scatter, 'data-hovered-id')) === node.id);
    const model = spec.models.find((m) => m.id === node.id);
    const treeRow = row(model.tag || model.id);
    await waitFor(`the sidebar to mark ${node.id}`, async () => ((await treeRow.locator('.label-description').textContent({ timeout: 2_000 })) ?? '').includes(HOVER_MARKER));
    await screenshot(page, 'linked-hover-map');

    // Off the map: the marks go.
    await page.mouse.move(box.x + box.width - 4, box.y + box.height - 4, { steps: 2 });
    await waitFor('the scatterplot ring to clear', async () => (await attr(scatter, 'data-hovered-id')) === '');
    await waitFor('the sidebar mark to clear', async () => !((await treeRow.locator('.label-description').textContent({ timeout: 2_000 })) ?? '').includes(HOVER_MARKER));

    // Scatterplot → map: point at a point (the keyboard focus box says where one is drawn).
    await frame.locator('.scatter-area').focus();
    await page.keyboard.press('ArrowRight');
    const focused = await waitFor('a point to take the keyboard focus', async () => (await attr(scatter, 'data-focused-id')) || null);
    const point = await frame.locator('.scatter-area .map-focus').boundingBox();
    await page.mouse.move(point.x + point.width / 2, point.y + point.height / 2, { steps: 4 });
    await waitFor(`the scatterplot to hover ${focused}`, async () => (await attr(scatter, 'data-hovered-id')) === focused);
    await waitFor(`the map to ring ${focused}`, async () => (await attr(map, 'data-hovered-id')) === focused);
    assert.equal(await frame.locator('#map-tooltip').isVisible(), true, 'the scatterplot shows its tooltip');
    await screenshot(page, 'linked-hover-scatter');
  });
});
