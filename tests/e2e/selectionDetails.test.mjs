// Selection Details in headless Chromium, without code-server: the view is bundled from source with
// esbuild into a bare page, driven through the same API the Model Map uses (update, and the explain requests it
// sends, answered here by request id), and checked through its DOM hooks. Also times a 10,000-model explanation's render.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundle, launchBareChromium, loadPage, pageHtml } from './barePage.mjs';
import { OUT_DIR } from './workbench.mjs';

// The page's side of the harness: mounts the view and records what it asks (by request id), selects and cancels;
// details.receive({ requestId, explanation | error }) answers a request as the host channel would.
const HARNESS = `
import { mountSelectionDetails } from './extension/webviews/overview/details/mountSelectionDetails';
const container = document.getElementById('selection-details');
const w = window;
w.posted = []; w.selected = []; w.states = []; w.cancelled = [];
const waiting = new Map();
const mounted = mountSelectionDetails(container, {
  explain: (ids, token) => new Promise((resolve, reject) => {
    const requestId = w.posted.length + 1;
    w.posted.push({ requestId, ids });
    waiting.set(requestId, { resolve, reject });
    token.onCancellationRequested(() => w.cancelled.push(requestId));
  }),
  select: (ids) => w.selected.push(ids),
  stateChanged: (s) => w.states.push(s),
});
w.details = {
  update: (summary, ids) => mounted.update(summary, ids),
  receive: ({ requestId, explanation, error }) => {
    const request = waiting.get(requestId);
    waiting.delete(requestId);
    if (explanation) request?.resolve(explanation);
    else request?.reject(new Error(error ?? ''));
  },
};
`;

const summary = {
  path: '/ws/models.json',
  metrics: [
    { name: 'Top-1 Accuracy', min: 0, max: 1, primary: true, format: '.1%' },
    { name: 'Model Size', min: 0, max: null, format: '.2~s', unit: 'B' },
    { name: 'Latency', format: '.1f', unit: 'ms' },
  ],
  operations: [],
  roots: ['base'],
  diagnostics: [],
  models: [
    ['base', 0.943, 44.7e6],
    ['p30', 0.941, 31.3e6],
    ['p50', 0.937, 22.4e6],
    ['p70', 0.912, 13.4e6],
    ['p30c', 0.942, 31.3e6],
    ['p50c', 0.94, 22.4e6],
    ['p70c', 0.925, 13.4e6],
    ['p50c-seed2', 0.938, 22.4e6],
  ].map(([id, acc, size], i) => ({ id, base: i === 0 ? null : 'base', metrics: { 'Top-1 Accuracy': acc, 'Model Size': size, Latency: null }, line: i + 1, column: 1 })),
};
const pruneIds = ['p30', 'p50', 'p70', 'p30c', 'p50c', 'p70c', 'p50c-seed2'];
const amount = { name: 'Prune · amount', kind: 'parameter', levels: ['0.3', '0.5', '0.7'], values: [0, 1, 2, 0, 1, 2, 1], numeric: true, parts: [] };
const calibrate = { name: 'Calibrate', kind: 'presence', levels: ['false', 'true'], values: [0, 0, 0, 1, 1, 1, 1], numeric: false, parts: [] };
const quantize = { name: 'Quantize · bits', kind: 'parameter', levels: ['8', '32'], values: [1, 0, 1, 0, 1, 0, 1], numeric: true, parts: [] };

let chromium;
let page;

before(async () => {
  // The panel's stylesheet as build.mjs assembles it: shared/page.css, map.css, then details/details.css.
  const html = pageHtml({
    css: ['shared/page.css', 'overview/overview.css', 'overview/details/details.css'],
    body: '<div id="selection-details"></div>',
    scripts: [await bundle(HARNESS)],
  });
  chromium = await launchBareChromium('details', { width: 1100, height: 900 });
  page = chromium.page;
  assert.deepEqual(await loadPage(page, html, {}), []);
});

after(async () => {
  await chromium?.close();
});

const state = () => page.getAttribute('#selection-details', 'data-state');
const status = () => page.textContent('.details-status');

