// Add Model to Spec… on the real digits demo (generated at test time): an .onnx file made elsewhere (here a copy of one
// of the demo's pruned models, so its accuracy is known) is right-clicked in the Explorer, the id (suggested from the
// file name), the base and a tag are answered, and the notification reports it added: the spec on disk has the model
// with the metrics compress measures, its artifact relative to the spec, and the sidebar lists it under its tag.
// Needs the Release build of the backend (scripts/build.sh publishes it) for `demo`, which trains with libtorch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { answerQuickInput as answer, explorerContextMenu, generatedDemo, listedLabel, openSpecInSidebar, readSpec, screenshot, waitFor, withWorkbench } from './workbench.mjs';

const demo = generatedDemo();

test('Add Model to Spec… from the Explorer adds the file as a measured child of cnn, listed in the sidebar', { timeout: 300_000 }, async () => {
  // The file is in place before the workbench starts: the Explorer need not notice a file created under it.
  const fixture = demo();
  const source = readSpec(path.join(fixture, 'models.json')).models.find((m) => m.id === 'cnn-prune50');
  fs.copyFileSync(path.join(fixture, source.artifact), path.join(fixture, 'my-net.onnx'));
  await withWorkbench('addModel', async ({ page, specPath }) => {
    const before = readSpec(specPath);

    await explorerContextMenu(page, 'my-net.onnx', 'Add Model to Spec…');
    const widget = page.locator('.quick-input-widget');
    await widget.locator('.quick-input-title', { hasText: '(1/3)' }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await widget.locator('input.input').inputValue(), 'my-net', 'the id suggested from the file name');
    // A taken id is refused as typed, before anything runs.
    await widget.locator('input.input').fill('cnn');
    await widget.locator('.quick-input-message', { hasText: 'already has a model "cnn"' }).waitFor({ state: 'visible', timeout: 10_000 });
    await answer(page, '(1/3)', 'my-net');
    await answer(page, '(2/3)', 'cnn');
    await answer(page, '(3/3)', 'imported');

    await page.locator('.notifications-toasts .notification-toast', { hasText: 'Added my-net' }).waitFor({ state: 'visible', timeout: 120_000 });
    const spec = readSpec(specPath);
    assert.equal(spec.models.length, before.models.length + 1);
    const added = spec.models.at(-1);
    assert.deepEqual([added.id, added.base, added.tag, added.artifact], ['my-net', 'cnn', 'imported', 'my-net.onnx']);
    for (const metric of ['Top-1 Accuracy', 'Latency', 'Latency p90', 'Model Size', 'Compressed Size', 'Sparsity', 'Parameters'])
      assert.equal(typeof added.metrics[metric], 'number', `${metric} measured`);
    assert.equal(added.metrics['Top-1 Accuracy'], source.metrics['Top-1 Accuracy'], 'the same accuracy compress measured on that file');

    const { row } = await openSpecInSidebar(page);
    await row(listedLabel(spec, added)).waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, 'add-model');
  }, { budgetMs: 280_000, fixture });
});
