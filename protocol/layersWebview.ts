// The Layers panel's requests and notifications between the extension host and its webview, as vscode-jsonrpc
// types carried over postMessage (extension/shared/postMessageConnection.ts). The host validates everything the
// webview sends with `parseProbeParams`. The webview checks only the envelopes of the host's own notifications
// (`parseLayersNotification`): a probe result reaches it only from the host, which validated it against the
// contract at the backend connection (extension/src/backend/backendConnection.ts), so it is not checked again here.
import { NotificationType, NotificationType0 } from 'vscode-jsonrpc';
import type { Tagged } from './channelTypes';
import { isId, isObject, parseSetup, type ComparedModel, type SetupParams } from './comparedPanelMessages';
import type { DiagnoseResult, ProbeResult } from './generated/contract';

export type { ComparedModel };

/** Bounds of the dataset sample the webview may ask activations on; the UI's number input uses the same. */
export const MIN_ACTIVATION_INSTANCES = 1;
export const MAX_ACTIVATION_INSTANCES = 10_000;

/** Bounds of the sample "Which layer broke it?" evaluates on; the default is the backend's. */
export const DEFAULT_DIAGNOSE_INSTANCES = 256;
export const MAX_DIAGNOSE_INSTANCES = 100_000;
/** The deepest module grouping the panel offers (the first N segments of module names). */
export const MAX_DIAGNOSE_DEPTH = 16;

/** Which diagnosis a message is about: the base, the compressed model, the sample size, the module depth and whether sensitivity is measured. */
export interface DiagnoseKey {
  base: string;
  model: string;
  instances: number;
  /** Modules grouped by their first `depth` name segments; null for the leaf modules that hold weights. */
  depth: number | null;
  /** Also the base with only each module compressed: twice the evaluations. */
  sensitivity: boolean;
}

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
  /** "Which layer broke it?" is running for this key. */
  diagnosing: new NotificationType<DiagnoseKey>('layers/diagnosing'),
  /** The diagnosis finished: `result.modules` sorted by recovery, highest first. */
  diagnosed: new NotificationType<DiagnoseKey & { result: DiagnoseResult }>('layers/diagnosed'),
  /** The diagnosis, or a "Restore this module" for it, failed or was cancelled: `message` says what to do next. */
  diagnoseFailed: new NotificationType<DiagnoseKey & { message: string }>('layers/diagnoseFailed'),
  /** "Restore this module" could not run: `message` says what to do next. */
  restoreFailed: new NotificationType<{ module: string; message: string }>('layers/restoreFailed'),
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

/** Run "Which layer broke it?": restore each module of `model` to `base`'s weights on `instances` dataset instances. */
export const LayersDiagnose = new NotificationType<DiagnoseKey>('layers/diagnose');
/** "Restore this module": create `model` with `module` restored to `base`'s weights as a measured child (the Restore Module operation). */
export const LayersRestoreModule = new NotificationType<{ base: string; model: string; module: string }>('layers/restoreModule');

const isDiagnoseCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_DIAGNOSE_INSTANCES;

/** The params of a `diagnose` notification, or undefined when malformed (the base and the model must differ). */
export function parseDiagnoseParams(raw: unknown): DiagnoseKey | undefined {
  if (!isObject(raw) || raw.base === raw.model) return undefined;
  return diagnoseKeyOf(raw);
}

/** The params of a `restoreModule` notification, or undefined when malformed; the module is a Layers name ("" is the whole model). */
export function parseRestoreParams(raw: unknown): { base: string; model: string; module: string } | undefined {
  if (!isObject(raw) || !isId(raw.base) || !isId(raw.model) || raw.base === raw.model) return undefined;
  return typeof raw.module === 'string' && raw.module.length <= 4096 ? { base: raw.base, model: raw.model, module: raw.module } : undefined;
}

const isDiagnoseDepth = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_DIAGNOSE_DEPTH;

/** A diagnosis message's key, or undefined when malformed; a missing depth is the leaves and a missing sensitivity is off. */
function diagnoseKeyOf(raw: Record<string, unknown>): DiagnoseKey | undefined {
  if (!isId(raw.base) || !isId(raw.model) || !isDiagnoseCount(raw.instances)) return undefined;
  const depth = raw.depth === undefined || raw.depth === null ? null : isDiagnoseDepth(raw.depth) ? raw.depth : undefined;
  const sensitivity = raw.sensitivity === undefined ? false : typeof raw.sensitivity === 'boolean' ? raw.sensitivity : undefined;
  return depth === undefined || sensitivity === undefined ? undefined : { base: raw.base, model: raw.model, instances: raw.instances, depth, sensitivity };
}

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
  if (raw.type === 'restoreFailed') {
    return typeof raw.module === 'string' && typeof raw.message === 'string' ? { type: 'restoreFailed', module: raw.module, message: raw.message } : undefined;
  }
  if (raw.type === 'diagnosing' || raw.type === 'diagnosed' || raw.type === 'diagnoseFailed') {
    const key = diagnoseKeyOf(raw);
    if (!key) return undefined;
    if (raw.type === 'diagnosing') return { type: 'diagnosing', ...key };
    // A diagnosis result passes as the host sent it: the host validated it at the backend connection.
    if (raw.type === 'diagnosed') return isObject(raw.result) ? { type: 'diagnosed', ...key, result: raw.result as unknown as DiagnoseResult } : undefined;
    return typeof raw.message === 'string' ? { type: 'diagnoseFailed', ...key, message: raw.message } : undefined;
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
