// How the extension finds its backend: the bundled self-contained executable of this platform's VSIX, a developer's
// `compressCompare.backend.path`, and the message (naming the right VSIX) when the bundled one cannot run here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackendSetupError, locateBackend } from '../../extension/src/backend/backendLocator';

const none = { backendPath: '', dotnetPath: '' };
const linuxX64 = { platform: 'linux', arch: 'x64' };
const macArm = { platform: 'darwin', arch: 'arm64' };

/** A fake extension folder: package.json with `version`, and dist/backend with `files` (name → content). */
function extension(files: Record<string, string>, version = '1.2.3'): string {
  const root = mkdtempSync(join(tmpdir(), 'cc-locator-'));
  mkdirSync(join(root, 'dist', 'backend'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, 'dist', 'backend', name), content, { mode: 0o755 });
  return root;
}

function setupError(run: () => unknown): BackendSetupError {
  try {
    run();
  } catch (e) {
    if (e instanceof BackendSetupError) return e;
    throw e;
  }
  assert.fail('expected a BackendSetupError');
}

test('the bundled executable is started directly with --stdio: no dotnet involved', () => {
  const root = extension({ 'CompressCompare.Backend': '', 'target.json': '{ "target": "linux-x64" }' });
  const command = locateBackend(root, none, linuxX64);
  assert.equal(command.file, join(root, 'dist', 'backend', 'CompressCompare.Backend'));
  assert.deepEqual(command.args, ['--stdio']);
});

test('on Windows the bundled backend is the .exe', () => {
  const root = extension({ 'CompressCompare.Backend.exe': '', 'target.json': '{ "target": "win32-x64" }' });
  assert.equal(locateBackend(root, none, { platform: 'win32', arch: 'x64' }).file, join(root, 'dist', 'backend', 'CompressCompare.Backend.exe'));
});

test('a package built for another platform names the VSIX for this one', () => {
  const root = extension({ 'CompressCompare.Backend': '', 'target.json': '{ "target": "linux-x64" }' });
  const error = setupError(() => locateBackend(root, none, macArm));
  assert.match(error.message, /built for linux-x64, but VS Code runs on darwin-arm64/);
  assert.match(error.fix, /compress-compare-darwin-arm64-1\.2\.3\.vsix/);
});

test('a missing bundled backend names the VSIX for this platform', () => {
  const root = extension({});
  const error = setupError(() => locateBackend(root, none, { platform: 'linux', arch: 'arm64' }));
  assert.match(error.message, /backend is missing/);
  assert.match(error.fix, /compress-compare-linux-arm64-1\.2\.3\.vsix/);
});

test('a platform with no package (Intel macOS) is told so, with the backend.path way out', () => {
  const root = extension({ 'CompressCompare.Backend': '', 'target.json': '{ "target": "darwin-arm64" }' });
  const error = setupError(() => locateBackend(root, none, { platform: 'darwin', arch: 'x64' }));
  assert.match(error.fix, /No Compress & Compare package exists for darwin-x64/);
  assert.match(error.fix, /compressCompare\.backend\.path/);
  assert.doesNotMatch(error.fix, /compress-compare-darwin-x64/);
});

test('an executable that lost its executable bit (unzipped without modes) gets it back', { skip: process.platform === 'win32' }, () => {
  const root = extension({ 'CompressCompare.Backend': '', 'target.json': '{ "target": "linux-x64" }' });
  const file = join(root, 'dist', 'backend', 'CompressCompare.Backend');
  chmodSync(file, 0o644);
  locateBackend(root, none, linuxX64);
  assert.equal(statSync(file).mode & 0o111, 0o111);
});

test('backend.path wins over the bundled backend, even one for another platform', () => {
  const root = extension({ 'target.json': '{ "target": "win32-x64" }' });
  const own = join(root, 'my-backend');
  writeFileSync(own, '', { mode: 0o755 });
  assert.deepEqual(locateBackend(root, { backendPath: own, dotnetPath: '' }, linuxX64), { file: own, args: ['--stdio'] });
});

test('backend.path naming a missing file says which setting to fix', () => {
  const error = setupError(() => locateBackend(extension({}), { backendPath: '/nowhere/CompressCompare.Backend', dotnetPath: '' }, linuxX64));
  assert.match(error.message, /not found at \/nowhere\/CompressCompare\.Backend/);
  assert.match(error.fix, /compressCompare\.backend\.path/);
});

test('a .dll backend.path still runs through dotnet, and a missing dotnet says what to install', () => {
  const root = extension({});
  const dll = join(root, 'Backend.dll');
  writeFileSync(dll, '');
  const error = setupError(() => locateBackend(root, { backendPath: dll, dotnetPath: join(root, 'no-dotnet') }, linuxX64));
  assert.match(error.message, /\.NET runtime was not found/);
  assert.match(error.fix, /dotnet-runtime-10\.0/);
});
