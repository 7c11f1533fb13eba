// The harness of the bare-page tests: a webview's source bundled with esbuild (as build.mjs does) into a page
// with its stylesheets and VS Code's theme variables, opened in headless Chromium without code-server. Each
// test file supplies what runs before the view (a fake host, fixtures) and drives the page through its DOM.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, ROOT } from './workbench.mjs';

const require = createRequire(path.join(ROOT, 'extension', 'package.json'));
const { chromium } = require('playwright-core');
const esbuild = require('esbuild');

/** The theme variables the views read, in the dark theme's colours. */
const THEME = '--vscode-foreground:#ccc;--vscode-editor-background:#1e1e1e;--vscode-editorHoverWidget-background:#252526;--vscode-editorHoverWidget-border:#454545;background:#1e1e1e';

/** Bundles an entry point (a path, or TypeScript source resolved from the repository root) into one IIFE script. */
export async function bundle(entry) {
  const source = entry.endsWith('.ts') && !entry.includes('\n') ? { entryPoints: [path.join(ROOT, entry)] } : { stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' } };
  const result = await esbuild.build({ bundle: true, write: false, format: 'iife', target: 'es2022', nodePaths: [path.join(ROOT, 'extension/node_modules')], ...source });
  return result.outputFiles[0].text;
}

/**
 * The page's HTML: the stylesheets (paths under extension/webviews, in build.mjs's order), `body` (attributes
 * and markup), then each script in order.
 */
export function pageHtml({ css, bodyAttributes = '', body, scripts }) {
  const sheets = css.map((f) => fs.readFileSync(path.join(ROOT, 'extension/webviews', f), 'utf8')).join('\n');
  return `<!DOCTYPE html><html><head><style>body{${THEME}}${sheets}</style></head>
<body ${bodyAttributes}>${body}${scripts.map((s) => `<script>${s}</script>`).join('\n')}</body></html>`;
}

/**
 * A panel's bare page: its stylesheet, then its test fixture (tests/webviews/<panel>Fixture.ts as window.fixture),
 * CHANNEL_SHIM, `fakeHost` and the panel's bundle; the body lists `models` as the panels' hosts do.
 */
export async function panelPageHtml(panel, models, fakeHost) {
  return pageHtml({
    css: ['shared/page.css', `${panel}/${panel}.css`],
    bodyAttributes: `data-spec-uri="file:///ws/models.json" data-models='${JSON.stringify(models)}'`,
    body: '<div id="root"></div>',
    scripts: [
      await bundle(`import * as f from './tests/webviews/${panel}Fixture'; window.fixture = f;`),
      CHANNEL_SHIM,
      fakeHost,
      await bundle(`extension/webviews/${panel}/main.ts`),
    ],
  });
}

/** Headless Chromium with a throwaway profile; `close()` removes both. */
export async function launchBareChromium(name, viewport = { width: 1280, height: 800 }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `cc-${name}-`));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  return {
    page,
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Loads `html` afresh with `globals` set on window before any other script runs, and returns the page errors
 * seen while `ready` (a selector) appears.
 */
export async function loadPage(page, html, globals, ready, timeout = 10_000) {
  const errors = [];
  page.removeAllListeners('pageerror');
  page.on('pageerror', (e) => errors.push(e));
  await page.goto('about:blank');
  const setup = Object.entries(globals).map(([k, v]) => `window.${k} = ${JSON.stringify(v ?? null)};`).join(' ');
  await page.setContent(html.replace('<script>', `<script>${setup}</script><script>`));
  if (ready) await page.locator(ready).waitFor({ state: 'attached', timeout });
  return errors;
}

/**
 * Runs before a fake host (a script for pageHtml): lets it keep speaking `{ type, ...params }` while the page speaks
 * the panels' JSON-RPC channel (extension/shared/postMessageConnection.ts). `window.channelHost(prefix, onMessage)`
 * gives the postMessage of a fake acquireVsCodeApi: each request or notification from the page reaches `onMessage`
 * as `{ type, ...params, requestId? }` (`$/cancelRequest` ids are recorded in `window.cancelled`). `window.answer(m)`
 * sends `{ type, ...params }` as the notification `prefix/type`, or, with a requestId, answers that request with
 * its `page`, `data` or `explanation`, or its `error`; asynchronously, like postMessage across frames.
 */
export const CHANNEL_SHIM = `{
const w = window;
w.cancelled = [];
const deliver = (message) => setTimeout(() => window.postMessage({ jsonrpc: '2.0', ...message }, '*'), 5);
w.channelHost = (prefix, onMessage) => {
  w.answer = (m) => {
    const { type, requestId, ...params } = m;
    if (requestId === undefined) deliver({ method: prefix + '/' + type, params });
    else if (m.error !== undefined) deliver({ id: requestId, error: { code: -32603, message: m.error } });
    else deliver({ id: requestId, result: m.page ?? m.data ?? m.explanation });
  };
  return (raw) => {
    if (raw.method === '$/cancelRequest') { w.cancelled.push(raw.params.id); return; }
    if (typeof raw.method !== 'string') return;
    const type = raw.method.slice(raw.method.indexOf('/') + 1);
    onMessage({ type, ...(raw.params ?? {}), ...(raw.id === undefined ? {} : { requestId: raw.id }) });
  };
};
}`;
