// The repository root, found from the bundled test's location (extension/dist/tests/...).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function repoRoot(from = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'protocol', 'contract.json'))) return dir;
  throw new Error(`No repository root (a folder with protocol/contract.json) above ${from}`);
}
