// The Model Map's column headers show each column's full name (never cut to a few letters), name it in
// a tooltip, and select the column's models on click, as the map's own selection: the scatterplot and
// Selection Details follow. A narrow window turns the names upright rather than cutting them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openOverview, screenshot, waitFor, withWorkbench } from './workbench.mjs';

/** Each header's label, tooltip, and whether its text is shown whole (nothing clipped or ellipsised). */
async function readHeaders(frame) {
  return frame.evaluate(() => [...document.querySelectorAll('.map-headers .map-header')].filter((b) => !b.hidden).map((b) => {
    const text = b.querySelector('.map-header-text');
    const box = text.getBoundingClientRect();
    const button = b.getBoundingClientRect();
    return {
      column: b.dataset.column,
      label: text.textContent,
      title: b.title,
      whole: text.scrollWidth <= text.clientWidth + 1 && text.scrollHeight <= text.clientHeight + 1,
      inside: box.left >= button.left - 1 && box.right <= button.right + 1 && box.top >= button.top - 1 && box.bottom <= button.bottom + 1,
      upright: b.parentElement.classList.contains('upright'),
    };
  }));
}

test('column headers read in full, explain themselves and select their column', { timeout: 270_000 }, async () => {
  await withWorkbench('map-headers', async ({ page }) => {
    const frame = await openOverview(page);
    const map = frame.locator('canvas#model-map');
    await waitFor('the map to draw its headers', async () => (await frame.locator('.map-headers .map-header').count()) > 1);
    const headers = await readHeaders(frame);
    for (const h of headers) {
      assert.ok(h.whole && h.inside, `header "${h.label}" is shown whole inside its column`);
      assert.ok(h.title.startsWith(`${h.label}: click to select its `), `header "${h.label}" has a tooltip naming it: ${h.title}`);
    }
    assert.ok(headers.some((h) => h.label === 'Quantize'), `a Quantize column is labelled in full: ${headers.map((h) => h.label)}`);

    // Clicking a column's header selects exactly its models, in the map and in the scatterplot.
    const target = headers.find((h) => h.label === 'Quantize');
    const count = Number(target.title.match(/select its (\d+) model/)[1]);
    assert.ok(count > 0);
    assert.equal(await map.getAttribute('data-selected-count'), '0', 'nothing is selected before the click');
    await frame.locator(`.map-header[data-column="${target.column}"]`).click();
    await waitFor(`the map to select the ${count} models of the Quantize column`, async () => Number(await map.getAttribute('data-selected-count')) === count);
    await waitFor('the scatterplot to follow', async () => Number(await frame.locator('div#scatterplot').getAttribute('data-selected-count')) === count);
    if (count >= 2) {
      await waitFor('Selection Details to explain the column', async () => (await frame.locator('div#selection-details').getAttribute('data-state')) === 'ready');
    }
    await screenshot(page, 'map-headers');

    // A narrow window: the map zooms out to fit, and the headers stay whole (upright when the columns are narrow).
    await page.setViewportSize({ width: 760, height: 900 });
    await frame.locator('button', { hasText: /^Fit$/ }).click();
    await waitFor('the headers to fit the narrow map', async () => {
      const narrow = await readHeaders(frame);
      return narrow.length === headers.length && narrow.every((h) => h.whole && h.inside) ? narrow : null;
    });
    await screenshot(page, 'map-headers-narrow');
  });
});
