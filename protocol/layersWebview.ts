// The Layers panel's requests and notifications between the extension host and its webview, as vscode-jsonrpc
// types carried over postMessage (extension/shared/postMessageConnection.ts). The host validates everything the
// webview sends with `parseProbeParams`. The webview checks only the envelopes of the host's own notifications
// (`parseLayersNotification`): a probe result reaches it only from the host, which validated it against the
// contract at the backend connection (extension/src/backend/backendConnection.ts), so it is not checked again here.
import { NotificationType, NotificationType0 } from 'vscode-jsonrpc';
import type { Tagged } from './channelTypes';
import { isId, isObject, parseSetup, type ComparedModel, type SetupParams } from './comparedPanelMessages';
import type { ProbeResult } from './generated/contract';

export type { ComparedModel };

/** Bounds of the dataset sample the webview may ask activations on; the UI's number input uses the same. */
export const MIN_ACTIVATION_INSTANCES = 1;
export const MAX_ACTIVATION_INSTANCES = 10_000;

/** Host → webview. */
export const LayersNotifications = {
  /** The models to compare and the base the host suggests; the webview answers with `probe`. */
  setup: new NotificationType<SetupParams>('layers/setup'),
  /** Probing against `base` is running; `activations` echoes the request's instance count (null: weights only). */
  probing: new NotificationType<{ base: string; activations: number | null }>('layers/probing'),
  /**
   * Probing finished; `result.models` lists the models base first. `activations` is the instance count the
   * result was probed with (null: weights only), so the webview can tell a weights-only answer from one
   * whose backend returned no activations.
   */
  probed: new NotificationType<{ base: string; activations: number | null; result: ProbeResult }>('layers/probed'),
  /** Probing failed or was cancelled: `message` says what to do next; `activations` echoes the request's count. */
  probeFailed: new NotificationType<{ base: string; activations: number | null; message: string }>('layers/probeFailed'),
};
/** A notification the webview received, tagged with its key in LayersNotifications. */
export type HostToLayers = Tagged<typeof LayersNotifications>;

/** Webview → host. */
export const LayersReady = new NotificationType0('layers/ready');
/**
 * Probe the models' weights against this base (on load, when the base changes, or to retry), and with
 * `activations` also their module outputs on that many dataset instances.
 */
export const LayersProbe = new NotificationType<{ base: string; activations?: number | null }>('layers/probe');

const isActivationCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= MIN_ACTIVATION_INSTANCES && v <= MAX_ACTIVATION_INSTANCES;

/** The echoed instance count of a host message: a count, or null for weights only; undefined when malformed. */
const echoedCount = (v: unknown): number | null | undefined => (v === null || v === undefined ? null : isActivationCount(v) ? v : undefined);

/** The params of a `probe` notification (activations undefined: weights only), or undefined when malformed. */
export function parseProbeParams(raw: unknown): { base: string; activations?: number } | undefined {
  if (!isObject(raw) || !isId(raw.base)) return undefined;
  // null or 0 mean weights only, as in ProbeParams; any other count must be in bounds.
  if (raw.activations === undefined || raw.activations === null || raw.activations === 0) return { base: raw.base };
  return isActivationCount(raw.activations) ? { base: raw.base, activations: raw.activations } : undefined;
}

/** The webview's check of a notification (`{ type, ...params }`): the envelope the host builds; a probe result passes as the host sent it. */
export function parseLayersNotification(raw: unknown): HostToLayers | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.type === 'setup') {
    const setup = parseSetup(raw);
    return setup && { type: 'setup', ...setup };
  }
  // Every other notification names the base and echoes the request's instance count, which the view matches answers by.
  const activations = echoedCount(raw.activations);
  if (!isId(raw.base) || activations === undefined) return undefined;
  const base = raw.base;
  switch (raw.type) {
    case 'probing':
      return { type: 'probing', base, activations };
    case 'probed':
      return { type: 'probed', base, activations, result: raw.result as ProbeResult };
    case 'probeFailed':
      return typeof raw.message === 'string' ? { type: 'probeFailed', base, activations, message: raw.message } : undefined;
    default:
      return undefined;
  }
}
