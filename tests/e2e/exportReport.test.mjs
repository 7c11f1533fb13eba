// Export Report… in code-server: models brushed in the overview's Scatterplot, the toolbar button's save dialog
// answered with an HTML file, and the palette command (while the overview is the active editor) with a Markdown
// file; each report is read from the workspace on disk and must name the selected models and hold one SVG per chart.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brushScatterplot, openOverview, readSpec, runCommand, screenshot, waitFor, withWorkbench } from './workbench.mjs';

/** Answers the (simple, quick-input) save dialog with `file`, once it shows the default report name. */
async function saveAs(page, file) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitFor('the save dialog proposing models-report.html', async () =>
    (await input.isVisible()) && (await input.inputValue({ timeout: 1_000 })).endsWith('models-report.html'), { timeout: 30_000, interval: 200 });
  await input.fill(file);
  await waitFor('the save dialog to take the path', async () => (await input.inputValue({ timeout: 1_000 })) === file, { timeout: 5_000 });
  await input.press('Enter');
}

test('Export Report… writes the overview\'s selection as HTML (toolbar) and Markdown with SVG files (palette)', { timeout: 300_000 }, async () => {
  await withWorkbench('exportReport', async ({ page, specPath }) => {
    const primary = readSpec(specPath).metrics.filter((m) => m.primary).length;
    const frame = await openOverview(page);
    await brushScatterplot(page, frame);
    const details = frame.locator('div#selection-details');
    await waitFor('Selection Details to explain the brushed models', async () => (await details.getAttribute('data-state', { timeout: 1_000 })) === 'ready', { timeout: 30_000 });
    const ids = await details.locator('table#details-table tbody tr[data-model]').evaluateAll((rows) => rows.map((r) => r.dataset.model));
    assert.ok(ids.length >= 2, `the brush selects models: ${ids}`);

    const html = path.join(path.dirname(specPath), 'models-report.html');
    const button = frame.locator('button#export-report');
    await waitFor('Export Report… to be enabled', () => button.isEnabled({ timeout: 1_000 }));
    await button.click();
    await saveAs(page, html);
    await waitFor('the HTML report on disk', () => fs.existsSync(html), { timeout: 60_000, interval: 250 });
    const text = fs.readFileSync(html, 'utf8');
    assert.match(text, /<meta name="generator" content="Compress &amp; Compare report"\/>/);
    assert.doesNotMatch(text, /https?:/);
    const selected = text.slice(text.indexOf('<h2>Selected models</h2>'), text.indexOf('<h2>Behaviors against the base</h2>'));
    for (const id of ids) assert.ok(selected.includes(`<tr><td>${id}</td>`), `the report lists ${id} among the selected models`);
    // The scatter with the Pareto front, and one bar chart per primary metric.
    assert.equal(text.match(/<svg /g)?.length, 1 + primary);
    assert.equal(text.match(/<figure>/g)?.length, 1 + primary);
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'models-report.html' }).waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, 'export-report');

    // The palette asks the active overview for its selection and budgets, as the toolbar does.
    const md = path.join(path.dirname(specPath), 'study.md');
    await runCommand(page, 'Compress & Compare: Export Report…');
    await saveAs(page, md);
    await waitFor('the Markdown report on disk', () => fs.existsSync(md), { timeout: 60_000, interval: 250 });
    const markdown = fs.readFileSync(md, 'utf8');
    for (const id of ids) assert.ok(markdown.includes(`| ${id.replace(/[-_]/g, (c) => (c === '_' ? '\\_' : c))} |`), `the Markdown report lists ${id}`);
    const charts = fs.readdirSync(path.dirname(specPath)).filter((f) => /^study-.*\.svg$/.test(f)).sort();
    assert.equal(charts.length, 1 + primary, `one SVG file per chart: ${charts}`);
    for (const chart of charts) assert.ok(markdown.includes(`](${chart})`), `the Markdown links ${chart}`);
  }, { settings: { 'files.simpleDialog.enable': true } });
});
