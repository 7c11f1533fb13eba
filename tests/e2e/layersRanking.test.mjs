// The Layers webview in headless Chromium (the bare page of layersBarePage.mjs, the hand-made probe): module type
// badges, the paper's sparsity split drawn in two shades with its numbers in the hover and the legend, the Rank
// control's whole-model ranking, and the name filter's regular expressions, an invalid one included.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBareChromium } from './barePage.mjs';
import { lastStateOf, layersPageHtml, loadLayers, rowKeysOf } from './layersBarePage.mjs';

const OUT = path.join(import.meta.dirname, 'out');

let chromium;
let page;
let html;
const errors = [];

before(async () => {
  html = await layersPageHtml();
  chromium = await launchBareChromium('layers-ranking');
  page = chromium.page;
});

after(async () => {
  await chromium?.close();
});

const rowKeys = () => rowKeysOf(page);
const lastState = () => lastStateOf(page);
const p90Cell = (key) => `[data-row-key="${key}"] .layers-value:nth-child(3)`;
const waitForRows = (count) => page.waitForFunction((n) => document.querySelector('#layers-table')?.dataset.rowCount === String(n), count, { timeout: 5_000 });

describe('Layers: types, sparsity split, ranking, regular expressions', () => {
  test('module rows show their type after the name; tensor rows none', async () => {
    await loadLayers(page, html, { expanded: ['features', 'classifier', 'features.0'] });
    page.on('pageerror', (e) => errors.push(e));
    const type = (key) => page.locator(`[data-row-key="${key}"] .layers-name-cell .layers-type`);
    assert.deepEqual(await Promise.all(['features', 'features.0', 'features.3', 'classifier'].map((k) => type(k).textContent())),
      ['Sequential', 'Conv', 'Conv', 'Linear']);
    assert.equal(await type('features.0.weight').count(), 0);
    // The badge follows the label, before the parameter count.
    assert.deepEqual(await page.$$eval('[data-row-key="features.0"] .layers-name-cell > span', (s) => s.map((e) => e.className)),
      ['layers-label', 'layers-type', 'layers-detail']);
  });

  test('a sparsity bar splits into zero in both and zero only in this model, with the numbers in its hover and the legend', async () => {
    // features.0 in p90: 81% zeros, 40% of all values zero in cnn too, 41% zeroed by pruning.
    const parts = await page.$$eval(`${p90Cell('features.0')} .layers-bar.is-split > .layers-bar-part`, (spans) =>
      spans.map((s) => [s.classList.contains('is-both') ? 'both' : 'only-here', s.getBoundingClientRect().width]));
    assert.deepEqual(parts.map(([kind]) => kind), ['both', 'only-here']);
    assert.ok(Math.abs(parts[0][1] / (parts[0][1] + parts[1][1]) - 0.4 / 0.81) < 0.02, JSON.stringify(parts));
    const shades = await page.$$eval(`${p90Cell('features.0')} .layers-bar-part`, (s) => s.map((e) => getComputedStyle(e).backgroundColor));
    assert.notEqual(shades[0], shades[1], 'two shades');
    assert.equal(await page.textContent(`${p90Cell('features.0')} .layers-number`), '81.0%');
    assert.match(await page.getAttribute(p90Cell('features.0.weight'), 'title'), /sparsity 90\.0%\n {2}zero in both 10\.0% · zero only in this model 80\.0%/);
    const legend = page.locator('.layers-legend[data-legend="sparsity"]');
    assert.ok(await legend.isVisible());
    assert.match(await legend.textContent(), /zero in both.*zero only in this model.*Prune 90%: 2\.0% in both \+ 52\.0% only here/);
    await page.selectOption('select#layers-cells', 'weights');
    assert.equal(await page.getAttribute('.layers-legend', 'data-legend'), 'change', 'Weights keeps its change-band legend');
    await page.selectOption('select#layers-cells', 'sparsity');
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'layers-split-dark.png') });
  });

  test('Rank across the whole model lists every module by the chosen statistic, with full names; back to the tree', async () => {
    await page.selectOption('select#layers-rank', 'model');
    // No header sort yet: the first compared model's sparsity, most first.
    assert.deepEqual(await rowKeys(), ['features.0', 'features', 'features.3', 'classifier']);
    assert.equal(await page.getAttribute('#root', 'data-rank'), 'model');
    assert.equal(await page.textContent('[data-row-key="features.0"] .layers-label'), 'features.0');
    assert.equal(await page.getAttribute('[data-row-key="features.3"]', 'aria-level'), '1');
    assert.match(await page.getAttribute('[data-sort-model="p90"]', 'title'), /Rank every module of the model by Prune 90%/);
    assert.deepEqual(await lastState().then((s) => [s.rank, s.sort]), ['model', { model: 'p90', metric: 'sparsity', descending: true }]);
    await page.selectOption('select#layers-sort-metric', 'zeroOnlyHere');
    assert.deepEqual(await rowKeys(), ['features', 'features.3', 'features.0', 'classifier'], 'zero only in p90: 55% > 50% > 41%');
    await page.click('[data-sort-model="p90"]');
    assert.deepEqual(await rowKeys(), ['features.0', 'features.3', 'features', 'classifier'], 'ascending; no p90 numbers stays last');
    await page.selectOption('select#layers-rank', 'parent');
    assert.deepEqual((await rowKeys()).slice(0, 2), ['features', 'features.0']);
    assert.equal(await page.textContent('[data-row-key="features.0"] .layers-label'), '0');
  });

  test('the .* toggle makes the filter a regular expression; an invalid one says why and filters nothing', async () => {
    await page.fill('input#layers-filter', '\\.\\d\\.(bias|weight)$');
    await waitForRows(0);
    await page.click('#layers-filter-regex');
    assert.equal(await page.getAttribute('#layers-filter-regex', 'aria-pressed'), 'true');
    // Numbered modules' weights and biases, not classifier.weight; the modules on their way open.
    await waitForRows(6);
    assert.deepEqual(await rowKeys(), ['features', 'features.0', 'features.0.weight', 'features.0.bias', 'features.3', 'features.3.weight']);
    assert.equal((await lastState()).filterRegex, true);

    await page.fill('input#layers-filter', 'features.(0');
    await page.locator('#layers-filter-error:not([hidden])').waitFor({ state: 'visible', timeout: 5_000 });
    assert.match(await page.textContent('#layers-filter-error'), /Invalid regular expression.*Unterminated group.*turn off \.\* to match plain text/);
    assert.equal(await page.getAttribute('input#layers-filter', 'aria-invalid'), 'true');
    assert.ok((await rowKeys()).includes('classifier'), 'every row stays in view');
    await page.screenshot({ path: path.join(OUT, 'layers-regex-error-dark.png') });

    await page.click('#layers-filter-regex');
    await waitForRows(0);
    assert.ok(await page.locator('#layers-filter-error').isHidden(), 'plain text: no error, and "features.(0" matches nothing');
    await page.fill('input#layers-filter', '');
    assert.deepEqual(errors, []);
  });
});
