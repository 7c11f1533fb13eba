// Refine pills in the real overview (code-server + Chromium + backend): eight models that differ in three
// independent ways cannot share bars without averaging recipes, so Selection Details asks to refine; pressing a
// value pill narrows the comparison and Update Selection makes the models left the overview's selection.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { brushScatterplot, openOverview, screenshot, waitFor, withWorkbench } from './workbench.mjs';

/** Prune amount × bits × epochs over one base: 8 models, 3 variables. */
function gridSpec() {
  const models = [{ id: 'base', metrics: { Accuracy: 0.95, Size: 100 } }];
  let i = 0;
  for (const amount of [0.5, 0.9])
    for (const bits of [4, 8])
      for (const epochs of [1, 2]) {
        i++;
        models.push({ id: `a${amount}-b${bits}-e${epochs}`, base: 'base', operation: { name: 'Prune', parameters: { amount, bits, epochs } }, metrics: { Accuracy: 0.9 - i / 100, Size: 10 + i * 5 } });
      }
  return { metrics: [{ name: 'Accuracy', primary: true }, { name: 'Size', primary: true }], operations: [{ name: 'Prune', parameters: ['amount', 'bits', 'epochs'] }], models };
}

test('value pills narrow Selection Details and Update Selection selects the models left', { timeout: 240_000 }, async () => {
  await withWorkbench('refine-pills', async ({ page, specPath }) => {
    fs.writeFileSync(specPath, JSON.stringify(gridSpec(), null, 2));
    const frame = await openOverview(page);
    const attr = async (locator, name) => locator.getAttribute(name, { timeout: 2_000 });
    const canvas = frame.locator('canvas#scatter-canvas');
    await waitFor('the scatterplot to place every model', async () => Number(await attr(canvas, 'data-point-count')) === 9);

    await brushScatterplot(page, frame);
    const scatter = frame.locator('div#scatterplot');
    const details = frame.locator('div#selection-details');
    const pill = details.locator('.details-pill-row[data-variable="Prune · epochs"] .details-pill[data-level="2"]');
    await waitFor('Selection Details to offer value pills', async () => (await attr(details, 'data-state')) === 'ready' && (await pill.count()) === 1);
    const selected = Number(await attr(scatter, 'data-selected-count'));
    assert.ok(selected >= 6, `the brush should select most of the grid (${selected})`);
    assert.equal(await details.locator('.details-refine-needed').count(), 1, 'a refine note instead of bars that average recipes');

    await pill.click();
    await waitFor('the pill to narrow the comparison', async () => /Comparing \d+ of \d+ models\./.test(await details.locator('.details-pill-count').textContent()));
    const left = Number((await details.locator('.details-pill-count').textContent()).match(/Comparing (\d+)/)[1]);
    assert.ok(left >= 2 && left < selected, `${left} of ${selected} left`);
    await screenshot(page, 'refine-pills');
    await details.locator('.details-pill-update').click();
    const map = frame.locator('canvas#model-map');
    await waitFor(`the overview to select the ${left} models left`, async () =>
      Number(await attr(map, 'data-selected-count')) === left && Number(await attr(scatter, 'data-selected-count')) === left);
  });
});
