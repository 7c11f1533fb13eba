// The activity bar's "Compress & Compare" container lists the workspace's spec files and their models.
import { after, before, test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE, ROOT, openSpecInSidebar, readSpec, waitFor, withWorkbench, escapeRegExp, screenshot } from './workbench.mjs';

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

// The paper's example specs are all named <dataset>_models.json; the old default glob listed none of them. The workspace
// is the usual fixture plus one of them, copied at run time so the other e2e files keep their single spec.
const PAPER_SPEC = 'celeba_models.json';
let paperWorkspace;
before(() => {
  paperWorkspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-e2e-paper-'));
  fs.cpSync(FIXTURE, paperWorkspace, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'tests', 'fixtures', 'paper', PAPER_SPEC), path.join(paperWorkspace, PAPER_SPEC));
});
after(() => paperWorkspace && fs.rmSync(paperWorkspace, { recursive: true, force: true }));

test('a spec named *_models.json, as the paper names its examples, is listed in the sidebar with its models', { timeout: 270_000 }, async () => {
  const spec = readSpec(path.join(ROOT, 'tests', 'fixtures', 'paper', PAPER_SPEC));
  await withWorkbench('sidebar-paper-spec', async ({ page }) => {
    const { row } = await openSpecInSidebar(page, PAPER_SPEC);
    // Expanded, the spec shows its root model (the only one without a base) and, expanded below it, a child, each
    // under its tag (the celeba spec's tags are unique, so they are the labels).
    const root = spec.models.find((m) => m.base == null);
    const child = spec.models.find((m) => m.base === root.id);
    await row(root.tag).waitFor({ state: 'visible', timeout: 15_000 });
    await row(child.tag).waitFor({ state: 'visible', timeout: 15_000 });
    await row('models.json').waitFor({ state: 'visible', timeout: 5_000 });
    await screenshot(page, 'sidebar-paper-spec');
  }, { fixture: paperWorkspace });
});
