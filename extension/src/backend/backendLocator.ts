// Finds how to start the backend: the framework-dependent build bundled in the extension, run by `dotnet`,
// or a developer override. Says exactly what to install when the .NET runtime is missing.
import { existsSync } from 'node:fs';
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
  /** compressCompare.dotnetPath: the dotnet host to use. */
  dotnetPath: string;
}

export class BackendSetupError extends Error {
  constructor(message: string, readonly fix: string) {
    super(message);
  }
}

export const DOTNET_INSTALL_HINT =
  'Install the .NET 10 runtime (Debian/Ubuntu: `sudo apt-get install dotnet-runtime-10.0`, or see https://dotnet.microsoft.com/download), ' +
  'or set `compressCompare.dotnetPath` to your dotnet executable.';

export function locateBackend(extensionRoot: string, settings: BackendSettings): BackendCommand {
  const target = settings.backendPath.trim() || join(extensionRoot, 'dist', 'backend', 'CompressCompare.Backend.dll');
  if (!existsSync(target))
    throw new BackendSetupError(`The Compress & Compare backend was not found at ${target}.`,
      settings.backendPath ? 'Fix the `compressCompare.backend.path` setting.' : 'Reinstall the extension (its bundled backend is missing).');
  if (!target.endsWith('.dll')) return { file: target, args: ['--stdio'] };
  const dotnet = settings.dotnetPath.trim() || 'dotnet';
  const runtimes = spawnSync(dotnet, ['--list-runtimes'], { encoding: 'utf8', timeout: 15000 });
  if (runtimes.error || runtimes.status !== 0)
    throw new BackendSetupError(`The .NET runtime was not found ('${dotnet}' could not be run).`, DOTNET_INSTALL_HINT);
  if (!/Microsoft\.NETCore\.App 10\./.test(runtimes.stdout))
    throw new BackendSetupError('The .NET 10 runtime is missing (`dotnet --list-runtimes` lists no Microsoft.NETCore.App 10.x).', DOTNET_INSTALL_HINT);
  return { file: dotnet, args: [target, '--stdio'], env: { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } };
}
