// Messages between the extension host and the Model Map webview, in both directions.
// The host validates everything a webview sends with `parseWebviewMessage` before acting on it.
import type { SelectionExplanation, SpecSummary } from './generated/contract';

/** Host → webview. */
export type HostToWebview =
  /** A (re)read spec. `error` is set when the latest read failed and `summary` is the last good one. */
  | { type: 'spec'; summary: SpecSummary; error?: string }
  /** The spec could not be read at all and nothing was ever shown. */
  | { type: 'error'; message: string }
  /** Selection made elsewhere (the sidebar tree); the panel selects exactly these ids. */
  | { type: 'select'; ids: string[] }
  /** The answer to an `explainSelection` request: the explanation, or why there is none. */
  | { type: 'selectionExplained'; requestId: number; explanation?: SelectionExplanation; error?: string };

/** Webview → host. */
export type WebviewToHost =
  /** The webview has loaded and can receive messages. */
  | { type: 'ready' }
  /** The user changed the selection in the panel. */
  | { type: 'selectionChanged'; ids: string[] }
  /** The user asked to see a model in the spec file (double-click). */
  | { type: 'revealModel'; id: string }
  /** Selection Details asks the backend how these models differ; answered by `selectionExplained`. */
  | { type: 'explainSelection'; requestId: number; ids: string[] }
  /** The toolbar's "Compare behaviors": open the Behaviors panel on these models. */
  | { type: 'compareBehaviors'; ids: string[] }
  /** The toolbar's "Compare layers": open the Layers panel on these models. */
  | { type: 'compareLayers'; ids: string[] };

const MAX_IDS = 100_000;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_IDS && value.every((v) => typeof v === 'string');
}

/** Returns the message if it is a well-formed WebviewToHost, else undefined (never throws). */
export function parseWebviewMessage(raw: unknown): WebviewToHost | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'selectionChanged':
      return isStringArray(message.ids) ? { type: 'selectionChanged', ids: [...message.ids] } : undefined;
    case 'revealModel':
      return typeof message.id === 'string' && message.id.length > 0 ? { type: 'revealModel', id: message.id } : undefined;
    case 'explainSelection':
      return Number.isSafeInteger(message.requestId) && isStringArray(message.ids)
        ? { type: 'explainSelection', requestId: message.requestId as number, ids: [...message.ids] }
        : undefined;
    case 'compareBehaviors':
      return isStringArray(message.ids) && message.ids.length > 0 ? { type: 'compareBehaviors', ids: [...message.ids] } : undefined;
    case 'compareLayers':
      return isStringArray(message.ids) && message.ids.length > 0 ? { type: 'compareLayers', ids: [...message.ids] } : undefined;
    default:
      return undefined;
  }
}
