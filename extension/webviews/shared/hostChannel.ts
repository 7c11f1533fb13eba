// The webviews' one way to the extension host: the single acquireVsCodeApi() call (VS Code allows one per webview),
// the JSON-RPC connection over its postMessage and window 'message' events, and the webview state the panel
// serializers reopen panels from. Lint forbids acquireVsCodeApi and postMessage anywhere else in extension/webviews.
import type { MessageConnection, NotificationType } from 'vscode-jsonrpc';
import { createPostMessageConnection } from '../../shared/postMessageConnection';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

/** The connection to the host. Each panel registers its handlers, then calls `listen()` and sends its ready notification. */
export const host: MessageConnection = createPostMessageConnection({
  post: (message) => api.postMessage(message),
  listen: (listener) => {
    const onMessage = (event: MessageEvent) => listener(event.data);
    window.addEventListener('message', onMessage);
    return { dispose: () => window.removeEventListener('message', onMessage) };
  },
}, { session: `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}` });

/**
 * Routes every notification of `map` to `receive` as `{ type: key, ...params }`, for the panel's check of the host's
 * envelope and its switch. Backend results inside were validated by the host at the backend connection.
 */
export function onHostNotifications<M extends Record<string, NotificationType<unknown>>>(map: M, receive: (raw: Record<string, unknown>) => void): void {
  for (const [type, notification] of Object.entries(map)) {
    host.onNotification(notification, (params: unknown) => receive({ ...(typeof params === 'object' && params !== null ? params : {}), type }));
  }
}

/** The state VS Code keeps for this webview across reloads. */
export function loadState(): unknown {
  return api.getState();
}

/**
 * Stores the panel's state. The host's serializers reopen the panel after a window reload from the spec (and the
 * compared models) the host set on <body data-spec-uri data-models>, so they are stored with every state.
 */
export function saveState(state: object): void {
  const { specUri, models } = document.body.dataset;
  api.setState({ ...state, specUri, ...(models === undefined ? {} : { models }) });
}
