// The typed handle on the webview API VS Code injects; acquireVsCodeApi may be called only once per webview.
import type { LayersToHost } from '../../../protocol/layersWebview';
import type { LayersState } from './layersState';

interface VsCodeApi {
  postMessage(message: LayersToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export const vscode = {
  postMessage: (message: LayersToHost) => api.postMessage(message),
  getState: () => api.getState(),
  // The host's serializer reopens the panel after a window reload from the spec and models on <body>.
  setState: (state: LayersState) => api.setState({ ...state, specUri: document.body.dataset.specUri, models: document.body.dataset.models }),
};