/** Selects ids, waits for the debounced request and answers it. */
async function explain(ids, answer) {
  const before = await page.evaluate(() => window.posted.length);
  await page.evaluate(([s, ids]) => window.details.update(s, ids), [summary, ids]);
  assert.equal(await state(), 'loading');
  await page.waitForFunction((n) => window.posted.length > n, before, { timeout: 2000 });
  const request = await page.evaluate(() => window.posted.at(-1));
  assert.deepEqual(request.ids, ids);
  await page.evaluate(([r, a]) => window.details.receive({ requestId: r.requestId, ...a }), [request, answer]);
}

describe('Selection Details in Chromium', () => {
  test('fewer than two models selected shows the hint and asks nothing', async () => {
    await page.evaluate((s) => window.details.update(s, ['p30']), summary);
    assert.equal(await state(), 'empty');
    assert.match(await status(), /Select two or more models to see how they differ/);
    // One model: its lineage and metrics, as the paper's model info table.
    assert.match(await page.textContent('#details-model-info'), /Base model\s*base.*Top-1 Accuracy\s*94\.1%/s);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.posted.length), 0);
  });

  test('amount on x and calibrate as colour: one chart per metric with values, bars per cell', async () => {
    await explain(pruneIds, { explanation: { modelIds: pruneIds, unknownIds: [], chart: 'grouped', variables: [amount, calibrate] } });
    assert.equal(await state(), 'ready');
    assert.equal(await status(), '7 models differ in Prune · amount and Calibrate.');
    // Primary metrics first; the others on demand.
    assert.deepEqual(await page.$$eval('svg.details-chart', (s) => s.map((e) => e.dataset.metric)), ['Top-1 Accuracy']);
    await page.click('.details-more-metrics');
    assert.deepEqual(await page.$$eval('svg.details-chart', (s) => s.map((e) => e.dataset.metric)), ['Top-1 Accuracy', 'Model Size']);
    assert.equal(await page.textContent('svg[data-metric="Model Size"] .details-axis-title'), 'Prune · amount');
    assert.match(await page.textContent('.details-charts'), /No selected model has a value for Latency/);
    assert.equal(await page.getAttribute('[data-variable-x]', 'data-variable-x'), 'Prune · amount');
    assert.equal(await page.getAttribute('[data-variable-color]', 'data-variable-color'), 'Calibrate');
    assert.equal(await page.$$eval('svg[data-metric="Top-1 Accuracy"] g.details-cell', (c) => c.length), 6);
    // p50c and p50c-seed2 share a cell: a mean bar with a dot per model.
    const shared = 'svg[data-metric="Top-1 Accuracy"] g.details-cell[data-x-level="0.5"][data-color-level="true"]';
    assert.equal(await page.getAttribute(shared, 'data-count'), '2');
    assert.equal(await page.$$eval(`${shared} circle.details-dot`, (c) => c.length), 2);
    assert.equal(await page.$('select#details-x'), null, 'no refine control with two variables');
    await page.screenshot({ path: path.join(OUT_DIR, 'selection-details.png'), fullPage: true });
  });

  test('hovering a bar shows its models with formatted values; clicking selects them', async () => {
    const shared = 'svg[data-metric="Top-1 Accuracy"] g.details-cell[data-x-level="0.5"][data-color-level="true"]';
    await page.hover(`${shared} rect.details-hit`);
    const tip = await page.textContent('.details-tooltip');
    assert.match(tip, /Prune · amount: 0\.5 · Calibrate: true/);
    assert.match(tip, /mean 93\.9%/);
    assert.match(tip, /p50c-seed2.*93\.8%/);
    await page.screenshot({ path: path.join(OUT_DIR, 'selection-details-hover.png') });
    await page.click(`${shared} rect.details-hit`);
    assert.deepEqual(await page.evaluate(() => window.selected.at(-1)), ['p50c', 'p50c-seed2']);
  });

  test('the table has a row per model and sorts by a clicked column, then flips', async () => {
    const ids = () => page.$$eval('#details-table tbody tr', (rows) => rows.map((r) => r.cells[0].textContent));
    assert.deepEqual(await ids(), pruneIds);
    assert.deepEqual(await page.$$eval('#details-table th', (th) => th.map((h) => h.textContent)), [
      'Model', 'Top-1 Accuracy', 'Model Size (B)', 'Latency (ms)', 'Prune · amount', 'Calibrate',
    ]);
    await page.click('#details-table th[data-column="metric:Top-1 Accuracy"] button');
    assert.deepEqual(await ids(), ['p70', 'p70c', 'p50', 'p50c-seed2', 'p50c', 'p30', 'p30c']);
    await page.click('#details-table th[data-column="metric:Top-1 Accuracy"] button');
    assert.deepEqual(await ids(), ['p30c', 'p30', 'p50c', 'p50c-seed2', 'p50', 'p70c', 'p70']);
    assert.equal(await page.getAttribute('#details-table th[data-column="metric:Top-1 Accuracy"]', 'aria-sort'), 'descending');
    assert.match(await page.textContent('#details-table tbody tr:first-child'), /94\.2%.*31M B.*—.*0\.3.*true/);
  });

  test('more than two variables: refine comparison picks x and colour', async () => {
    await explain(pruneIds, { explanation: { modelIds: pruneIds, unknownIds: [], chart: 'grouped', variables: [amount, calibrate, quantize] } });
    assert.equal(await page.inputValue('select#details-x'), '0');
    assert.equal(await page.inputValue('select#details-color'), '1');
    await page.selectOption('select#details-x', '2');
    // Bits by calibrate would average p30 with p70 (amounts differ) in one bar: no chart, a refine note instead.
    assert.equal(await page.$$eval('svg.details-chart', (s) => s.length), 0);
    assert.match(await page.textContent('.details-refine-needed'), /also differ in Prune · amount,/);
    await page.selectOption('select#details-x', '0');
    assert.equal(await page.getAttribute('[data-variable-x]', 'data-variable-x'), 'Prune · amount');
    assert.equal(await page.getAttribute('[data-variable-color]', 'data-variable-color'), 'Calibrate');
    await page.selectOption('select#details-x', '2');
    await page.selectOption('select#details-color', '');
    assert.deepEqual(await page.evaluate(() => window.states.at(-1).variables), { x: 'Quantize · bits', color: null });
    // Bits alone would average different amounts in one bar: 7 models are too many for a bar each, so refine.
    assert.equal(await page.$$eval('svg.details-chart', (s) => s.length), 0);
    assert.match(await page.textContent('.details-refine-needed'), /Refine to compare: these 7 models also differ in Prune · amount and Calibrate/);
    await page.screenshot({ path: path.join(OUT_DIR, 'selection-details-refine.png'), fullPage: true });
  });

  test('value pills narrow the compared models; Update Selection selects them, Reset releases the pills', async () => {
    await explain(pruneIds, { explanation: { modelIds: pruneIds, unknownIds: [], chart: 'refine', variables: [amount, calibrate, quantize] } });
    const pills = (name) => `.details-pill-row[data-variable="${name}"] .details-pill`;
    assert.deepEqual(await page.$$eval(pills('Calibrate'), (p) => p.map((e) => e.dataset.level)), ['false', 'true']);
    assert.ok(await page.isDisabled('.details-pill-update'), 'nothing to update before a pill is pressed');
    await page.click(`${pills('Calibrate')}[data-level="true"]`);
    assert.equal(await page.getAttribute(`${pills('Calibrate')}[data-level="true"]`, 'aria-pressed'), 'true');
    assert.equal(await page.textContent('.details-pill-count'), 'Comparing 4 of 7 models.');
    // The calibrated four differ in amount and bits only: a chart again, with the table of those four.
    assert.equal(await page.$('.details-refine-needed'), null);
    assert.ok(await page.$$eval('svg.details-chart', (s) => s.length) >= 1);
    assert.deepEqual(await page.$$eval('#details-table tbody tr', (rows) => rows.map((r) => r.cells[0].textContent).sort()), [...pruneIds].sort());
    await page.screenshot({ path: path.join(OUT_DIR, 'selection-details-pills.png'), fullPage: true });
    await page.click('.details-pill-update');
    assert.deepEqual(await page.evaluate(() => window.selected.at(-1)), ['p30c', 'p50c', 'p70c', 'p50c-seed2']);
    await page.click('.details-pill-reset');
    assert.equal(await page.$$eval('.details-pill[aria-pressed="true"]', (p) => p.length), 0);
    assert.equal(await page.textContent('.details-pill-count'), 'Comparing 7 of 7 models.');
  });

  test('identical models say so and still list their metrics', async () => {
    const ids = ['p30', 'p30c'];
    await explain(ids, { explanation: { modelIds: ids, unknownIds: [], chart: 'grouped', variables: [] } });
    assert.equal(await state(), 'ready');
    assert.match(await status(), /identical in every variable/);
    assert.equal(await page.$$eval('svg.details-chart', (s) => s.length), 0);
    assert.equal(await page.$$eval('#details-table tbody tr', (r) => r.length), 2);
  });

  test('a backend error is shown in the panel', async () => {
    await explain(['p30', 'p50'], { error: 'The spec changed while explaining; select the models again.' });
    assert.equal(await state(), 'error');
    assert.match(await status(), /Could not explain the selection\. The spec changed while explaining/);
    assert.equal(await page.$('#details-table'), null);
  });

  test('Retry after an error asks again for the same models and shows the answer', async () => {
    const ids = ['p30', 'p50'];
    await explain(ids, { error: 'The backend stopped (exit code 134) while running selection/explain; it is restarting. Click Retry in a moment.' });
    assert.equal(await state(), 'error');
    const before = await page.evaluate(() => window.posted.length);
    await page.click('.details-retry:visible', { timeout: 2000 });
    assert.equal(await state(), 'loading');
    await page.waitForFunction((n) => window.posted.length > n, before, { timeout: 2000 });
    const request = await page.evaluate(() => window.posted.at(-1));
    assert.deepEqual(request.ids, ids, 'the retry asks about the same selection');
    await page.evaluate(([r, a]) => window.details.receive({ requestId: r.requestId, ...a }),
      [request, { explanation: { modelIds: ids, unknownIds: [], chart: 'grouped', variables: [{ ...amount, levels: ['0.3', '0.5'], values: [0, 1] }] } }]);
    assert.equal(await state(), 'ready');
    assert.ok(await page.isHidden('.details-retry'), 'no Retry once answered');
  });

  test('a stale answer for an earlier selection is not shown', async () => {
    await page.evaluate((s) => window.details.update(s, ['p30', 'p70']), summary);
    await page.waitForFunction(() => window.posted.at(-1).ids.join() === 'p30,p70', null, { timeout: 2000 });
    const first = await page.evaluate(() => window.posted.at(-1).requestId);
    await page.evaluate((s) => window.details.update(s, ['p50', 'p70']), summary);
    await page.evaluate((id) => window.details.receive({ requestId: id, explanation: { modelIds: ['p30', 'p70'], unknownIds: [], chart: 'grouped', variables: [] } }), first);
    assert.equal(await state(), 'loading');
    assert.ok(await page.evaluate((id) => window.cancelled.includes(id), first), 'the superseded request was cancelled');
  });

  test('10,000 selected models render within budget', async () => {
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, i) => `m${i}`);
    const big = { ...summary, metrics: summary.metrics.map((m) => ({ ...m, primary: true })), models: ids.map((id, i) => ({ id, metrics: { 'Top-1 Accuracy': 0.8 + (i % 97) / 1000, 'Model Size': 1e6 + i, Latency: i % 13 }, line: i + 1, column: 1 })) };
    const variables = [
      { name: 'amount', kind: 'parameter', levels: Array.from({ length: 10 }, (_, i) => String(i / 10)), values: ids.map((_, i) => i % 10), numeric: true, parts: [] },
      { name: 'bits', kind: 'parameter', levels: ['2', '4', '8', '16'], values: ids.map((_, i) => i % 4), numeric: true, parts: [] },
    ];
    await page.evaluate(([s, ids]) => window.details.update(s, ids), [big, ids]);
    await page.waitForFunction((n) => window.posted.at(-1).ids.length === n, n, { timeout: 2000 });
    const ms = await page.evaluate(async (explanation) => {
      const requestId = window.posted.at(-1).requestId;
      const start = performance.now();
      window.details.receive({ requestId, explanation });
      // The answer is applied once its promise settles, before the next task.
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.body.getBoundingClientRect();
      return performance.now() - start;
    }, { modelIds: ids, unknownIds: [], chart: 'grouped', variables });
    assert.equal(await state(), 'ready');
    assert.equal(await page.$$eval('#details-table tbody tr', (r) => r.length), 500);
    assert.equal(await page.$$eval('svg.details-chart', (s) => s.length), 3);
    console.log(`# Selection Details: 10,000 models, 3 metrics, 40 cells: render + layout ${ms.toFixed(0)} ms`);
    assert.ok(ms < 1500, `rendering took ${ms} ms`);
  });
});
