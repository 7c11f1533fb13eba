// Layers on the real demo (trained and compressed models, generated at test time): the sidebar's
// "Compare Layers" on cnn-prune90 opens the Layers panel with its parent cnn as the base; the backend
// probes both models' weights; sorted by cnn-prune90's sparsity, the pruned layers come first, and module rows
// show what they are (a convolution's row says "Conv"). Switched to
// Activations, the models run on 64 digits and every module row with an output (ReLU and pooling rows
// included) draws its output histogram, sorted by change. The overview toolbar's "Compare layers" opens it
// on the map's selection.
// Needs the Release build of the backend (scripts/build.sh builds it; CC_DOTNET runs it) for `demo`, which trains with libtorch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  generatedDemo, listedLabel, openOverview, openSpecInSidebar, readSpec, screenshot, sidebarContextMenu, waitFor, webviewFrame, withWorkbench,
} from './workbench.mjs';

const LAYERS_TITLE = 'Layers: models.json';
const PRUNED = 'cnn-prune90';
const demo = generatedDemo();

test('Compare Layers on a pruned model: its parent is the base, and sorting by sparsity puts the pruned layers first', { timeout: 300_000 }, async (t) => {
  await withWorkbench('layers', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const pruned = spec.models.find((m) => m.id === PRUNED);
    assert.ok(pruned, `the demo has ${PRUNED}`);
    // The MLP has a "Prune (90%)" child too, so the sidebar lists this one by its id.
    const { row } = await openSpecInSidebar(page);
    await sidebarContextMenu(page, row(listedLabel(spec, pruned)), 'Compare Layers');

    const frame = await webviewFrame(page, LAYERS_TITLE, { timeout: 30_000 });
    await waitFor('the base select to list the parent, then the pruned model', async () =>
      JSON.stringify(await frame.locator('select#layers-base option').evaluateAll((o) => o.map((e) => e.value))) === JSON.stringify([pruned.base, PRUNED]));
    assert.equal(await frame.locator('select#layers-base').inputValue(), pruned.base, 'a lone model is compared with its parent');

    // Everything above runs without the backend's probing; from here the panel shows its result or why not.
    await frame.locator('#root[data-ready="true"], #root[data-status="error"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.equal(await frame.locator('#root').getAttribute('data-ready'), 'true',
      `probing should finish; the panel says: ${await frame.locator('#layers-status').textContent()}`);
    assert.deepEqual(await frame.locator('[data-sort-model]').evaluateAll((b) => b.map((e) => e.dataset.sortModel)), [pruned.base, PRUNED]);
    assert.ok(await frame.locator('#layers-table [data-kind="module"]').count() > 0, 'module rows');

    await frame.locator('select#layers-cells').selectOption('sparsity');
    await frame.locator(`[data-sort-model="${PRUNED}"]`).click();
    assert.equal(await frame.locator(`[role=columnheader]:has([data-sort-model="${PRUNED}"])`).getAttribute('aria-sort'), 'descending');
    // The rows in order with their level and the pruned model's sparsity (its column is the third cell of a row).
    const rows = await frame.locator('#layers-table [data-row-key]').evaluateAll((rows) => rows
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((r) => ({ key: r.dataset.rowKey, level: Number(r.getAttribute('aria-level')),
        sparsity: parseFloat(r.querySelector('.layers-value:nth-child(3) .layers-number')?.textContent ?? 'NaN') })));
    // Siblings: the top level, and the rows one level under the first top-level module (expanded by default).
    const top = rows.filter((r) => r.level === 1);
    const firstEnd = rows.findIndex((r, i) => i > 0 && r.level === 1);
    const under = rows.slice(1, firstEnd < 0 ? undefined : firstEnd).filter((r) => r.level === 2);
    for (const [what, siblings] of [['top level', top], [`under ${top[0]?.key}`, under]]) {
      const values = siblings.map((r) => r.sparsity).filter((v) => !Number.isNaN(v));
      if (siblings.length < 2) continue;
      assert.ok(values[0] > 0, `${what}: the first layer is pruned: ${JSON.stringify(siblings)}`);
      assert.deepEqual(values, [...values].sort((a, b) => b - a), `${what}: most pruned first: ${JSON.stringify(siblings)}`);
    }
    assert.ok(top.length + under.length > 2, `rows to sort: ${JSON.stringify(rows)}`);
    await screenshot(page, 'layers');

    // Its own subtest, so the rest still runs when only this fails: the backend takes ModuleProbe.Type from the graph.
    await t.test('module rows show their type, a convolution\'s "Conv"', async () => {
      const types = await frame.locator('#layers-table [data-kind="module"]').evaluateAll((rows) =>
        rows.map((r) => [r.dataset.rowKey, r.querySelector('.layers-name-cell .layers-type')?.textContent ?? null]));
      assert.ok(types.some(([, type]) => type === 'Conv'), `a conv layer's row shows "Conv": ${JSON.stringify(types)}`);
    });

    await t.test('Activations: module outputs on 64 digits, ReLU rows included, sorted by change', async () => {
      await frame.locator('select#layers-cells').selectOption('activations');
      await frame.locator('#root[data-activations="ready"], #root[data-activations="error"], #root[data-activations="none"]')
        .waitFor({ state: 'attached', timeout: 120_000 });
      assert.equal(await frame.locator('#root').getAttribute('data-activations'), 'ready',
        `the models should run; the panel says: ${await frame.locator('#layers-status').textContent()}`);
      assert.equal(await frame.locator('#layers-instances').textContent(), 'instances: 64');
      await frame.locator('#root[data-painted="true"]').waitFor({ state: 'attached', timeout: 30_000 });
      // The CNN's ReLUs and poolings have no weights: their rows come from the activations alone.
      const weightless = await frame.locator('#layers-table [data-row-key]').evaluateAll((rows) => rows
        .filter((r) => r.querySelector('.layers-detail')?.textContent === 'no weights').map((r) => r.dataset.rowKey));
      assert.ok(weightless.length > 0, 'rows of modules without weights (ReLU, pooling)');
      for (const key of weightless) {
        assert.ok(await frame.locator(`[data-row-key="${key}"] .layers-value:nth-child(3) svg path`).count() > 0, `${key}: an output histogram`);
      }
      // Switching kept the sort on the pruned model, now by its outputs' relL2 (read off each cell's hover).
      assert.equal(await frame.locator(`[role=columnheader]:has([data-sort-model="${PRUNED}"])`).getAttribute('aria-sort'), 'descending');
      const outputs = await frame.locator('#layers-table [data-row-key]').evaluateAll((rows) => rows
        .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
        .map((r) => ({ key: r.dataset.rowKey, level: Number(r.getAttribute('aria-level')),
          relL2: Number(/relL2 (\S+)/.exec(r.querySelector('.layers-value:nth-child(3)')?.title ?? '')?.[1] ?? NaN) })));
      // The children of "features" (top-level rows with outputs, like "flatten", sort among the groups).
      const group = outputs.findIndex((r) => r.key === 'features');
      const groupEnd = outputs.findIndex((r, i) => i > group && r.level === 1);
      const under = outputs.slice(group + 1, groupEnd < 0 ? undefined : groupEnd).filter((r) => r.level === 2);
      const measured = under.map((r) => r.relL2).filter((v) => !Number.isNaN(v));
      assert.ok(measured.length > 1, `outputs to sort: ${JSON.stringify(outputs)}`);
      assert.deepEqual(measured, [...measured].sort((a, b) => b - a), `most changed output first: ${JSON.stringify(under)}`);
      assert.deepEqual(under.slice(0, measured.length).map((r) => Number.isNaN(r.relL2)), measured.map(() => false), 'rows without an output go last');
      await screenshot(page, 'layers-activations');
    });
  }, { budgetMs: 280_000, fixture: demo() });
});

