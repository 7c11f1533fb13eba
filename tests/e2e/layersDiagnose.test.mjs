// "Which layer broke it?" on the real demo (trained and compressed models, generated at test time): the sidebar's
// "Compare Layers" on cnn-prune90 opens the Layers panel with its parent cnn as the base; the diagnosis on 64 digits
// restores each of the pruned model's modules to the parent's weights in the backend (and, asked, compresses each alone),
// and the Layers table gains Recovery and Sensitivity columns: on each diagnosed module's own row a recovery bar with
// "Restore this module" and a sensitivity bar, the rows ranked highest recovery first, and re-ranked by a header click.
// Needs the Release build of the backend (scripts/build.sh builds it; CC_DOTNET runs it) for `demo`, which trains with libtorch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedDemo, listedLabel, openSpecInSidebar, readSpec, screenshot, sidebarContextMenu, waitFor, webviewFrame, withWorkbench } from './workbench.mjs';

const LAYERS_TITLE = 'Layers: models.json';
const PRUNED = 'cnn-prune90';
const demo = generatedDemo();

test('Which layer broke it? ranks the pruned model\'s modules in the Layers table\'s Recovery and Sensitivity columns', { timeout: 300_000 }, async () => {
  await withWorkbench('layers-diagnose', async ({ page, specPath }) => {
    const spec = readSpec(specPath);
    const pruned = spec.models.find((m) => m.id === PRUNED);
    assert.ok(pruned, `the demo has ${PRUNED}`);
    const { row } = await openSpecInSidebar(page);
    await sidebarContextMenu(page, row(listedLabel(spec, pruned)), 'Compare Layers');

    const frame = await webviewFrame(page, LAYERS_TITLE, { timeout: 30_000 });
    await waitFor('the diagnosis to offer the pruned model', async () =>
      JSON.stringify(await frame.locator('select#diagnose-model option').evaluateAll((o) => o.map((e) => e.value))) === JSON.stringify([PRUNED]));
    await frame.locator('input#diagnose-instances').fill('64');
    await frame.locator('input#diagnose-sensitivity').check();
    await frame.locator('button#diagnose-run').click();
    await frame.locator('#layers-table .diagnose-recovery[data-module], #diagnose[data-status="error"]').first().waitFor({ state: 'attached', timeout: 150_000 });
    assert.equal(await frame.locator('#diagnose').getAttribute('data-status'), 'ready',
      `the diagnosis should finish; the panel says: ${await frame.locator('#diagnose-status').textContent()}`);
    assert.match(await frame.locator('#diagnose-status').textContent(), /on 64 instances/);
    assert.deepEqual(await frame.locator('#layers-table .layers-header [data-extra-column]').evaluateAll((h) => h.map((e) => e.dataset.extraColumn)),
      ['recovery', 'sensitivity'], 'the table has a Recovery and a Sensitivity column');

    // The rows in view (the table draws only those), each diagnosed module's bars on the row of its own name.
    const drawn = () => frame.locator('#layers-table .layers-row[data-row-key]').evaluateAll((rows) => rows.map((r) => ({
      row: r.dataset.rowKey,
      module: r.querySelector('.diagnose-recovery')?.dataset.module,
      recovery: r.querySelector('.diagnose-recovery .diagnose-bar-text')?.textContent,
      width: r.querySelector('.diagnose-recovery .diagnose-bar-fill')?.style.width,
      sensitivity: r.querySelector('.diagnose-sensitivity .diagnose-bar-text')?.textContent,
      restore: r.querySelector('.diagnose-recovery button.diagnose-restore')?.getAttribute('aria-label'),
    })).filter((r) => r.module !== undefined));
    const rows = await drawn();
    assert.ok(rows.length > 1, `modules to rank: ${JSON.stringify(rows)}`);
    for (const r of rows) {
      assert.equal(r.module, r.row, JSON.stringify(r));
      assert.match(r.recovery ?? '', /^(-?\d+\.\d%|—)$/, JSON.stringify(r));
      assert.match(r.width ?? '', /^\d+%$/, JSON.stringify(r));
      assert.match(r.sensitivity ?? '', /^-?\d+\.\d%$/, JSON.stringify(r));
      assert.equal(r.restore, 'Restore this module');
    }
    const recoveries = rows.map((r) => parseFloat(r.recovery)).filter((v) => !Number.isNaN(v));
    assert.deepEqual(recoveries, [...recoveries].sort((a, b) => b - a), `highest recovery first: ${JSON.stringify(rows)}`);

    await frame.locator('#layers-table button[data-sort-extra="sensitivity"]').click();
    await waitFor('the rows ranked by sensitivity', async () =>
      await frame.locator('#layers-table [data-extra-column="sensitivity"]').getAttribute('aria-sort') === 'descending', { timeout: 10_000 });
    const sensitivities = (await drawn()).map((r) => parseFloat(r.sensitivity)).filter((v) => !Number.isNaN(v));
    assert.ok(sensitivities.length > 1);
    assert.deepEqual(sensitivities, [...sensitivities].sort((a, b) => b - a), `highest sensitivity first: ${JSON.stringify(sensitivities)}`);
    await screenshot(page, 'layers-diagnose');
  }, { budgetMs: 280_000, fixture: demo() });
});
