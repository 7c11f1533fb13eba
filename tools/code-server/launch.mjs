#!/usr/bin/env node
// Starts the pinned code-server (VS Code 1.100.3 in the browser) with the Compress & Compare VSIX
// installed, in a private, throw-away profile.
//
// Library:  const cs = await launchCodeServer({ workspace, vsix }); ...; await cs.stop();
// CLI:      node tools/code-server/launch.mjs --workspace DIR --vsix FILE [--port N]
//
// Install code-server first with scripts/setup.sh (it lives in tools/code-server/node_modules).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CODE_SERVER_ENTRY = path.join(HERE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Settings written to the private profile's User/settings.json (callers may add more). */
export const DEFAULT_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'json.schemaDownload.enable': false,
  'npm.fetchOnlinePackageInfo': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
});

// Environment variables that would redirect code-server somewhere else: $PORT overrides
// --bind-addr, VSCODE_IPC_HOOK_CLI makes it talk to an enclosing VS Code, and so on.
const SCRUBBED_ENV = /^(PORT|CODE_SERVER_HOST|PASSWORD|HASHED_PASSWORD|GITHUB_TOKEN|VSCODE_.*|ELECTRON_RUN_AS_NODE)$/;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** All live descendants of pid (children first found through /proc's ppid links). */
function descendants(pid) {
  const children = new Map();
  let entries = [];
  try { entries = fs.readdirSync('/proc'); } catch { return []; }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      // pid (comm) state ppid ... ; comm may contain spaces/parentheses
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(e));
    } catch { /* process vanished */ }
  }
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    for (const c of children.get(p) ?? []) { out.push(c); queue.push(c); }
  }
  return out;
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

function killQuietly(pid, signal) {
  try { process.kill(pid, signal); } catch { /* already gone */ }
}

/** Runs code-server once to completion (used for --install-extension), appending to the log. */
function runToCompletion(args, { env, logStream, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CODE_SERVER_ENTRY, ...args], {
      env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    let output = '';
    const onData = (d) => { output += d; logStream.write(d); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      killQuietly(-child.pid, 'SIGKILL');
      reject(new Error(`code-server ${args.join(' ')} timed out after ${timeoutMs} ms\n${output}`));
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`code-server ${args.join(' ')} exited with ${code}\n${output}`));
    });
  });
}

