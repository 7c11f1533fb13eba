// The Behaviors webview on tasks beyond classification, in headless Chromium without code-server: the panel's own
// bundle runs in a bare page against a fake host that answers like BehaviorsPanel. On an embedding comparison
// (the numbers of the CLI's embedding test: base "a" = identity, "b" doubles the second component, inputs [1,0],
// [0,1], [1,1]) the vector metrics replace the class ones, subgroups replace the empty class table, instance rows
// sort by cosine and show it, and the instance view and exemplars show how far each output moved. On a multilabel
// comparison instance rows and the instance view show the labelled set and each model's predicted set.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CHANNEL_SHIM, bundle, launchBareChromium, loadPage, pageHtml } from './barePage.mjs';

/** Defines the embedding comparison, its instance rows and its models for the fake host. */
const EMBEDDING = `
const stats = (count, cosine, mse, l2) => ({ count, errors: 0, fixed: 0, broken: 0, accuracy: null, agreement: null, meanKl: null,
  relativeErrorChange: null, meanConfidence: null, meanCosine: cosine, meanMse: mse, meanRelativeL2: l2, labelMse: null, labelMseChange: null });
const COMPARISON = {
  base: 'a', models: ['a', 'b'], instanceCount: 3, task: 'embedding', classNames: [], classes: [],
  overall: { a: stats(3, 1, 0, 0), b: stats(3, 0.9828944, 1 / 3, 0.5690356) },
  subgroups: [
    { attribute: 'g', value: 'x', count: 1, models: { a: stats(1, 1, 0, 0), b: stats(1, 1, 0, 0) } },
    { attribute: 'g', value: 'y', count: 2, models: { a: stats(2, 1, 0, 0), b: stats(2, 0.9743416, 0.5, 0.8535534) } },
  ],
  exemplars: [{ instance: 1, flips: 0, label: '', moved: 1 }, { instance: 2, flips: 0, label: '', moved: 0.7071068 }],
};
const prediction = (cosine, mse, relativeL2) => ({ predicted: 0, confidence: 0, correct: true, agrees: true, kl: 0, confidenceChange: 0,
  change: 'bothRight', cosine, mse, relativeL2, labelMse: null });
const ROWS = [
  { instance: 0, label: 0, flips: 0, predictions: [prediction(1, 0, 0), prediction(1, 0, 0)] },
  { instance: 1, label: 0, flips: 0, predictions: [prediction(1, 0, 0), prediction(1, 0.5, 1)] },
  { instance: 2, label: 0, flips: 0, predictions: [prediction(1, 0, 0), prediction(0.9486833, 0.5, 0.7071068)] },
];
const MODELS = [{ id: 'a', label: 'Base' }, { id: 'b', label: 'Doubled' }];
`;

/**
 * Defines a multilabel comparison over cat, dog and bird: instance 0 is labelled cat + dog, the base predicts
 * exactly that and "b" cat + bird; instance 1 is labelled with nothing and both predict nothing.
 */
const MULTILABEL = `
const stats = (accuracy) => ({ count: 2, errors: 2 - accuracy * 2, fixed: 0, broken: 2 - accuracy * 2, accuracy, agreement: accuracy, meanKl: 0,
  relativeErrorChange: null, meanConfidence: 0.8, f1Score: accuracy, hammingToBase: 0, hammingLoss: 0 });
const COMPARISON = {
  base: 'a', models: ['a', 'b'], instanceCount: 2, task: 'multilabel', classNames: ['cat', 'dog', 'bird'],
  classes: ['cat', 'dog', 'bird'].map((c, index) => ({ class: c, index, count: 2, models: { a: stats(1), b: stats(0.5) } })),
  overall: { a: stats(1), b: stats(0.5) }, subgroups: [], exemplars: [{ instance: 0, flips: 1, label: 'cat+dog' }],
};
const prediction = (predictedSet, agrees, confidence) => ({ predicted: 0, confidence, correct: agrees, agrees, kl: agrees ? 0 : 0.5,
  confidenceChange: confidence - 0.9, change: agrees ? 'bothRight' : 'broken', predictedSet });
const ROWS = [
  { instance: 0, label: 0, labels: [0, 1], flips: 1, predictions: [prediction([0, 1], true, 0.9), prediction([0, 2], false, 0.75)] },
  { instance: 1, label: 0, labels: [], flips: 0, predictions: [prediction([], true, 0.9), prediction([], true, 0.9)] },
];
const MODELS = [{ id: 'a', label: 'Base' }, { id: 'b', label: 'Pruned' }];
`;