test('the overview\'s "Compare layers" opens Layers on the map\'s selection, compared with its parent', { timeout: 300_000 }, async () => {
  await withWorkbench('layers-map', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const root = spec.models.find((m) => m.base == null);
    const map = await openOverview(page);
    assert.ok(await map.locator('button#compare-layers').isDisabled(), 'nothing selected: the button is disabled');
    // Keyboard focus starts on the root; ArrowRight moves to its first child, a click selects it.
    const canvas = map.locator('canvas#model-map[data-node-count]');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const focusBox = map.locator('div.map-focus[data-id]');
    await focusBox.waitFor({ state: 'attached', timeout: 5_000 });
    const childId = await focusBox.getAttribute('data-id');
    const box = await focusBox.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitFor('the map to select one model', async () => (await canvas.getAttribute('data-selected-count', { timeout: 1_000 })) === '1');
    await map.locator('button#compare-layers:not([disabled])').click({ timeout: 5_000 });

    const frame = await webviewFrame(page, LAYERS_TITLE, { timeout: 30_000 });
    await waitFor('the base select to list the root, then the selected model', async () =>
      JSON.stringify(await frame.locator('select#layers-base option').evaluateAll((o) => o.map((e) => e.value))) === JSON.stringify([root.id, childId]));
    assert.equal(await frame.locator('select#layers-base').inputValue(), root.id);
    await frame.locator('#root[data-ready="true"], #root[data-status="error"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.equal(await frame.locator('#root').getAttribute('data-ready'), 'true',
      `probing should finish; the panel says: ${await frame.locator('#layers-status').textContent()}`);
  }, { budgetMs: 280_000, fixture: demo() });
});
