// The Compression Overview: a budget brushed on a Filter histogram fades the models outside it, a
// rectangle brushed on the Scatterplot selects the models inside it (and the map follows), budgets and
// selection survive a live edit of the spec and a window reload, and the panes stack on a narrow window.
// The Scatterplot zooms with the wheel, pans with an Alt-drag, and its gridlines and ticks follow.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import {
  brushScatterplot, openOverview, readSpec, runCommand, screenshot, waitFor, waitForWorkbench, webviewFrame, withWorkbench,
} from './workbench.mjs';

const PANEL_TITLE = 'Compression Overview: models.json';
const SIZE = 'Model Size';

test('Filter budgets and the Scatterplot brush drive the overview', { timeout: 270_000 }, async () => {
  await withWorkbench('overview', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const total = spec.models.length;

    const frame = await openOverview(page);
    const scatter = frame.locator('div#scatterplot');
    const canvas = frame.locator('canvas#scatter-canvas');
    const attr = async (locator, name) => locator.getAttribute(name, { timeout: 2_000 });
    await waitFor('the scatterplot to place every model', async () => Number(await attr(canvas, 'data-point-count')) === total);
    assert.equal(await frame.locator('select#scatter-x').inputValue(), SIZE, 'x defaults to the size metric');
    assert.equal(await frame.locator('select#scatter-y').inputValue(), 'Top-1 Accuracy', 'y defaults to the primary accuracy');
    assert.ok(Number(await attr(scatter, 'data-front-count')) >= 1, 'a Pareto front is drawn');
    assert.equal(await frame.locator('div#selection-details').count(), 1, 'the Selection Details container is there');

    // Add a budget on size and brush across the left part of its histogram.
    await frame.locator('select#add-filter').selectOption(SIZE);
    const card = frame.locator(`div.filter[data-metric="${SIZE}"]`);
    const histogram = card.locator('svg.filter-histogram');
    await histogram.waitFor({ state: 'visible', timeout: 5_000 });
    const h = await histogram.boundingBox();
    await page.mouse.move(h.x + h.width * 0.02, h.y + h.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width * 0.3, h.y + h.height * 0.4, { steps: 8 });
    await page.mouse.move(h.x + h.width * 0.45, h.y + h.height * 0.4, { steps: 4 });
    await page.mouse.up();

    const range = await waitFor('the filter to hold a range', async () => (await attr(card, 'data-range')) || null);
    const [lo, hi] = range.split(',').map(Number);
    const inside = spec.models.filter((m) => m.metrics[SIZE] >= lo && m.metrics[SIZE] <= hi).length;
    assert.ok(inside > 0 && inside < total, `the brushed budget [${lo}, ${hi}] should keep some models, not all (${inside} of ${total})`);
    const count = frame.locator('.filter-count');
    await waitFor(`the pane to report ${inside} of ${total} within budget`, async () => (await count.textContent()) === `${inside} of ${total} models within budget`);
    await waitFor(`the scatterplot to allow ${inside} models`, async () => Number(await attr(scatter, 'data-allowed-count')) === inside);

    // Brush the whole plot: only models within budget get selected.
    await brushScatterplot(page, frame);
    await waitFor(`the scatterplot to select the ${inside} models within budget`, async () => Number(await attr(scatter, 'data-selected-count')) === inside);
    const mapCanvas = frame.locator('canvas#model-map');
    await waitFor(`the map to show the same ${inside} models selected`, async () => Number(await attr(mapCanvas, 'data-selected-count')) === inside);

    // Selection Details explains the brushed models through the backend: a chart per metric and a table row per model.
    const details = frame.locator('div#selection-details');
    if (inside >= 2) {
      await waitFor('Selection Details to show the explanation', async () => (await attr(details, 'data-state')) === 'ready');
      assert.equal(await details.locator('table#details-table tbody tr').count(), inside, 'one table row per selected model');
      // Past two variables a bar would average different recipes: then a "refine to compare" note replaces the chart.
      const charts = await details.locator('svg.details-chart').count();
      const refine = await details.locator('.details-refine-needed').count();
      assert.ok(charts >= 1 || refine === 1, `a bar chart or a refine note (charts ${charts}, notes ${refine})`);
    }
    await page.mouse.move(1500, 950);
    await screenshot(page, 'overview');

    // A live edit on disk: the budget keeps its range and applies to the new model too.
    spec.models.push({
      id: 'p50-q4-ft', base: 'p50-q4', operation: { name: 'Prune', parameters: { amount: 0.6 } },
      metrics: { 'Top-1 Accuracy': 0.88, [SIZE]: (lo + hi) / 2 },
    });
    fs.writeFileSync(specPath, `${JSON.stringify(spec, null, 2)}\n`);
    await waitFor('the scatterplot to place the new model', async () => Number(await attr(canvas, 'data-point-count')) === total + 1);
    assert.equal(await attr(card, 'data-range'), range, 'the budget survives the refresh unchanged');
    await waitFor(`the pane to report ${inside + 1} of ${total + 1}`, async () => (await count.textContent()) === `${inside + 1} of ${total + 1} models within budget`);
    assert.equal(Number(await attr(scatter, 'data-selected-count')), inside, 'the selection survives the refresh');

    // A window reload restores the panel from its webview state: budget, axes and selection.
    await frame.locator('select#scatter-y').selectOption(SIZE);
    await frame.locator('select#scatter-x').selectOption('Top-1 Accuracy');
    await runCommand(page, 'Developer: Reload Window');
    await waitForWorkbench(page);
    const restored = await webviewFrame(page, PANEL_TITLE, { timeout: 30_000 });
    await restored.locator('#root[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    const restoredScatter = restored.locator('div#scatterplot');
    const restoredCard = restored.locator(`div.filter[data-metric="${SIZE}"]`);
    await waitFor('the budget to come back after the reload', async () => (await restoredCard.getAttribute('data-range', { timeout: 1_000 })) === range);
    assert.equal(await restored.locator('select#scatter-x').inputValue(), 'Top-1 Accuracy', 'the x axis choice survives the reload');
    assert.equal(await restored.locator('select#scatter-y').inputValue(), SIZE, 'the y axis choice survives the reload');
    await waitFor(`${inside} models to be selected after the reload`, async () => Number(await attr(restoredScatter, 'data-selected-count')) === inside);

    // Clearing the budgets allows everything again; the selection stays.
    await restored.locator('button#clear-filters').click();
    await waitFor('every model to be allowed again', async () => Number(await attr(restoredScatter, 'data-allowed-count')) === total + 1);
    assert.equal(await restoredCard.count(), 0, 'the filter card is gone');
    assert.equal(Number(await attr(restoredScatter, 'data-selected-count')), inside, 'clearing budgets keeps the selection');

    // The keyboard reaches the points: an arrow focuses one, Enter selects only it, Shift+Enter adds the next.
    await restored.locator('.scatter-area').focus();
    await page.keyboard.press('ArrowRight');
    const first = await waitFor('a model to have keyboard focus', async () => (await attr(restoredScatter, 'data-focused-id')) || null);
    await page.keyboard.press('Enter');
    await waitFor(`only ${first} to be selected`, async () => Number(await attr(restoredScatter, 'data-selected-count')) === 1);
    await page.keyboard.press('ArrowRight');
    const second = await attr(restoredScatter, 'data-focused-id');
    assert.ok(second && second !== first, `ArrowRight moves on from ${first} (to ${second})`);
    await page.keyboard.press('Shift+Enter');
    await waitFor('the map to show both selected', async () => Number(await attr(restored.locator('canvas#model-map'), 'data-selected-count')) === 2);

    // A narrow window stacks the panes instead of squeezing them.
    await page.setViewportSize({ width: 900, height: 1000 });
    await waitFor('the scatterplot to sit below the map', async () => {
      const map = await restored.locator('.map-pane').boundingBox();
      const plot = await restored.locator('div#scatterplot').boundingBox();
      return map && plot && plot.y >= map.y + map.height - 2 && plot.width > 200;
    });
    await screenshot(page, 'overview-narrow');
  });
});

