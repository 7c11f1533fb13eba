// Reads a setting from the user's own settings only (default, global, or a remote machine's), never from the
// workspace or a folder: settings that name an executable or widen what the backend may read must not come from
// a repository's .vscode/settings.json. package.json declares them machine-scoped too; this is the second wall,
// for a VS Code that would still apply a workspace value (older versions, or a setting declared by mistake).
import type * as vscode from 'vscode';

export function machineSetting<T>(settings: vscode.WorkspaceConfiguration, key: string, fallback: T): T {
  const values = settings.inspect<T>(key);
  return values?.globalValue ?? values?.defaultValue ?? fallback;
}
