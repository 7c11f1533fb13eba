// Saving charts and tables from the panels, on the real demo: the Compression Overview's Save… menu writes the
// Scatterplot as a standalone SVG (one circle per model, theme colours resolved), and the Behaviors panel's writes its
// class table as CSV (a header, then one row per class). VS Code's save dialog is answered in its quick-input form
// (files.simpleDialog.enable), which shows the default file name the host suggests next to the spec.
// Needs the Release build of the backend (scripts/build.sh builds it; CC_DOTNET runs it) for `demo`, which trains with libtorch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brushScatterplot, generatedDemo, openOverview, screenshot, waitFor, webviewFrame, withWorkbench } from './workbench.mjs';

const demo = generatedDemo();

/** Picks `item` from a panel's Save… menu. */
async function saveFrom(frame, item) {
  await frame.locator('button.save-menu-button').click();
  await frame.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Accepts the save dialog's suggested path, after checking it is `fileName` next to the spec; returns that path. */
async function acceptSaveDialog(page, fileName) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  let suggested = '';
  await waitFor(`the save dialog to suggest ${fileName}`, async () => (suggested = await input.inputValue()).endsWith(fileName), { timeout: 10_000 });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  return suggested;
}

/** Waits for a file the host writes, and reads it once its size stops changing. */
async function readWritten(file) {
  let size = -1;
  await waitFor(`${file} to be written`, () => {
    const now = fs.existsSync(file) ? fs.statSync(file).size : -1;
    const done = now > 0 && now === size;
    size = now;
    return done;
  }, { timeout: 20_000, interval: 200 });
  return fs.readFileSync(file, 'utf8');
}

test('the Scatterplot saves as a standalone SVG and the Behaviors class table as CSV', { timeout: 420_000 }, async () => {
  await withWorkbench('export-charts', async ({ page, specPath }) => {
    const folder = path.dirname(specPath);
    const map = await openOverview(page);
    const canvas = map.locator('#scatter-canvas');
    await waitFor('the scatterplot to draw its points', async () => Number(await canvas.getAttribute('data-point-count')) > 0);
    const points = Number(await canvas.getAttribute('data-point-count'));

    await saveFrom(map, 'Scatterplot as SVG…');
    const svgPath = await acceptSaveDialog(page, 'models-scatter.svg');
    assert.equal(path.dirname(svgPath), folder, 'suggested next to the spec');
    const svg = await readWritten(path.join(folder, 'models-scatter.svg'));
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"/);
    assert.doesNotMatch(svg, /var\(--/, 'theme variables are resolved to colours');
    // The browser's XML parser is the judge of "parses"; each model's disc carries its id as a <title>.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        namespace: root.namespaceURI,
        discs: doc.querySelectorAll('g.scatter-points circle > title').length,
        ticks: doc.querySelectorAll('.tick text').length,
      };
    }, svg);
    assert.equal(parsed.error, null, 'the SVG parses as XML');
    assert.equal(parsed.namespace, 'http://www.w3.org/2000/svg');
    assert.equal(parsed.discs, points, 'one disc per model in the scatterplot');
    assert.ok(parsed.ticks > 0, 'the axes come along');

    // Every model selected, then Behaviors compares them with the root.
    await brushScatterplot(page, map);
    await map.locator('button#compare-behaviors:not([disabled])').click({ timeout: 10_000 });
    const behaviors = await webviewFrame(page, 'Behaviors: models.json', { timeout: 30_000 });
    await behaviors.locator('#root[data-state="ready"], #root[data-state="error"]').waitFor({ state: 'attached', timeout: 180_000 });
    assert.equal(await behaviors.locator('#root').getAttribute('data-state'), 'ready',
      `the comparison should finish; the panel says: ${await behaviors.locator('.behaviors-status-text').textContent()}`);
    await behaviors.locator('.segment[data-rows="classes"]').click();
    const classes = await behaviors.locator('#behaviors-table [data-row-key^="class:"]').count();
    const models = await behaviors.locator('[data-sort-model]').count();
    assert.ok(classes > 0, 'the table shows the classes');

    await saveFrom(behaviors, 'Table as CSV…');
    await acceptSaveDialog(page, 'models-behaviors-table.csv');
    const csv = await readWritten(path.join(folder, 'models-behaviors-table.csv'));
    const lines = csv.split('\r\n');
    assert.equal(lines.at(-1), '', 'every line ends with CRLF');
    const [header, ...rows] = lines.slice(0, -1);
    assert.match(header, /^Class,Instances,/);
    assert.equal(rows.length, classes, 'one row per class');
    for (const row of rows) {
      // The demo's classes are digits: no field here needs quoting, so a comma splits fields.
      assert.match(row, /^[^,"]+,\d+(,-?[\d.e+-]*)+$/, `a class, its count and unrounded numbers: ${row}`);
      assert.equal(row.split(',').length, 2 + models, `a column per compared model: ${row}`);
    }
    await screenshot(page, 'export-charts');
  }, { budgetMs: 400_000, fixture: demo(), settings: { 'files.simpleDialog.enable': true } });
});
