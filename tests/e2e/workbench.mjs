// Shared helpers for the end-to-end tests: code-server + headless Debian Chromium + playwright-core.
//
// Every wait here is bounded. Actions that race with the workbench's own start-up (the command
// palette, context menus) retry with short timeouts instead of sleeping.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findLogFiles, launchCodeServer } from '../../tools/code-server/launch.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = path.join(ROOT, 'tests', 'e2e', 'out');
export const FIXTURE = path.join(ROOT, 'tests', 'e2e', 'fixtures', 'workspace');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension', 'package.json'), 'utf8')).version;
/** The package scripts/build.sh makes for this machine (scripts/package.sh names them so), unless CC_VSIX names another. */
export const VSIX = process.env.CC_VSIX
  ? path.resolve(process.env.CC_VSIX)
  : path.join(ROOT, 'packages', `compress-compare-${process.platform}-${process.arch}-${VERSION}.vsix`);
export const CHROMIUM = process.env.CC_CHROMIUM ?? '/usr/bin/chromium';
export const OUTPUT_CHANNEL = 'Compress & Compare';

const require = createRequire(path.join(ROOT, 'extension', 'package.json'));
/** @type {import('playwright-core')} */
const { chromium } = require('playwright-core');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value (returned) or `timeout` ms pass (throws, naming `what`). */
export async function waitFor(what, fn, { timeout = 15_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? `: ${last.message.split('\n')[0]}` : last !== undefined ? ` (last value ${JSON.stringify(last)})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${detail}`);
    }
    await sleep(interval);
  }
}

/** Copies the fixture workspace into a fresh temp dir, so tests never modify the repo. */
export async function copyFixture(fixture = FIXTURE) {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cc-e2e-ws-'));
  await fsp.cp(fixture, dir, { recursive: true });
  return dir;
}

/**
 * Starts code-server (with the VSIX) on a copy of the fixture and opens it in headless Chromium;
 * `restricted` opens the folder untrusted (Restricted Mode); `settings` adds User settings, `env` environment variables.
 * Returns a session; always `await session.close()` (in a finally).
 */
