// How a failed backend request reads in a panel: the backend's message with its hint, which says what to do next,
// and the JSON-RPC error a panel's request handler answers the webview with (the backend's code kept).
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc';
import { BackendRequestError } from '../backend/backendConnection';

export function describeRequestError(e: unknown): string {
  if (e instanceof BackendRequestError) return e.hint ? `${e.message} ${e.hint}` : e.message;
  return e instanceof Error ? e.message : String(e);
}

/** The error a webview request is answered with when the backend request under it failed. */
export function requestErrorAnswer(e: unknown): ResponseError<void> {
  return new ResponseError(e instanceof BackendRequestError ? e.code : ErrorCodes.InternalError, describeRequestError(e));
}