test('the Scatterplot zooms with the wheel, pans with Alt-drag and resets, with gridlines that follow', { timeout: 270_000 }, async () => {
  await withWorkbench('scatter-zoom', async ({ page }) => {
    const frame = await openOverview(page);
    const area = frame.locator('.scatter-area');
    const reset = frame.locator('button.scatter-reset');
    const ticks = async () => (await frame.locator('g.x-axis .tick text').allTextContents()).join(' ');
    await waitFor('the scatterplot to draw its axis', async () => (await ticks()).length > 0);
    const before = await ticks();
    assert.equal(await area.getAttribute('data-zoom'), '1.000');
    assert.equal(await reset.isVisible(), false, 'Reset zoom shows only once zoomed');

    const box = await area.boundingBox();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await waitFor('the wheel to zoom in', async () => Number(await area.getAttribute('data-zoom')) > 1.5);
    await waitFor('the x ticks to follow the zoom', async () => (await ticks()) !== before);
    assert.equal(await reset.isVisible(), true);

    // Alt-drag pans (a plain drag would brush a selection): the ticks move, nothing gets selected.
    const zoomedTicks = await ticks();
    await page.keyboard.down('Alt');
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.up('Alt');
    await waitFor('the pan to move the x ticks', async () => (await ticks()) !== zoomedTicks);
    assert.equal(await frame.locator('div#scatterplot').getAttribute('data-selected-count'), '0', 'panning selects nothing');

    await reset.click();
    await waitFor('Reset zoom to show every model again', async () => (await area.getAttribute('data-zoom')) === '1.000' && (await ticks()) === before);
    assert.equal(await reset.isVisible(), false);
  });
});
