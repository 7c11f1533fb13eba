// Hover is linked across the Compression Overview: the model under the pointer in the Model Map is
// ringed in the Scatterplot and marked in the sidebar tree, and a point hovered in the Scatterplot is
// ringed on the map (with its lineage traced); a model's row in Selection Details' table rings it in
// both. Leaving a view clears the mark everywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listedLabel, openOverview, openSpecInSidebar, readSpec, screenshot, waitFor, withWorkbench } from './workbench.mjs';

const HOVER_MARKER = '◀ hovered';

test('hovering a model in the map, the scatterplot or Selection Details highlights it in the other views', { timeout: 270_000 }, async () => {
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
    const treeRow = row(listedLabel(spec, model));
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

    // Selection Details → map and scatterplot: select the demo's Quantize column (several models), then
    // point at a row of the table.
    await frame.locator('.map-headers .map-header', { hasText: 'Quantize' }).first().click();
    const details = frame.locator('div#selection-details');
    await waitFor('Selection Details to explain the column', async () => (await details.getAttribute('data-state', { timeout: 2_000 })) === 'ready');
    const tableRows = frame.locator('#details-table tbody tr');
    await waitFor('the details table to list the models', async () => (await tableRows.count()) > 1);
    // A row whose model is not ringed already, so that an earlier ring cannot pass for this one.
    const ringed = await attr(map, 'data-hovered-id');
    const firstModel = await tableRows.first().getAttribute('data-model');
    const target = firstModel === ringed ? tableRows.last() : tableRows.first();
    const rowModel = await target.getAttribute('data-model');
    assert.notEqual(rowModel, ringed);
    assert.ok(spec.models.some((m) => m.id === rowModel), `the table row names a model of the spec: ${rowModel}`);
    await target.hover();
    await waitFor(`the map to ring ${rowModel}, the hovered row's model`, async () => (await attr(map, 'data-hovered-id')) === rowModel);
    await waitFor(`the scatterplot to ring ${rowModel}`, async () => (await attr(scatter, 'data-hovered-id')) === rowModel);
    await frame.locator('#details-table thead').hover();
    await waitFor('the rings to clear after leaving the rows', async () => (await attr(map, 'data-hovered-id')) === '' && (await attr(scatter, 'data-hovered-id')) === '');
  });
});
