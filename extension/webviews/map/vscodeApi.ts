// The typed handle on the webview API VS Code injects. acquireVsCodeApi may be called only once
// per webview, so everything goes through this module.
import type { WebviewToHost } from '../../../protocol/webview';
import type { MapState } from './state';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export const vscode = {
  postMessage: (message: WebviewToHost) => api.postMessage(message),
  getState: () => api.getState(),
  // The host's panel serializer reopens the right spec after a window reload from `specUri`
  // (set by the host on <body data-spec-uri>), so it is stored with every state.
  setState: (state: MapState) => api.setState({ ...state, specUri: document.body.dataset.specUri }),
};
