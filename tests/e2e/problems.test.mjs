// Invalid JSON written to the spec on disk shows up as an error for models.json in the Problems panel.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { runCommand, screenshot, withWorkbench } from './workbench.mjs';

test('invalid JSON in models.json is reported in the Problems panel', { timeout: 270_000 }, async () => {
  await withWorkbench('problems', async ({ page, specPath }) => {
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', { timeout: 30_000 })
      .catch(() => runCommand(page, 'View: Toggle Problems (Errors, Warnings, Infos)', { timeout: 15_000 }));
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });

    // The file is never opened in an editor, so only the extension (not VS Code's JSON support) can
    // report it.
    fs.writeFileSync(specPath, '{ "models": [ { "id": "base", "base": null,, } \n');

    // Within 15 s of the write: an error under a models.json row.
    const errorRow = panel.locator('.monaco-list-row', { has: page.locator('.codicon-error') }).first();
    await errorRow.waitFor({ state: 'visible', timeout: 15_000 });
    const fileRow = panel.locator('.monaco-list-row', { hasText: 'models.json' }).first();
    await fileRow.waitFor({ state: 'visible', timeout: 2_000 });
    const text = (await errorRow.textContent({ timeout: 2_000 })) ?? '';
    assert.ok(text.trim().length > 0, 'the error row has a message');
    console.log(`Problems panel: ${text.replace(/\s+/g, ' ').trim()}`);
    await screenshot(page, 'problems');
  });
});