function folderUrl(base, workspace) {
  return `${base}/?folder=${workspace.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Starts code-server on `workspace` with `vsix` installed in a private profile.
 *
 * @param {object} opts
 * @param {string} opts.workspace        folder to open
 * @param {string|string[]|null} [opts.vsix]  VSIX file(s) to install first (none when null)
 * @param {number} [opts.port]           TCP port on 127.0.0.1 (a free one when omitted)
 * @param {string} [opts.userDataDir]    VS Code user-data dir (temp dir by default)
 * @param {string} [opts.extensionsDir]  extensions dir (temp dir by default)
 * @param {Record<string,string>} [opts.env]  extra environment for code-server and its extension host
 * @param {Record<string,unknown>} [opts.settings]  extra User settings
 * @param {string} [opts.logFile]        where stdout/stderr go (in the temp dir by default)
 * @param {number} [opts.startTimeoutMs] how long to wait for /healthz (default 60 s)
 * @param {boolean} [opts.restricted]   open the folder in Restricted Mode (workspace trust on, folder untrusted,
 *                                      no trust prompt) instead of starting with --disable-workspace-trust
 * @returns {Promise<{url: string, baseUrl: string, port: number, logFile: string, userDataDir: string,
 *   extensionsDir: string, home: string, pid: number, stop: () => Promise<void>}>}
 */
export async function launchCodeServer({
  workspace, vsix = null, port, userDataDir, extensionsDir, env = {}, settings = {},
  logFile, startTimeoutMs = 60_000, installTimeoutMs = 120_000, restricted = false,
} = {}) {
  if (!workspace) throw new Error('launchCodeServer: `workspace` is required');
  workspace = path.resolve(workspace);
  if (!fs.statSync(workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`launchCodeServer: workspace ${workspace} is not a directory`);
  }
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY} missing): run scripts/setup.sh`);
  }
  const vsixes = (vsix == null ? [] : [].concat(vsix)).map((v) => path.resolve(v));
  for (const v of vsixes) {
    if (!fs.existsSync(v)) throw new Error(`launchCodeServer: VSIX ${v} does not exist`);
  }

  const home = await fsp.mkdtemp(path.join(os.tmpdir(), 'cc-code-server-'));
  userDataDir = path.resolve(userDataDir ?? path.join(home, 'user-data'));
  extensionsDir = path.resolve(extensionsDir ?? path.join(home, 'extensions'));
  logFile = path.resolve(logFile ?? path.join(home, 'code-server.log'));
  const xdg = {
    XDG_CONFIG_HOME: path.join(home, 'xdg-config'),
    XDG_DATA_HOME: path.join(home, 'xdg-data'),
    XDG_CACHE_HOME: path.join(home, 'xdg-cache'),
  };
  for (const d of [userDataDir, extensionsDir, path.join(userDataDir, 'User'), ...Object.values(xdg),
    path.dirname(logFile)]) {
    await fsp.mkdir(d, { recursive: true });
  }

  // Keep settings the caller's profile already has; ours win only where they clash.
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let existing = {};
  try { existing = JSON.parse(await fsp.readFile(settingsFile, 'utf8')); } catch { /* none yet */ }
  // Restricted Mode: trust on, and no start-up dialog asking whether to trust (a fresh folder is untrusted).
  const trust = restricted
    ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' }
    : {};
  await fsp.writeFile(settingsFile, JSON.stringify({ ...existing, ...DEFAULT_SETTINGS, ...trust, ...settings }, null, 2));

  const childEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!SCRUBBED_ENV.test(k)) childEnv[k] = v;
  Object.assign(childEnv, xdg, env);

  const logStream = fs.createWriteStream(logFile, { flags: 'a' });
  const dirArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  try {
    for (const v of vsixes) {
      logStream.write(`[launch.mjs] installing ${v}\n`);
      await runToCompletion([...dirArgs, '--force', '--install-extension', v],
        { env: childEnv, logStream, timeoutMs: installTimeoutMs });
    }
    // A free port found now may be taken by the time code-server binds it: try again then.
    const fixedPort = port != null;
    for (let attempt = 1; ; attempt++) {
      const p = fixedPort ? Number(port) : await findFreePort();
      try {
        return await start(p);
      } catch (e) {
        if (fixedPort || attempt >= 3 || !/EADDRINUSE/.test(String(e.message))) throw e;
      }
    }
  } catch (e) {
    logStream.end();
    throw e;
  }

  async function start(p) {
    const baseUrl = `http://127.0.0.1:${p}`;
    logStream.write(`[launch.mjs] starting code-server on ${baseUrl} for ${workspace}\n`);
    const child = spawn(process.execPath, [
      CODE_SERVER_ENTRY, ...dirArgs,
      '--auth', 'none', '--bind-addr', `127.0.0.1:${p}`,
      '--disable-telemetry', '--disable-update-check', ...(restricted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override', '--ignore-last-opened',
      workspace,
    ], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true, cwd: workspace });

    let output = '';
    const onData = (d) => {
      if (!logStream.writableEnded) logStream.write(d);
      if (output.length < 100_000) output += d;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let exited = null;
    const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }));
    child.on('error', (e) => { exited = { error: e }; });

    // If this Node process goes away without calling stop(), take code-server with it.
    const onExit = () => { for (const pid of [child.pid, ...descendants(child.pid)]) killQuietly(pid, 'SIGKILL'); killQuietly(-child.pid, 'SIGKILL'); };
    process.on('exit', onExit);

    // Kills code-server and everything it started (its own process group, plus any descendant that
    // left the group), waiting until they are gone.
    let killing = null;
    const killTree = () => {
      killing ??= (async () => {
        const tree = [child.pid, ...descendants(child.pid)];
        killQuietly(-child.pid, 'SIGTERM');
        for (const pid of tree) killQuietly(pid, 'SIGTERM');
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline && tree.some(alive)) await sleep(50);
        if (tree.some(alive)) {
          killQuietly(-child.pid, 'SIGKILL');
          for (const pid of tree) killQuietly(pid, 'SIGKILL');
          const hard = Date.now() + 5_000;
          while (Date.now() < hard && tree.some(alive)) await sleep(50);
        }
        if (exited === null) await Promise.race([exitPromise, sleep(2_000)]);
        process.off('exit', onExit);
      })();
      return killing;
    };
    let stopping = null;
    /** Stops code-server; `{ removeFiles: true }` also deletes launch.mjs's temp dir (log, XDG dirs, default profile). */
    const stop = ({ removeFiles = false } = {}) => {
      stopping ??= killTree().then(() => new Promise((r) => logStream.end(r)));
      return removeFiles
        ? stopping.then(() => fsp.rm(home, { recursive: true, force: true, maxRetries: 3 }))
        : stopping;
    };

    const deadline = Date.now() + startTimeoutMs;
    for (;;) {
      if (exited) {
        await killTree();
        throw new Error(`code-server exited before it was ready (${JSON.stringify(exited)}); log ${logFile}:\n${output.slice(-4000)}`);
      }
      try {
        const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) break;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) {
        await killTree();
        throw new Error(`code-server did not answer ${baseUrl}/healthz within ${startTimeoutMs} ms; log ${logFile}:\n${output.slice(-4000)}`);
      }
      await sleep(100);
    }

    return {
      url: folderUrl(baseUrl, workspace), baseUrl, port: p, logFile, userDataDir, extensionsDir, home,
      workspace, pid: child.pid, exited: exitPromise, stop,
    };
  }
}

/** Files under the profile's log folder whose name contains `name` (e.g. an Output channel's name). */
export function findLogFiles(userDataDir, name) {
  const out = [];
  const walk = (dir) => {
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!name || e.name.includes(name)) out.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return out.sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
}

async function main() {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string', short: 'w' },
      vsix: { type: 'string', multiple: true },
      port: { type: 'string', short: 'p' },
      'user-data-dir': { type: 'string' },
      'extensions-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.workspace) {
    console.error('usage: node tools/code-server/launch.mjs --workspace DIR [--vsix FILE]... [--port N] '
      + '[--user-data-dir DIR] [--extensions-dir DIR]');
    process.exit(values.help ? 0 : 2);
  }
  const cs = await launchCodeServer({
    workspace: values.workspace,
    vsix: values.vsix ?? null,
    port: values.port ? Number(values.port) : undefined,
    userDataDir: values['user-data-dir'],
    extensionsDir: values['extensions-dir'],
  });
  console.log(`Compress & Compare is running in VS Code at ${cs.url}`);
  console.log(`(code-server log: ${cs.logFile}; press Ctrl+C to stop)`);
  let stopping = false;
  const shutdown = async (sig) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${sig}: stopping code-server...`);
    // Removes only launch.mjs's own temp dir (log, XDG dirs, and the profile unless one was named).
    await cs.stop({ removeFiles: true });
    process.exit(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
  const ex = await cs.exited;
  if (!stopping) {
    console.error(`code-server exited unexpectedly (${JSON.stringify(ex)}); see ${cs.logFile}`);
    await cs.stop();
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
  });
}
