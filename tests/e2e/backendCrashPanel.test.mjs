// A backend that crashes in the middle of Compare Behaviors: the panel shows at once that the backend stopped
// and is restarting (not a spinner forever), the progress notification ends, and once the backend is back
// the panel runs the comparison again by itself and shows the rows. The backend is the real one behind a relay
// (fixtures/crashOnCompare.mjs) that holds the first comparison for 3 s, then exits with code 134.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  ROOT, generatedDemo, openSpecInSidebar, readOutputChannel, readSpec, screenshot, sidebarContextMenu, waitFor, webviewFrame, withWorkbench,
} from './workbench.mjs';

const demo = generatedDemo();
const relay = path.join(ROOT, 'tests', 'e2e', 'fixtures', 'crashOnCompare.mjs');

test('a backend crash mid-comparison shows in the panel, ends the progress, and the comparison re-runs after the restart', { timeout: 300_000 }, async () => {
  const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-e2e-crash-')), 'crashed');
  await withWorkbench('backendCrashPanel', async (session) => {
    const { page, specPath } = session;
    const spec = readSpec(specPath);
    const root = spec.models.find((m) => m.base == null);
    const { row } = await openSpecInSidebar(page);
    await sidebarContextMenu(page, row(root.tag || root.id), 'Compare Behaviors');
    const frame = await webviewFrame(page, 'Behaviors: models.json', { timeout: 30_000 });
    const status = frame.locator('.behaviors-status-text');
    const progress = page.locator('.notifications-toasts .notification-toast', { hasText: 'Comparing behaviors' });
    await progress.waitFor({ state: 'visible', timeout: 15_000 });

    // Within a few seconds of the crash (3 s after the request), not after any timeout of ours.
    await frame.locator('#root[data-state="error"]').waitFor({ state: 'attached', timeout: 15_000 });
    assert.match(await status.textContent(), /The backend stopped \(exit code 134\) while running behaviors\/compare; it is restarting\./);
    await progress.waitFor({ state: 'hidden', timeout: 5_000 });
    await screenshot(page, 'backend-crash-panel');

    await frame.locator('#root[data-state="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    assert.ok(await frame.locator('#behaviors-table [data-row-key]').count() > 0, 'the re-run comparison has rows');
    const log = readOutputChannel(session.cs) ?? '';
    assert.match(log, /backend exited unexpectedly \(134\)/);
    assert.match(log, /restarting backend in 500 ms/);
  }, { budgetMs: 280_000, fixture: demo(), settings: { 'compressCompare.backend.path': relay }, env: { CC_CRASH_MARKER: marker } });
  assert.ok(fs.existsSync(marker), 'the relay crashed the first comparison');
});
