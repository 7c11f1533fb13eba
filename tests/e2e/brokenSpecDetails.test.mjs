// Selection Details while the spec on disk is broken JSON: the map keeps drawing the last good spec (with a
// banner saying so), and Selection Details must explain the selected models of that drawn spec, not ask the
// backend about the broken file ("Only 0 of the selected models are in the spec"). The requests name the
// snapshot the map drew (SpecSummary.snapshot), which the backend still holds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { brushScatterplot, openOverview, readSpec, screenshot, waitFor, withWorkbench } from './workbench.mjs';

test('Selection Details explains the drawn spec while the file on disk is invalid JSON', { timeout: 240_000 }, async () => {
  await withWorkbench('broken-spec-details', async ({ page, specPath }) => {
    const total = readSpec(specPath).models.length;
    const frame = await openOverview(page);
    const attr = async (locator, name) => locator.getAttribute(name, { timeout: 2_000 });
    const canvas = frame.locator('canvas#scatter-canvas');
    await waitFor('the scatterplot to place every model', async () => Number(await attr(canvas, 'data-point-count')) === total);

    // A save that breaks the JSON: the map keeps the last good spec and says why.
    fs.writeFileSync(specPath, '{"models": [{"id": "base"},,\n');
    const banner = frame.locator('#banner');
    await waitFor('the map to show the last good spec with the error', async () =>
      /last version of the spec that could be read/.test((await banner.isVisible()) ? await banner.textContent() : ''));
    assert.equal(Number(await attr(canvas, 'data-point-count')), total, 'the map still draws every model of the good spec');

    // Brush most of the scatterplot: the selected models are all in the drawn spec.
    const scatter = frame.locator('div#scatterplot');
    await brushScatterplot(page, frame);
    const selected = await waitFor('models to be selected', async () => {
      const n = Number(await attr(scatter, 'data-selected-count'));
      return n >= 2 ? n : null;
    });

    const details = frame.locator('div#selection-details');
    // Before the fix the answer was "Only 0 of the selected models are in the spec" (state 'empty'): wait for any answer.
    const status = await waitFor('Selection Details to answer', async () => {
      const state = await attr(details, 'data-state');
      const text = (await details.locator('.details-status').textContent({ timeout: 2_000 })) ?? '';
      return state === 'ready' || state === 'error' || /Only \d+ of the selected/.test(text) ? text || state : null;
    });
    assert.doesNotMatch(status, /Only \d+ of the selected models/, 'the explanation is of the drawn spec, not the broken file');
    assert.equal(await attr(details, 'data-state'), 'ready', `Selection Details says: ${status}`);
    assert.equal(await details.locator('table#details-table tbody tr').count(), selected, 'one table row per selected model');
    // Past two variables a bar would average different recipes: then a "refine to compare" note replaces the chart.
    const charts = await details.locator('svg.details-chart').count();
    const refine = await details.locator('.details-refine-needed').count();
    assert.ok(charts >= 1 || refine === 1, `a bar chart or a refine note (charts ${charts}, notes ${refine})`);
    await page.mouse.move(1500, 950);
    await screenshot(page, 'broken-spec-details');
  });
});
