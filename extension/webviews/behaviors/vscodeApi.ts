// The typed handle on the webview API VS Code injects; acquireVsCodeApi may be called only once per webview.
import type { BehaviorsToHost } from '../../../protocol/behaviorsWebview';
import type { BehaviorsState } from './behaviorsState';

interface VsCodeApi {
  postMessage(message: BehaviorsToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export const vscode = {
  postMessage: (message: BehaviorsToHost) => api.postMessage(message),
  getState: () => api.getState(),
  // The host's serializer reopens the panel after a window reload from the spec and models on <body>.
  setState: (state: BehaviorsState) =>
    api.setState({ ...state, specUri: document.body.dataset.specUri, models: document.body.dataset.models }),
};