/** A fake host answering like BehaviorsPanel from a fixture that defines COMPARISON, ROWS and MODELS. */
const fakeHost = (fixture) => `{
const w = window;
w.posted = [];
${fixture}
const page = (m) => {
  let rows = m.filter?.instances ? ROWS.filter((r) => m.filter.instances.includes(r.instance)) : [...ROWS];
  if (m.sort?.field === 'cosine') rows.sort((x, y) => (m.sort.descending ? -1 : 1) * (x.predictions[1].cosine - y.predictions[1].cosine) || x.instance - y.instance);
  return { total: rows.length, rows: rows.slice(m.offset, m.offset + m.limit) };
};
w.acquireVsCodeApi = () => ({
  getState: () => w.initialState,
  setState: () => undefined,
  postMessage: w.channelHost('behaviors', (m) => {
    w.posted.push(m);
    if (m.type === 'ready') w.answer({ type: 'setup', specName: 'models.json', defaultBase: 'a', models: MODELS });
    if (m.type === 'compare') w.answer({ type: 'comparison', comparison: COMPARISON });
    if (m.type === 'instances') w.answer({ type: 'instances', requestId: m.requestId, page: page(m) });
    if (m.type === 'instance') w.answer({ type: 'instance', requestId: m.requestId, data: { instance: m.instance, label: 0, kind: 'text', text: 'sentence ' + m.instance, attributes: {} } });
  }),
});
}`;

let chromium;
let page;

/** Opens the panel against a fake host answering from `fixture`, for the tests of one describe block. */
function openPanel(fixture) {
  before(async () => {
    const html = pageHtml({
      css: ['shared/page.css', 'behaviors/behaviors.css'],
      bodyAttributes: `data-spec-uri="file:///ws/models.json" data-models='["a","b"]'`,
      body: '<div id="root"></div>',
      scripts: [CHANNEL_SHIM, fakeHost(fixture), await bundle('extension/webviews/behaviors/main.ts')],
    });
    chromium = await launchBareChromium('behaviors-tasks');
    page = chromium.page;
    assert.deepEqual(await loadPage(page, html, {}, '#root[data-ready="true"]', 5_000), []);
  });
  after(async () => {
    await chromium?.close();
  });
}

const rowKeys = () => page.$$eval('#behaviors-table [data-row-key]', (rows) =>
  rows.sort((a, b) => Number(a.dataset.rowIndex) - Number(b.dataset.rowIndex)).map((r) => r.dataset.rowKey));

