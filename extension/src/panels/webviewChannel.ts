// The host's end of a panel's JSON-RPC channel: a vscode-jsonrpc connection over webview.postMessage and
// webview.onDidReceiveMessage (see extension/shared/postMessageConnection.ts). Panels register one handler per
// request and notification of their map in protocol/, as BackendRpcTarget does per backend method; each handler
// validates its params, since a webview is untrusted input.
import type * as vscode from 'vscode';
import type { MessageConnection } from 'vscode-jsonrpc';
import type { BackendClient } from '../backend/backendClient';
import { createPostMessageConnection } from '../../shared/postMessageConnection';

/** What panel handlers need of the backend: typed requests that take the channel's CancellationToken. */
export type BackendRequester = Pick<BackendClient, 'request'>;

/** The connection to this webview; register handlers, then call `listen()`. */
export function webviewConnection(webview: Pick<vscode.Webview, 'postMessage' | 'onDidReceiveMessage'>): MessageConnection {
  return createPostMessageConnection({
    // Awaited rather than returned: @types/vscode 1.74's Thenable is not a PromiseLike to the type checker.
    post: async (message) => {
      await webview.postMessage(message);
    },
    listen: (listener) => webview.onDidReceiveMessage(listener),
  });
}
