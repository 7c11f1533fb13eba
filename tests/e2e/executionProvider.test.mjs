// The execution provider setting reaches the backend: with compressCompare.evaluation.executionProvider set to cuda,
// the bundled (CPU-only) backend refuses to run the models and the Behaviors panel says what is missing and how to
// get a CUDA-capable backend, instead of quietly comparing on the CPU. The backend's log names the provider.
// Needs the Release build of the backend (scripts/build.sh builds it; CC_DOTNET runs it) for `demo`, which trains with libtorch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedDemo, openSpecInSidebar, readOutputChannel, readSpec, screenshot, sidebarContextMenu, webviewFrame, withWorkbench } from './workbench.mjs';

const demo = generatedDemo();

test('with the cuda setting on the CPU-only backend, Compare Behaviors shows what is missing rather than running on the CPU', { timeout: 300_000 }, async () => {
  await withWorkbench('executionProvider', async (session) => {
    const { page, specPath } = session;
    const spec = readSpec(specPath);
    const root = spec.models.find((m) => m.base == null);
    const { row } = await openSpecInSidebar(page);
    await sidebarContextMenu(page, row(root.tag || root.id), 'Compare Behaviors');
    const frame = await webviewFrame(page, 'Behaviors: models.json', { timeout: 30_000 });
    await frame.locator('#root[data-state="ready"], #root[data-state="error"]').waitFor({ state: 'attached', timeout: 60_000 });
    const status = (await frame.locator('.behaviors-status-text').textContent()) ?? '';
    assert.equal(await frame.locator('#root').getAttribute('data-state'), 'error', `the comparison must not run on the CPU; the panel says: ${status}`);
    assert.match(status, /CUDA device 0 was asked for, but this backend's ONNX Runtime is the CPU-only build/);
    await screenshot(page, 'execution-provider-refused');
    assert.match(readOutputChannel(session.cs) ?? '', /ONNX Runtime execution provider: cuda:0/);
  }, { budgetMs: 280_000, fixture: demo(), settings: { 'compressCompare.evaluation.executionProvider': 'cuda' } });
});
