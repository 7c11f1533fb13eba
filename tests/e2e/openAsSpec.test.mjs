// "Open as Compress & Compare Spec" on JSON files the spec glob does not match: a file with a models array opens in the
// Compression Overview and joins the sidebar; any other JSON file is refused with the reason.
import { after, before, test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE, ROOT, explorerContextMenu, openSpecInSidebar, screenshot, webviewFrame, withWorkbench } from './workbench.mjs';

const COMMAND = 'Open as Compress & Compare Spec';
let workspace;
before(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-e2e-open-as-spec-'));
  fs.cpSync(FIXTURE, workspace, { recursive: true });
  // Named so that no glob finds it: only the command can open it.
  fs.copyFileSync(path.join(ROOT, 'tests', 'fixtures', 'paper', 'celeba_models.json'), path.join(workspace, 'study.json'));
  fs.writeFileSync(path.join(workspace, 'settings-like.json'), JSON.stringify({ name: 'not a spec', models: 'none' }));
});
after(() => workspace && fs.rmSync(workspace, { recursive: true, force: true }));

test('Open as Compress & Compare Spec opens a JSON file with a models array, and refuses one without, saying why', { timeout: 270_000 }, async () => {
  await withWorkbench('open-as-spec', async ({ page }) => {
    await explorerContextMenu(page, 'settings-like.json', COMMAND);
    await page.locator('.notifications-toasts .notification-toast', {
      hasText: 'settings-like.json is not a Compress & Compare spec: it has no "models" array',
    }).first().waitFor({ state: 'visible', timeout: 15_000 });

    await explorerContextMenu(page, 'study.json', COMMAND);
    const frame = await webviewFrame(page, 'Compression Overview: study.json', { timeout: 30_000 });
    await frame.locator('#root[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    // Opened, it is tracked like a found spec: the sidebar lists it with its models.
    const { row } = await openSpecInSidebar(page, 'study.json');
    await row('Train (epochs: 1)').waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'open-as-spec');
  }, { fixture: workspace });
});
