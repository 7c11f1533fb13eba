// The activity bar's "Compress & Compare" container lists the workspace's spec files and their models.
import { test } from 'node:test';
import { readSpec, waitFor, withWorkbench, escapeRegExp, screenshot } from './workbench.mjs';

test('the Compress & Compare view lists models.json and, expanded, its root model', { timeout: 270_000 }, async () => {
  await withWorkbench('sidebar', async ({ page, specPath }) => {
    const rootTag = readSpec(specPath).models.find((m) => m.base == null).tag;

    const container = page.locator('.part.activitybar .action-item .action-label[aria-label^="Compress & Compare"]');
    await container.waitFor({ state: 'visible', timeout: 30_000 });
    await container.click({ timeout: 5_000 });

    const sidebar = page.locator('.part.sidebar');
    await sidebar.locator('.composite.title', { hasText: /Compress & Compare/i }).first()
      .waitFor({ state: 'visible', timeout: 10_000 });
    const row = (label) => sidebar.locator('.monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    }).first();

    const spec = row('models.json');
    await spec.waitFor({ state: 'visible', timeout: 30_000 });
    if ((await spec.getAttribute('aria-expanded')) !== 'true') {
      await spec.click({ timeout: 5_000 });
      await waitFor('models.json to expand', async () => {
        if ((await spec.getAttribute('aria-expanded', { timeout: 1_000 })) === 'true') return true;
        await spec.locator('.monaco-tl-twistie').click({ timeout: 1_000 }).catch(() => undefined);
        return false;
      }, { timeout: 10_000, interval: 500 });
    }
    await row(rootTag).waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'sidebar');
  });
});
