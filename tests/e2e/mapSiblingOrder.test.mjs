// The Model Map stacks a pruning sweep by amount, whatever order the spec lists it in (here 70, 99, 50, 10, 95,
// 30, 90), smallest on the base's row as in the paper, and labels each model with what sets it apart ("10%").
// Positions are read as the other map tests read them: keyboard focus places a box over the focused model.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openOverview, readSpec, screenshot, waitFor, withWorkbench } from './workbench.mjs';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'siblingOrder');

test('A sweep listed in shuffled order is stacked by parameter value and labelled', { timeout: 270_000 }, async () => {
  await withWorkbench('mapSiblingOrder', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const sweep = spec.models.filter((m) => m.base === 'base');
    const byAmount = [...sweep].sort((a, b) => a.operation.parameters.amount - b.operation.parameters.amount).map((m) => m.id);
    assert.notDeepEqual(sweep.map((m) => m.id), byAmount, 'the fixture lists the sweep out of order');

    const frame = await openOverview(page);
    const map = frame.locator('canvas#model-map[data-node-count]');
    await waitFor('the map to draw every model', async () => Number(await map.getAttribute('data-node-count', { timeout: 2_000 })) === spec.models.length);

    // Right from the base reaches the sibling on its row; Down walks the column top to bottom.
    await map.focus();
    await page.keyboard.press('ArrowRight');
    const focus = frame.locator('div.map-focus[data-id]');
    const seen = [];
    for (let step = 0; step < sweep.length; step++) {
      if (step > 0) await page.keyboard.press('ArrowDown');
      const previous = seen.at(-1)?.id;
      const id = await waitFor('keyboard focus to move on', async () => {
        const current = await focus.getAttribute('data-id', { timeout: 1_000 });
        return current && current !== previous ? current : null;
      }, { timeout: 5_000 });
      const box = await focus.boundingBox();
      seen.push({ id, y: box.y + box.height / 2 });
    }
    assert.deepEqual(seen.map((s) => s.id), byAmount, 'top to bottom, the siblings follow the pruning amount');
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i].y > seen[i - 1].y, `${seen[i].id} is drawn below ${seen[i - 1].id}`);

    // Every sibling's label is drawn beside it, and the tooltip of the focused model says it too.
    await waitFor(`the map to draw ${sweep.length} parameter labels`, async () =>
      Number(await map.getAttribute('data-parameter-label-count', { timeout: 1_000 })) === sweep.length);
    const tooltip = frame.locator('#map-tooltip');
    const last = byAmount.at(-1);
    const percent = `${Math.round(sweep.find((m) => m.id === last).operation.parameters.amount * 100)}%`;
    await waitFor(`the tooltip of ${last} to show its label ${percent}`, async () => {
      const text = await tooltip.textContent({ timeout: 1_000 });
      return text?.includes(last) && text.includes(`Among its siblings ${percent}`);
    });
    await screenshot(page, 'map-sibling-order');
  }, { fixture: FIXTURE, viewport: { width: 1600, height: 1300 } });
});
