// Restricted Mode (code-server started without --disable-workspace-trust, the folder untrusted): the extension
// still activates and the map opens, but Compare Behaviors explains why it is off and offers Manage Workspace
// Trust instead of running the models. Granting trust restarts the backend so it may run them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editorTab, openOverview, readOutputChannel, readSpec, runCommand, screenshot, waitFor, withWorkbench } from './workbench.mjs';

test('in Restricted Mode the map opens and Compare Behaviors shows the trust message instead of running', { timeout: 270_000 }, async () => {
  await withWorkbench('restrictedMode', async (session) => {
    const { page, specPath } = session;
    const spec = readSpec(specPath);
    const frame = await openOverview(page);
    const map = frame.locator('canvas#model-map[data-node-count]');
    assert.equal(Number(await map.getAttribute('data-node-count')), spec.models.length, 'the map draws every model without trust');

    await runCommand(page, 'Compress & Compare: Compare Behaviors');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Compare Behaviors is disabled in Restricted Mode' });
    await toast.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await toast.textContent(), /runs and decodes this workspace's model files/);
    const manage = toast.locator('.monaco-button', { hasText: 'Manage Workspace Trust' });
    await manage.waitFor({ state: 'visible', timeout: 5_000 });
    assert.equal(await editorTab(page, 'Behaviors: models.json').count(), 0, 'no Behaviors panel opens');
    assert.doesNotMatch(readOutputChannel(session.cs) ?? '', /behaviors\/compare/, 'nothing was sent to the backend to run');
    await screenshot(page, 'restricted-mode');

    // The action opens VS Code's trust editor; trusting the folder restarts the backend with trust.
    await manage.click();
    const trustButton = page.locator('.workspace-trust-editor .workspace-trust-buttons-row .monaco-button', { hasText: /^Trust$/ }).first();
    await trustButton.waitFor({ state: 'visible', timeout: 15_000 });
    await trustButton.click();
    await waitFor('the backend to restart once the workspace is trusted', () =>
      /restarting backend: the workspace is now trusted/.test(readOutputChannel(session.cs) ?? ''), { timeout: 30_000, interval: 200 });
  }, { restricted: true });
});
