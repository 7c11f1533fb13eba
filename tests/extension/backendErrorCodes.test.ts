// The error codes the extension acts on must be the backend's: a drifted code would show a crash as a
// plain failure, or Restricted Mode's refusal without its Manage Workspace Trust action.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATH_REFUSED, WORKSPACE_UNTRUSTED } from '../../extension/src/backend/backendErrorCodes';
import { repoRoot } from './repoRoot';

test('backendErrorCodes.ts mirrors protocol/Rpc/RpcErrorCodes.cs', () => {
  const cs = readFileSync(join(repoRoot(), 'protocol/Rpc/RpcErrorCodes.cs'), 'utf8');
  const codes = new Map([...cs.matchAll(/public const int (\w+) = (-?\d+);/g)].map((m) => [m[1], Number(m[2])]));
  assert.equal(codes.get('PathRefused'), PATH_REFUSED, 'PathRefused: update extension/src/backend/backendErrorCodes.ts');
  assert.equal(codes.get('WorkspaceUntrusted'), WORKSPACE_UNTRUSTED, 'WorkspaceUntrusted: update extension/src/backend/backendErrorCodes.ts');
  for (const [name, code] of codes) assert.ok(code > 0, `${name}: application codes are positive, so the client's own (negative) never clash`);
});