export async function openWorkbench({ fixture = FIXTURE, vsix = VSIX, viewport = { width: 1600, height: 1000 }, restricted = false, settings = {}, env = {} } = {}) {
  const started = Date.now();
  if (!fs.existsSync(vsix)) {
    throw new Error(`VSIX ${vsix} not found: build it with scripts/build.sh, or set CC_VSIX`);
  }
  const workspace = await copyFixture(fixture);
  const cs = await launchCodeServer({ workspace, vsix, restricted, settings, env, installTimeoutMs: 60_000, startTimeoutMs: 45_000 });
  const browserDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cc-e2e-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(browserDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    await cs.stop();
    throw e;
  }
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(15_000);
  const consoleLines = [];
  page.on('console', (m) => { if (consoleLines.length < 2000) consoleLines.push(`[${m.type()}] ${m.text()}`); });
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));

  const session = {
    cs, context, page, workspace, consoleLines,
    specPath: path.join(workspace, 'models.json'),
    async close({ keepFiles = false } = {}) {
      await context.close().catch(() => undefined);
      await cs.stop({ removeFiles: !keepFiles }).catch(() => undefined);
      await fsp.rm(browserDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
      if (!keepFiles) await fsp.rm(workspace, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    },
    screenshot: (name) => screenshot(page, name),
    diagnose: (name, error) => diagnose(session, name, error),
  };
  try {
    await page.goto(cs.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await waitForWorkbench(page);
    session.startupMs = Date.now() - started;
  } catch (e) {
    await diagnose(session, 'startup-failure', e);
    await session.close({ keepFiles: true });
    throw e;
  }
  return session;
}

/**
 * Runs `body(session)` on a fresh workbench; on failure saves a screenshot and prints the last lines
 * of the code-server log and of the extension's Output channel, then rethrows.
 * Start-up plus body get `budgetMs` in all (at least 30 s for the body): past it the browser is closed,
 * which makes any pending Playwright call fail at once, so a test file always ends in bounded time.
 */
export async function withWorkbench(name, body, { budgetMs = 210_000, ...opts } = {}) {
  const deadline = Date.now() + budgetMs;
  const session = await openWorkbench(opts);
  let failed = false;
  let timer;
  try {
    const bodyMs = Math.max(30_000, deadline - Date.now());
    return await Promise.race([
      body(session),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${name}: gave up after ${bodyMs} ms`)), bodyMs);
      }),
    ]);
  } catch (e) {
    failed = true;
    await diagnose(session, name, e);
    throw e;
  } finally {
    clearTimeout(timer);
    await session.close({ keepFiles: failed });
  }
}

/** Waits until the workbench has loaded the folder: the Explorer lists files and the extension host runs. */
export async function waitForWorkbench(page, { timeout = 45_000 } = {}) {
  const deadline = Date.now() + timeout;
  const left = () => Math.max(1_000, deadline - Date.now());
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: left() });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: left() });
  // The Explorer shows the folder's files once the remote file system is connected.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: left() });
}

export async function screenshot(page, name) {
  await fsp.mkdir(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, timeout: 15_000 });
  return file;
}

function tail(text, n = 50) {
  return text.split('\n').slice(-n).join('\n');
}

/** Text of the extension's Output channel (from its log file in the profile), or null. */
export function readOutputChannel(cs, name = OUTPUT_CHANNEL) {
  const files = findLogFiles(cs.userDataDir, name);
  if (files.length === 0) return null;
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/** Prints what helps to understand a failure; never throws. */
export async function diagnose(session, name, error) {
  const lines = [`\n===== e2e failure: ${name} =====`, String(error?.stack ?? error)];
  try {
    const file = await screenshot(session.page, `failure-${name.replace(/[^\w.-]+/g, '_')}`);
    lines.push(`screenshot: ${file}`);
  } catch (e) {
    lines.push(`(no screenshot: ${e.message})`);
  }
  try {
    lines.push(`----- code-server log (${session.cs.logFile}), last 50 lines -----`,
      tail(fs.readFileSync(session.cs.logFile, 'utf8')));
  } catch (e) {
    lines.push(`(no code-server log: ${e.message})`);
  }
  try {
    const out = readOutputChannel(session.cs);
    lines.push(`----- Output channel "${OUTPUT_CHANNEL}", last 50 lines -----`,
      out === null ? '(not found under the profile logs)' : tail(out));
  } catch (e) {
    lines.push(`(no Output channel: ${e.message})`);
  }
  try {
    const exthost = findLogFiles(session.cs.userDataDir, 'exthost.log');
    if (exthost.length) lines.push('----- extension host log, last 30 lines -----', tail(fs.readFileSync(exthost.at(-1), 'utf8'), 30));
  } catch { /* ignore */ }
  if (session.consoleLines?.length) {
    lines.push('----- browser console, last 30 lines -----', session.consoleLines.slice(-30).join('\n'));
  }
  lines.push(`(profile and workspace kept: ${session.cs.home}, ${session.workspace})`);
  console.error(lines.join('\n'));
}

/** Opens the command palette (retrying: early key presses can be lost while the workbench starts). */
export async function openCommandPalette(page, { attempts = 10 } = {}) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let i = 0; i < attempts; i++) {
    // Escape closes whatever quick input or menu is open; F1 works even with focus in a webview
    // (webviews forward the workbench's key bindings).
    if (i > 0) await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 2_000 });
      return input;
    } catch { /* retry */ }
  }
  throw new Error('could not open the command palette');
}

/**
 * Runs a command from the palette by its label (e.g. "Compress & Compare: Refresh Specs").
 * Retries while the command is not registered yet.
 */
export async function runCommand(page, label, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const input = await openCommandPalette(page);
    const row = page.locator('.quick-input-list .monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }),
    }).first();
    try {
      // Inside the retry: a quick input still closing from an earlier command can hide the palette just opened.
      await input.fill(`>${label}`, { timeout: 3_000 });
      await row.waitFor({ state: 'visible', timeout: 3_000 });
      await row.click({ timeout: 3_000 });
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`command "${label}" not found in the palette within ${timeout} ms (${e.message.split('\n')[0]})`);
      await page.keyboard.press('Escape');
      await sleep(250);
    }
  }
}

/** The Explorer row of a file (by its name as shown). */
export function explorerItem(page, fileName) {
  return page.locator('.explorer-folders-view .monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }),
  }).first();
}

/** Makes sure the Explorer view is visible (and shows the folder's files). */
export async function showExplorer(page) {
  const files = page.locator('.explorer-folders-view');
  if (await files.isVisible().catch(() => false)) return;
  await runCommand(page, 'View: Show Explorer');
  await files.waitFor({ state: 'visible', timeout: 10_000 });
}

/**
 * Right-clicks `fileName` in the Explorer and picks `itemLabel` from the context menu: hovers the
 * item, waits for it to be `.action-item.focused`, presses Enter (clicks are flaky on that menu).
 */
/** Opens the Compression Overview the way users do (right-click the spec, Compare Models) and returns its frame once drawn. */
export async function openOverview(page, specName = 'models.json') {
  await explorerContextMenu(page, specName, 'Compare Models');
  const frame = await webviewFrame(page, `Compression Overview: ${specName}`, { timeout: 30_000 });
  await frame.locator('#root[data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  return frame;
}

/** Drags a rectangle over (nearly) the whole Scatterplot of a Model Map frame, clear of its y axis: selects the models inside. */
export async function brushScatterplot(page, frame) {
  const area = await frame.locator('.scatter-area').boundingBox();
  await page.mouse.move(area.x + 70, area.y + 6);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2, { steps: 5 });
  await page.mouse.move(area.x + area.width - 4, area.y + area.height - 30, { steps: 5 });
  await page.mouse.up();
}

export async function explorerContextMenu(page, fileName, itemLabel, { timeout = 30_000 } = {}) {
  await showExplorer(page);
  const deadline = Date.now() + timeout;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const row = explorerItem(page, fileName);
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await row.click({ button: 'right', timeout: 3_000 });
      const menu = page.locator('.context-view .monaco-menu');
      await menu.waitFor({ state: 'visible', timeout: 3_000 });
      const item = menu.locator('.action-item', {
        has: page.locator('.action-label', { hasText: new RegExp(`^${escapeRegExp(itemLabel)}$`) }),
      }).first();
      await item.waitFor({ state: 'visible', timeout: 2_000 });
      await item.scrollIntoViewIfNeeded({ timeout: 2_000 });
      await item.hover({ timeout: 2_000 });
      await menu.locator('.action-item.focused', { hasText: itemLabel }).waitFor({ state: 'visible', timeout: 2_000 });
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 3_000 });
      return;
    } catch (e) {
      lastError = e;
      await page.keyboard.press('Escape').catch(() => undefined);
      await sleep(300);
    }
  }
  throw new Error(`could not pick "${itemLabel}" from the context menu of ${fileName}: ${lastError?.message.split('\n')[0]}`);
}

/**
 * The content frame of the webview panel whose title is `title`: the workbench hosts each webview in
 * `iframe.webview.ready`, whose document hosts `iframe#active-frame` with `title` = the panel title.
 */
export async function webviewFrame(page, title, { timeout = 30_000 } = {}) {
  return waitFor(`the webview "${title}"`, async () => {
    for (const outer of await page.locator('iframe.webview.ready').elementHandles()) {
      const outerFrame = await outer.contentFrame();
      if (!outerFrame) continue;
      for (const inner of await outerFrame.locator('iframe#active-frame').elementHandles()) {
        if ((await inner.getAttribute('title')) !== title) continue;
        const frame = await inner.contentFrame();
        if (frame && !frame.isDetached()) return frame;
      }
    }
    return null;
  }, { timeout, interval: 250 });
}

/** Types `text` into the open quick input and accepts it, once its title reads `title` (a form's step). */
export async function answerQuickInput(page, title, text) {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: 30_000 });
  const input = widget.locator('input.input');
  await input.fill(text);
  await page.waitForTimeout(150);
  await input.press('Enter');
}

/** The editor tab with this title (e.g. a webview panel's). */
export function editorTab(page, title) {
  return page.locator('.tabs-container .tab', { has: page.locator('.label-name', { hasText: title }) }).first();
}

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function readSpec(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Runs the backend CLI (the Release build scripts/build.sh leaves) and returns its one JSON object. Test set-up only
 * (training the demo needs libtorch, which the packaged backend lacks): CC_DOTNET is the dotnet that
 * scripts/without-dotnet.sh keeps out of the PATH the extension sees.
 */
export function backendCli(...args) {
  const stdout = execFileSync(process.env.CC_DOTNET ?? 'dotnet', ['run', '--project', 'backend', '-c', 'Release', '--no-build', '--', ...args],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, timeout: 300_000 });
  return JSON.parse(stdout);
}

/**
 * Generates the digits demo (real trained and compressed models) in a temp folder before the calling file's
 * tests and removes it after them; returns a getter for the folder, to pass as `fixture`.
 */
export function generatedDemo() {
  let demo;
  before(() => {
    demo = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-e2e-demo-'));
    fs.rmSync(demo, { recursive: true });
    backendCli('demo', demo, '--dataset', 'digits', '--seed', '1');
  });
  after(() => {
    if (demo) fs.rmSync(demo, { recursive: true, force: true });
  });
  return () => demo;
}

/** Opens the Compress & Compare sidebar with `specName` (models.json unless given) expanded; returns a finder for its rows by label. */
export async function openSpecInSidebar(page, specName = 'models.json') {
  await page.locator('.part.activitybar .action-item .action-label[aria-label^="Compress & Compare"]').click({ timeout: 10_000 });
  const sidebar = page.locator('.part.sidebar');
  const row = (label) => sidebar.locator('.monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
  }).first();
  const specRow = row(specName);
  await specRow.waitFor({ state: 'visible', timeout: 30_000 });
  await waitFor(`${specName} to expand`, async () => {
    if ((await specRow.getAttribute('aria-expanded', { timeout: 1_000 })) === 'true') return true;
    await specRow.click({ timeout: 1_000 }).catch(() => undefined);
    return false;
  }, { timeout: 15_000, interval: 500 });
  return { sidebar, row };
}

/** Runs `command` from the context menu of a sidebar row, retrying while the tree settles. */
export async function sidebarContextMenu(page, row, command) {
  await waitFor(`"${command}" from the context menu`, async () => {
    await row.click({ button: 'right', timeout: 3_000 });
    const menu = page.locator('.context-view .monaco-menu');
    // Rows still expanding above can move this one between finding it and the click, and the menu then
    // belongs to another model: the tree focuses the row it was opened on, so go on only when that is this one.
    if (!/\bfocused\b/.test((await row.getAttribute('class', { timeout: 1_000 })) ?? '')) {
      await page.keyboard.press('Escape');
      return false;
    }
    const item = menu.locator('.action-item', { has: page.locator('.action-label', { hasText: new RegExp(`^${escapeRegExp(command)}$`) }) }).first();
    await item.hover({ timeout: 2_000 });
    await menu.locator('.action-item.focused', { hasText: command }).waitFor({ state: 'visible', timeout: 2_000 });
    await page.keyboard.press('Enter');
    return true;
  }, { timeout: 30_000, interval: 500 });
}

/**
 * The label the sidebar and the base pickers show for `model` (extension/shared/modelLabels.ts), for specs whose ids
 * read as names, such as the demo's: its tag when no other model of the spec has that tag, else its id.
 */
export function listedLabel(spec, model) {
  const tag = model.tag?.trim();
  return tag && spec.models.filter((m) => m.tag?.trim() === tag).length === 1 ? tag : model.id;
}