describe('Behaviors on an embedding comparison', () => {
  openPanel(EMBEDDING);

  test('offers cosine, MSE and relative L2 and opens on the subgroups, with no class table', async () => {
    assert.deepEqual(await page.$$eval('select#behaviors-metric option', (o) => o.map((e) => e.value)), ['meanCosine', 'meanMse', 'meanRelativeL2']);
    assert.equal(await page.inputValue('select#behaviors-metric'), 'meanCosine');
    assert.ok(await page.locator('.segment[data-rows="classes"]').isHidden(), 'no classes to show');
    assert.deepEqual(await rowKeys(), ['subgroup:g=x', 'subgroup:g=y']);
    assert.equal(await page.textContent('.behaviors-column-header:has([data-sort-model="b"]) .behaviors-summary'), '0.983');
    await page.selectOption('select#behaviors-metric', 'meanRelativeL2');
    assert.equal(await page.textContent('[data-row-key="subgroup:g=y"] .behaviors-value:nth-child(3) .behaviors-number'), '0.854');
    await page.selectOption('select#behaviors-metric', 'meanCosine');
  });

  test('instance rows sort by cosine, lowest first, and show each model\'s cosine with the base', async () => {
    await page.click('.segment[data-rows="instances"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-row-key^="instance:"]').length === 3);
    await page.click('[data-sort-model="b"]');
    await page.waitForFunction(() => document.querySelector('#behaviors-table [data-row-index="0"]')?.dataset.rowKey === 'instance:2');
    const sorted = await page.evaluate(() => window.posted.filter((m) => m.type === 'instances' && m.sort).at(-1).sort);
    assert.deepEqual(sorted, { field: 'cosine', modelId: 'b', descending: false });
    assert.deepEqual(await rowKeys(), ['instance:2', 'instance:0', 'instance:1']);
    assert.equal(await page.textContent('[data-row-key="instance:2"] .behaviors-value:nth-child(3) .behaviors-number'), '0.949');
  });

  test('an instance shows every model\'s cosine, MSE and relative L2, and the exemplars how far it moved', async () => {
    await page.click('[data-row-key="instance:2"]');
    await page.locator('#instance-view[data-instance="2"][data-loaded="text"]').waitFor({ timeout: 3_000 });
    assert.deepEqual(await page.$$eval('#instance-view .instance-predictions th', (h) => h.map((e) => e.textContent)), ['Model', 'Cosine', 'MSE', 'Relative L2']);
    assert.deepEqual(await page.$$eval('#instance-view .instance-predictions tr:nth-child(3) td', (d) => d.map((e) => e.textContent)),
      ['Doubled', '0.9487', '0.5000', '0.7071']);
    assert.equal(await page.textContent('#instance-view .instance-title'), 'Instance #2');
    assert.match(await page.textContent('#exemplars'), /#1moved 1\.000 \(mean relative L2 from the base\)/);
  });
});

describe('Behaviors on a multilabel comparison', () => {
  openPanel(MULTILABEL);

  test('instance rows show the labelled set and each model\'s predicted set, with what changed from the base', async () => {
    await page.click('.segment[data-rows="instances"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-row-key^="instance:"]').length === 2);
    assert.equal(await page.textContent('[data-row-key="instance:0"] .behaviors-row-label'), '#0 · cat + dog');
    // The predicted set and its confidence are separate parts of the cell.
    const parts = (row) => page.$$eval(`[data-row-key="${row}"] .behaviors-value`, (cells) =>
      cells.map((c) => `${c.querySelector('.behaviors-prediction')?.textContent}|${c.querySelector('.behaviors-amount')?.textContent}`));
    assert.deepEqual(await parts('instance:0'), ['cat + dog|90.0%', 'cat + bird (+bird −dog)|75.0%']);
    assert.equal(await page.textContent('[data-row-key="instance:1"] .behaviors-row-label'), '#1 · ∅');
    assert.deepEqual(await parts('instance:1'), ['∅|90.0%', '∅|90.0%']);
  });

  test('the instance view names the labelled set and each model\'s predicted set, not class 0', async () => {
    await page.click('[data-row-key="instance:0"]');
    await page.locator('#instance-view[data-instance="0"][data-loaded="text"]').waitFor({ timeout: 3_000 });
    assert.equal(await page.textContent('#instance-view .instance-title'), 'Instance #0 · true labels cat + dog');
    assert.deepEqual(await page.$$eval('#instance-view .instance-predictions th', (h) => h.map((e) => e.textContent)), ['Model', 'Predicted set', 'Confidence', 'vs base']);
    assert.deepEqual(await page.$$eval('#instance-view .instance-predictions tr:nth-child(3) td', (d) => d.map((e) => e.textContent)),
      ['Pruned', 'cat + bird ✗', '75.0%', '+bird −dog · broken']);
    assert.equal(await page.locator('#instance-view .instance-label').count(), 0, 'no single true label in the picture');
  });
});
