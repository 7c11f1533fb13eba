// Where Generate Demo Workspace finds a backend that can train (a checkout: the packaged extension leaves libtorch out)
// and the CLI line it runs there. Pure, so it is tested without VS Code.
import * as fs from 'node:fs';
import * as path from 'node:path';

const PROJECT = path.join('backend', 'CompressCompare.Backend.csproj');
export const DEMO_FOLDER = 'compress-compare-demo';

/** The checkout whose backend can train: a workspace folder that is one, else the one around the extension. */
export function findCheckout(extensionPath: string, workspaceFolders: readonly string[], exists: (file: string) => boolean = fs.existsSync): string | undefined {
  return [...workspaceFolders, path.dirname(extensionPath)].find((folder) => exists(path.join(folder, PROJECT)));
}

/** The shell command that builds the digits demo in `target` (quoted for POSIX shells and PowerShell alike). */
export function demoCommandLine(checkout: string, target: string): string {
  const quote = (p: string) => `"${p.replace(/"/g, '\\"')}"`;
  return `dotnet run --project ${quote(path.join(checkout, PROJECT))} -c Release -- demo ${quote(target)} --dataset digits`;
}
