// The client's own error codes must never equal one of the backend's, or a crash would read as an
// application failure (or the reverse). The backend's codes are generated, so no drift check is needed here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKEND_GONE, TRANSPORT_FAILED } from '../../extension/src/backend/backendErrorCodes';
import { RpcErrorCodes } from '../../protocol/generated/contract';

test('the client\'s error codes are negative and the backend\'s positive, so they never clash', () => {
  for (const code of [TRANSPORT_FAILED, BACKEND_GONE]) assert.ok(code < 0, `client code ${code} must be negative`);
  for (const [name, code] of Object.entries(RpcErrorCodes)) assert.ok(code > 0, `${name}: application codes are positive`);
});
