// Finds how to start the backend: the self-contained executable bundled in this platform's VSIX (no .NET install
// needed), or a developer override (`compressCompare.backend.path`: an executable, or a .dll run by `dotnet`).
// When the bundled backend is missing or built for another platform, says which package to install instead.
import { accessSync, chmodSync, constants, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BackendCommand {
  file: string;
  args: string[];
  env?: Record<string, string>;
}

export interface BackendSettings {
  /** compressCompare.backend.path: a .dll (run with dotnet) or an executable; empty for the bundled one. */
  backendPath: string;
  /** compressCompare.dotnetPath: the dotnet host to use for a .dll backend. */
  dotnetPath: string;
}

/** Where the extension runs: Node's platform and arch (process.platform, process.arch). */
export interface HostPlatform {
  platform: string;
  arch: string;
}

export class BackendSetupError extends Error {
  constructor(message: string, readonly fix: string) {
    super(message);
  }
}

/** The VS Code targets scripts/package.sh builds a VSIX for (darwin-x64: ONNX Runtime 1.31 has no Intel macOS library). */
export const PACKAGE_TARGETS = ['linux-x64', 'linux-arm64', 'win32-x64', 'darwin-arm64'] as const;

/** What scripts/package.sh writes beside the bundled backend: the VS Code target it was published for. */
export const BUNDLED_TARGET_FILE = 'target.json';

export const DOTNET_INSTALL_HINT =
  'Install the .NET 10 runtime (Debian/Ubuntu: `sudo apt-get install dotnet-runtime-10.0`, or see https://dotnet.microsoft.com/download), ' +
  'or set `compressCompare.dotnetPath` to your dotnet executable.';

/** VS Code's name for a platform (`vsce package --target`): win32-x64, darwin-arm64, linux-x64… */
export function vscodeTarget(host: HostPlatform): string {
  return `${host.platform}-${host.arch}`;
}

export function packageFileName(target: string, version: string): string {
  return `compress-compare-${target}-${version}.vsix`;
}

/** The bundled executable's file name on that platform. */
export function bundledExecutableName(host: HostPlatform): string {
  return host.platform === 'win32' ? 'CompressCompare.Backend.exe' : 'CompressCompare.Backend';
}

export function locateBackend(
  extensionRoot: string,
  settings: BackendSettings,
  host: HostPlatform = { platform: process.platform, arch: process.arch },
): BackendCommand {
  const override = settings.backendPath.trim();
  if (override) return overrideCommand(override, settings.dotnetPath);
  return bundledCommand(extensionRoot, host);
}

function overrideCommand(target: string, dotnetPath: string): BackendCommand {
  if (!existsSync(target))
    throw new BackendSetupError(`The Compress & Compare backend was not found at ${target}.`, 'Fix the `compressCompare.backend.path` setting, or clear it to use the bundled backend.');
  if (!target.endsWith('.dll')) return { file: target, args: ['--stdio'] };
  const dotnet = dotnetPath.trim() || 'dotnet';
  const runtimes = spawnSync(dotnet, ['--list-runtimes'], { encoding: 'utf8', timeout: 15000 });
  if (runtimes.error || runtimes.status !== 0)
    throw new BackendSetupError(`The .NET runtime was not found ('${dotnet}' could not be run), and \`compressCompare.backend.path\` names a .dll, which needs it.`, DOTNET_INSTALL_HINT);
  if (!/Microsoft\.NETCore\.App 10\./.test(runtimes.stdout))
    throw new BackendSetupError('The .NET 10 runtime is missing (`dotnet --list-runtimes` lists no Microsoft.NETCore.App 10.x).', DOTNET_INSTALL_HINT);
  return { file: dotnet, args: [target, '--stdio'], env: { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } };
}

function bundledCommand(extensionRoot: string, host: HostPlatform): BackendCommand {
  const here = vscodeTarget(host);
  const version = extensionVersion(extensionRoot);
  const folder = join(extensionRoot, 'dist', 'backend');
  const fix = installFix(here, version);
  const built = bundledTarget(folder);
  if (built && built !== here)
    throw new BackendSetupError(`This Compress & Compare package is built for ${built}, but VS Code runs on ${here} here, so its backend cannot start.`, fix);
  const file = join(folder, bundledExecutableName(host));
  if (!existsSync(file))
    throw new BackendSetupError(`The Compress & Compare backend is missing from this installation (${file} does not exist).`, fix);
  ensureExecutable(file, host);
  return { file, args: ['--stdio'] };
}

/** The next step for a user on `here`: the right VSIX where one exists, else a backend built from a checkout. */
function installFix(here: string, version: string): string {
  const setting = 'or set `compressCompare.backend.path` to a backend built from a checkout (`dotnet publish backend`).';
  if ((PACKAGE_TARGETS as readonly string[]).includes(here))
    return `Install the package for this platform, ${packageFileName(here, version)} (Extensions view › ⋯ › Install from VSIX…, or the Marketplace, which picks it for you), ${setting}`;
  return `No Compress & Compare package exists for ${here} (packages: ${PACKAGE_TARGETS.join(', ')}): build the backend from a checkout (\`dotnet publish backend\`) and set \`compressCompare.backend.path\` to it.`;
}

/** The target scripts/package.sh recorded; undefined when the file is absent or unreadable (then only the executable counts). */
function bundledTarget(folder: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, BUNDLED_TARGET_FILE), 'utf8'));
    const target = typeof parsed === 'object' && parsed !== null ? (parsed as { target?: unknown }).target : undefined;
    return typeof target === 'string' ? target : undefined;
  } catch {
    return undefined;
  }
}

function extensionVersion(extensionRoot: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '<version>';
  } catch {
    return '<version>';
  }
}

/** A VSIX is a zip: an installer that drops the executable bit would leave the backend unable to start. Restores it once. */
function ensureExecutable(file: string, host: HostPlatform): void {
  if (host.platform === 'win32') return;
  try {
    accessSync(file, constants.X_OK);
  } catch {
    try {
      chmodSync(file, 0o755);
    } catch (e) {
      throw new BackendSetupError(`The bundled backend ${file} is not executable and could not be made so (${e instanceof Error ? e.message : String(e)}).`,
        `Run \`chmod +x "${file}"\`, or reinstall the extension.`);
    }
  }
}
