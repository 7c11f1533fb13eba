// The Model Map keeps its lowest-value model visible in every theme: switching VS Code's colour theme
// (command palette, as a user does) redraws the map with a colour ramp chosen for the new background,
// and the disc of the model with the lowest colour value keeps WCAG's 3:1 contrast against the editor
// background. Read from the canvas pixels at that disc, not from the code's own idea of its colour.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openCommandPalette, openOverview, runCommand, screenshot, waitFor, withWorkbench } from './workbench.mjs';

// VS Code 1.100's names for its built-in themes, as the Color Theme picker lists them.
const THEMES = ['Dark High Contrast', 'Dark Modern', 'Light Modern', 'Light High Contrast'];
/** The class VS Code gives a webview's body under each theme (exactly one of these four). */
const KIND = {
  'Dark High Contrast': 'vscode-high-contrast',
  'Dark Modern': 'vscode-dark',
  'Light Modern': 'vscode-light',
  'Light High Contrast': 'vscode-high-contrast-light',
};

function luminance([r, g, b]) {
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The lowest-value disc's centre pixel and the editor background, both as [r, g, b], read inside the webview. */
async function readLowest(frame) {
  return frame.evaluate(() => {
    const canvas = document.querySelector('canvas#model-map');
    const lowest = JSON.parse(canvas.dataset.lowestNode ?? 'null');
    if (!lowest) return null;
    const dpr = canvas.width / canvas.clientWidth;
    const [r, g, b] = canvas.getContext('2d').getImageData(Math.round(lowest.x * dpr), Math.round(lowest.y * dpr), 1, 1).data;
    const rgbOf = (css) => {
      const probe = document.createElement('div');
      probe.style.color = css;
      document.body.append(probe);
      const rgb = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      probe.remove();
      return rgb;
    };
    const bg = rgbOf(getComputedStyle(document.body).getPropertyValue('--vscode-editor-background'));
    const paintedOn = rgbOf(lowest.paintedOn ?? '');
    return { id: lowest.id, pixel: [r, g, b], background: bg, paintedOn, fill: lowest.fill, themeKind: document.body.className };
  });
}

async function switchTheme(page, theme) {
  // The theme picker opens in the quick input the palette used; either can still be closing when the next opens,
  // so the whole pick is retried until a click on the theme's row has gone through.
  await waitFor(`the ${theme} theme to be picked`, async () => {
    try {
      await runCommand(page, 'Preferences: Color Theme');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      if (!(await input.isVisible().catch(() => false))) await openCommandPalette(page);
      await input.fill(theme, { timeout: 3_000 });
      const row = page.locator('.quick-input-list .monaco-list-row', {
        has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${theme}\\s*$`) }),
      }).first();
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await row.click({ timeout: 3_000 });
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      return true;
    } catch {
      await page.keyboard.press('Escape');
      return false;
    }
  }, { timeout: 60_000, interval: 500 });
}

test('the lowest-value model keeps 3:1 contrast in dark, high-contrast and light themes', { timeout: 270_000 }, async () => {
  await withWorkbench('theme-contrast', async ({ page }) => {
    const frame = await openOverview(page);
    await frame.locator('canvas#model-map[data-lowest-node]').waitFor({ state: 'attached', timeout: 15_000 });
    // Park the pointer off the map, so no hover ring covers the disc.
    await page.mouse.move(5, 500);
    const seen = [];
    for (const theme of THEMES) {
      await switchTheme(page, theme);
      const reading = await waitFor(`the map to redraw for ${theme}`, async () => {
        const r = await readLowest(frame);
        // Wait until the webview has this theme (its body's theme class) and the last frame was painted for its
        // background: the canvas still holds the previous theme's frame until the next animation frame.
        if (!r || !r.themeKind.split(/\s+/).includes(KIND[theme])) return null;
        if (r.paintedOn.join() !== r.background.join()) return null;
        return r.pixel.join() === r.background.join() ? null : r;
      }, { timeout: 20_000, interval: 250 });
      const ratio = contrast(reading.pixel, reading.background);
      seen.push({ theme, ...reading, ratio });
      assert.ok(ratio >= 3, `${theme}: the lowest-value model (${reading.id}) is rgb(${reading.pixel}) on rgb(${reading.background}), contrast ${ratio.toFixed(2)}:1, below 3:1`);
    }
    await screenshot(page, 'theme-contrast');
    console.log(seen.map((s) => `${s.theme}: ${s.ratio.toFixed(2)}:1 (rgb(${s.pixel}) on rgb(${s.background}))`).join('\n'));
  });
});
