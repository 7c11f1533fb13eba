// Helpers over the webview ⇄ host request and notification maps (webview.ts, behaviorsWebview.ts, layersWebview.ts):
// the wire is declared once as vscode-jsonrpc types, and what a side needs (a tagged union to switch on, the
// error a malformed request is answered with) is derived from it here.
import { ErrorCodes, ResponseError, type NotificationType } from 'vscode-jsonrpc';

/** The params a notification type carries. */
export type ParamsOf<T> = T extends NotificationType<infer P> ? P : never;

/** Each notification of a map as `{ type: key, ...params }`, so a panel can switch over what it receives. */
export type Tagged<M extends Record<string, NotificationType<unknown>>> = {
  [K in keyof M & string]: { type: K } & ParamsOf<M[K]>;
}[keyof M & string];

/** What a host handler answers a webview request with when its params are malformed: it does not act on them. */
export function invalidParams(method: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `The panel sent a malformed ${method} request; it was ignored. Close and reopen the panel.`);
}
