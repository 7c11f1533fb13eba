// The Layers bare page shared by layersPage.test.mjs and layersRanking.test.mjs: the panel's own bundle in a page
// against a fake host (acquireVsCodeApi) that answers like LayersPanel, with the hand-made probe of
// tests/webviews/layersFixture.ts (with activations when the page asks for them) or a generated
// transformer-like one of 5,000 tensors (`large`).
import assert from 'node:assert/strict';
import { loadPage, panelPageHtml } from './barePage.mjs';

export const BLOCKS = 250;
export const TENSORS_PER_MODULE = 10;
export const TENSORS = BLOCKS * 2 * TENSORS_PER_MODULE;

// Runs before the panel's script: the fake host, and a generator of a transformer-like probe
// (blocks.N.attn / blocks.N.mlp, ten tensors each, three models, 32 bins, five change bands).
const FAKE_HOST = `{
const w = window;
w.posted = []; w.states = []; w.failNextProbe = w.failNextProbe ?? null;
// failActivations: the next activations probe fails with this message; noActivations: the backend answers without them.
w.failActivations = null; w.noActivations = false;
const answer = (m) => w.answer(m);
// With activations: each block's attn and mlp outputs and, between them, a weightless blocks.N.act.
const large = (withActivations) => {
  const bins = 32, bands = w.fixture.BANDS.length;
  const hist = (seed) => Array.from({ length: bins }, (_, i) => Math.round(1000 * Math.exp(-((i - 15.5) ** 2) / (20 + (seed % 7)))));
  const stats = (seed, model) => {
    const h = hist(seed);
    const sparsity = model === 1 ? (seed % 10) / 10 : 0;
    return { sparsity, min: -1, max: 1, mean: 0, std: 0.3, histogram: h, relL2: model === 0 ? 0 : ((seed * 37) % 100) / 100, changed: model === 0 ? 0 : sparsity,
      changeHistograms: model === 0 ? [] : Array.from({ length: bands }, (_, b) => h.map((c) => Math.floor(c / bands) + (b === 0 ? c % bands : 0))) };
  };
  const modules = [{ name: '', parent: null, params: 0, models: [] }, { name: 'blocks', parent: '', params: 0, models: [] }];
  const tensors = [];
  let seed = 0;
  for (let i = 0; i < ${BLOCKS}; i++) {
    modules.push({ name: 'blocks.' + i, parent: 'blocks', params: 0, models: [] });
    for (const part of ['attn', 'mlp']) {
      const name = 'blocks.' + i + '.' + part;
      modules.push({ name, parent: 'blocks.' + i, params: 0, models: [] });
      for (let t = 0; t < ${TENSORS_PER_MODULE}; t++, seed++)
        tensors.push({ name: name + '.w' + t, module: name, shape: [64, 64], params: 4096, binMin: -1, binMax: 1, models: [0, 1, 2].map((m) => stats(seed, m)) });
    }
  }
  for (const m of modules) m.models = [0, 1, 2].map((k) => ({ sparsity: k === 1 ? 0.5 : 0, relL2: k === 0 ? 0 : 0.1, changed: k === 0 ? 0 : 0.5 }));
  const outputs = [];
  for (let i = 0; i < ${BLOCKS}; i++) for (const part of ['attn', 'act', 'mlp'])
    outputs.push({ name: 'blocks.' + i + '.' + part, module: 'blocks.' + i + '.' + part, shape: [64, 128], params: 8192, binMin: -2, binMax: 2,
      models: [0, 1, 2].map((m) => stats(3 * i + part.length, m)) });
  const activations = withActivations ? { instances: 64, instanceIndices: Array.from({ length: 64 }, (_, i) => i), outputs, unmatched: [] } : null;
  return { models: ['base', 'pruned', 'int8'], tensors, modules, unmatched: [], changeBands: w.fixture.BANDS, activations };
};
w.acquireVsCodeApi = () => ({
  getState: () => w.initialState,
  setState: (s) => w.states.push(s),
  postMessage: w.channelHost('layers', (m) => {
    w.posted.push(m);
    if (m.type === 'ready') answer(w.large
      ? { type: 'setup', specName: 'llm.json', defaultBase: 'base', models: [{ id: 'base', label: 'base' }, { id: 'pruned', label: 'Pruned' }, { id: 'int8', label: 'Int8' }] }
      : { type: 'setup', specName: 'models.json', defaultBase: 'cnn', models: [{ id: 'cnn', label: 'CNN' }, { id: 'p90', label: 'Prune 90%' }] });
    if (m.type === 'probe') {
      const activations = m.activations ?? null;
      if (w.failNextProbe) { answer({ type: 'probeFailed', base: m.base, activations, message: w.failNextProbe }); w.failNextProbe = null; return; }
      answer({ type: 'probing', base: m.base, activations });
      if (activations !== null && w.failActivations) {
        const message = w.failActivations;
        w.failActivations = null;
        setTimeout(() => answer({ type: 'probeFailed', base: m.base, activations, message }), 300);
        return;
      }
      const result = w.large ? large(activations !== null) : activations !== null && !w.noActivations ? w.fixture.PROBE_WITH_ACTIVATIONS : w.fixture.PROBE;
      w.probedAt = performance.now();
      // Running the models takes a while: long enough for the test to see the weights stay in view.
      setTimeout(() => {
        if (activations !== null) w.activationsSentAt = performance.now();
        answer({ type: 'probed', base: m.base, activations, result });
      }, activations === null ? 0 : 300);
    }
  }),
});
}`;

/** The page's HTML: the panel's stylesheets and bundle after the fixture, the channel shim and the fake host. */
export const layersPageHtml = () => panelPageHtml('layers', ['cnn', 'p90'], FAKE_HOST);

/** Loads the page with this stored state (the large probe when `large`) and checks it showed a result without page errors. */
export async function loadLayers(page, html, initialState, large = false) {
  assert.deepEqual(await loadPage(page, html, { initialState, large }, '#root[data-ready="true"]'), []);
}

/** The keys of the table's rows in the DOM, in row order. */
export const rowKeysOf = (page) => page.$$eval('#layers-table [data-row-key]', (rows) =>
  rows.sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex'))).map((r) => r.dataset.rowKey));

/** The state the panel last saved with vscode.setState. */
export const lastStateOf = (page) => page.evaluate(() => window.states.at(-1));
