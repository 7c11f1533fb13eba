#!/usr/bin/env node
// Benchmark of the platform packages (issue 19): each VSIX's size in packages/ against the 60 MB goal, and the packaged
// backend's start → first reply (spawn, then `initialize` answered over stdio, as the extension does) against 300 ms,
// beside the checkout's framework-dependent backend run by `dotnet` when there is one, and the same executable's
// `--version` start → exit with the load average, to judge the load a shared machine was under. Prints one JSON object.
// Usage: node bench/package.mjs [--runs 15]   (after `bash scripts/package.sh`, or scripts/build.sh for this machine's)

import { spawn } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFrames } from '../tests/fixtures/contentLengthFrames.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_VSIX_MB = 60;
const GOAL_FIRST_REPLY_MS = 300;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs wants a positive whole number, not "${process.argv[runsArg + 1]}"`);

const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension', 'package.json'), 'utf8')).version;
const protocolVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'protocol', 'contract.json'), 'utf8')).protocolVersion;

/** Milliseconds from spawn to the answer of `initialize`. */
function firstReplyMs(file, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${file} exited (${code}) before answering initialize`)));
    readFrames(child.stdout, (_frame, message) => {
      if (message.id !== 1) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.removeAllListeners('exit');
      child.kill();
      if (message.error) reject(new Error(`initialize failed: ${JSON.stringify(message.error)}`));
      else resolve(ms);
    });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { clientName: 'bench', protocolVersion, trusted: true } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

/** Milliseconds from spawn to exit of `file args` (whose exit status must be 0). */
function runMs(file, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${file} ${args.join(' ')} exited ${code}`))));
  });
}

/** Median of RUNS starts of `measure` after one warm-up; null when `needs` is absent. */
async function timings(measure, needs) {
  if (!fs.existsSync(needs)) return null;
  await measure(); // warm the file cache: every start after install reads the same files
  const ms = [];
  for (let i = 0; i < RUNS; i++) ms.push(await measure());
  ms.sort((a, b) => a - b);
  const round = (x) => Math.round(x);
  return { medianMs: round(ms[Math.floor(ms.length / 2)]), minMs: round(ms[0]), maxMs: round(ms.at(-1)), runs: RUNS };
}

const packages = fs.existsSync(path.join(ROOT, 'packages'))
  ? fs.readdirSync(path.join(ROOT, 'packages')).filter((f) => f.startsWith('compress-compare-') && f.endsWith(`-${version}.vsix`)).sort()
  : [];
if (packages.length === 0) throw new Error('No packages in packages/: run `bash scripts/package.sh` first');
const sizes = Object.fromEntries(packages.map((f) => {
  const bytes = fs.statSync(path.join(ROOT, 'packages', f)).size;
  return [f, { bytes, mb: +(bytes / 1e6).toFixed(1), withinGoal: bytes <= GOAL_VSIX_MB * 1e6 }];
}));

const bundled = path.join(ROOT, 'extension', 'dist', 'backend', process.platform === 'win32' ? 'CompressCompare.Backend.exe' : 'CompressCompare.Backend');
const loadBefore = os.loadavg()[0];
const packaged = await timings(() => firstReplyMs(bundled, ['--stdio']), bundled);
// A gauge of the machine's load, not a goal: the same executable's `--version` (the runtime, the host and the CLI
// start, print and exit; no JSON-RPC), timed the same way just after. On a shared machine both rise together.
const packagedVersion = await timings(() => runMs(bundled, ['--version']), bundled).catch((e) => ({ error: e.message }));
// The framework-dependent checkout build (scripts/build.sh), run by dotnet: what the extension started before issue 19.
const dll = path.join(ROOT, 'backend', 'bin', 'Release', 'net10.0', 'linux-x64', 'CompressCompare.Backend.dll');
const withDotnet = await timings(() => firstReplyMs('dotnet', [dll, '--stdio']), dll).catch((e) => ({ error: e.message }));

console.log(JSON.stringify({
  goals: { vsixMb: GOAL_VSIX_MB, firstReplyMs: GOAL_FIRST_REPLY_MS },
  vsix: sizes,
  firstReply: {
    packagedSelfContained: packaged ?? `no ${bundled}: run scripts/build.sh`,
    packagedWithinGoal: packaged ? packaged.medianMs <= GOAL_FIRST_REPLY_MS : null,
    checkoutWithDotnet: withDotnet ?? `no ${dll}`,
    packagedOverDotnet: packaged && withDotnet?.medianMs ? +(packaged.medianMs / withDotnet.medianMs).toFixed(2) : null,
    packagedVersionStartToExit: packagedVersion,
  },
  loadAverage: { before: +loadBefore.toFixed(2), after: +os.loadavg()[0].toFixed(2), cores: os.availableParallelism() },
}, null, 2));
