// Messages between the extension host and the Layers webview, in both directions. The host validates
// everything the webview sends with `parseLayersMessage`; the webview checks what the host sends with
// `parseLayersHostMessage` so a message of the wrong shape is dropped instead of breaking a redraw.
import { isId, isObject, parseSetup, type ComparedModel, type SetupMessage } from './comparedPanelMessages';
import type { ProbeResult } from './generated/contract';

export type { ComparedModel };

/** Host → webview. */
export type HostToLayers =
  /** The models to compare and the base the host suggests; the webview answers with `probe`. */
  | SetupMessage
  /** Probing against `base` is running. */
  | { type: 'probing'; base: string }
  /** Probing finished; `result.models` lists the models base first. */
  | { type: 'probed'; base: string; result: ProbeResult }
  /** Probing failed or was cancelled: `message` says what to do next. */
  | { type: 'probeFailed'; base: string; message: string };

/** Webview → host. */
export type LayersToHost =
  /** The webview has loaded and can receive messages. */
  | { type: 'ready' }
  /** Probe the models' weights against this base (on load, when the base changes, or to retry). */
  | { type: 'probe'; base: string };


/** Returns the message if it is a well-formed LayersToHost, else undefined (never throws). */
export function parseLayersMessage(raw: unknown): LayersToHost | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'probe':
      return isId(raw.base) ? { type: 'probe', base: raw.base } : undefined;
    default:
      return undefined;
  }
}

/**
 * The webview's check of a host message: the envelope and the arrays the view indexes into. Deep
 * validation of the backend's result is the contract tests' job; here a missing array must not crash.
 */
export function parseLayersHostMessage(raw: unknown): HostToLayers | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'setup':
      return parseSetup(raw);
    case 'probing':
      return isId(raw.base) ? { type: 'probing', base: raw.base } : undefined;
    case 'probed': {
      const r = raw.result;
      const ok = isId(raw.base) && isObject(r) && Array.isArray(r.models) && r.models.length > 0 && Array.isArray(r.tensors)
        && Array.isArray(r.modules) && Array.isArray(r.unmatched) && Array.isArray(r.changeBands)
        && (r.tensors as unknown[]).every((t) => isObject(t) && typeof t.name === 'string' && typeof t.module === 'string'
          && Array.isArray(t.models) && Array.isArray(t.shape))
        && (r.modules as unknown[]).every((m) => isObject(m) && typeof m.name === 'string' && Array.isArray(m.models));
      return ok ? { type: 'probed', base: raw.base as string, result: r as unknown as ProbeResult } : undefined;
    }
    case 'probeFailed':
      return isId(raw.base) && typeof raw.message === 'string' ? { type: 'probeFailed', base: raw.base, message: raw.message } : undefined;
    default:
      return undefined;
  }
}
