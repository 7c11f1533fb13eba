// The Compression Overview panel's requests and notifications between the extension host and its webview, as vscode-jsonrpc
// types carried over postMessage (extension/shared/postMessageConnection.ts). The host validates everything the
// webview sends with the parse functions below before acting on it: a webview is untrusted input.
import { NotificationType, NotificationType0, RequestType } from 'vscode-jsonrpc';
import type { Tagged } from './channelTypes';
import type { SelectionExplanation } from './generated/contract';
import type { SummaryColumns } from './summaryColumns';

/** Host → webview. */
export const OverviewNotifications = {
  /**
   * A (re)read spec, as columns (summaryColumns.ts: the webview decodes it with fromSummaryColumns). `error` is set
   * when the latest read failed and `summary` is the last good one.
   */
  spec: new NotificationType<{ summary: SummaryColumns; error?: string }>('overview/spec'),
  /** The spec could not be read at all and nothing was ever shown. */
  error: new NotificationType<{ message: string }>('overview/error'),
  /** Selection made elsewhere (the sidebar tree); the panel selects exactly these ids. */
  select: new NotificationType<{ ids: string[] }>('overview/select'),
  /** Export Report… from the palette: the panel answers with OverviewExportReport, as its toolbar button does. */
  requestReport: new NotificationType<object>('overview/requestReport'),
};
/** A notification the webview received, tagged with its key in OverviewNotifications. */
export type HostToOverview = Tagged<typeof OverviewNotifications>;

/** Webview → host. */
export const OverviewReady = new NotificationType0('overview/ready');
/** The user changed the selection in the panel. */
export const OverviewSelectionChanged = new NotificationType<{ ids: string[] }>('overview/selectionChanged');
/** The user asked to see a model in the spec file (double-click). */
export const OverviewRevealModel = new NotificationType<{ id: string }>('overview/revealModel');
/** The pointer moved onto a model in the map or the scatterplot (null: off every model); the sidebar marks it. */
export const OverviewHoverChanged = new NotificationType<{ id: string | null }>('overview/hoverChanged');
/** The toolbar's "Compare behaviors": open the Behaviors panel on these models. */
export const OverviewCompareBehaviors = new NotificationType<{ ids: string[] }>('overview/compareBehaviors');
/** The toolbar's "Compare layers": open the Layers panel on these models. */
export const OverviewCompareLayers = new NotificationType<{ ids: string[] }>('overview/compareLayers');
/** The toolbar's "Compress…": open the Compress form on this model. */
export const OverviewCompress = new NotificationType<{ id: string }>('overview/compress');
/** The toolbar's "Export Report…": write a report on these models within these budgets ("METRIC>=LOW", "METRIC<=HIGH"). */
export const OverviewExportReport = new NotificationType<ReportInputs>('overview/exportReport');
/** Selection Details asks the backend how these models differ; a newer selection cancels it. */
export const ExplainSelection = new RequestType<{ ids: string[] }, SelectionExplanation, void>('overview/explainSelection');

const MAX_IDS = 100_000;
const MAX_BUDGETS = 200;
const MAX_BUDGET_LENGTH = 1_000;

/** What the panel holds that a report needs: the selection (possibly empty) and the brushed budgets as strings. */
export interface ReportInputs {
  ids: string[];
  budgets: string[];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_IDS && value.every((v) => typeof v === 'string');
}

const idsOf = (raw: unknown): unknown => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).ids : undefined);

/** The ids of a selection (possibly empty), or undefined when malformed (never throws). */
export function parseIds(raw: unknown): string[] | undefined {
  const ids = idsOf(raw);
  return isStringArray(ids) ? [...ids] : undefined;
}

/** The ids of models to open another panel on: at least one; undefined when malformed. */
export function parseModelIds(raw: unknown): string[] | undefined {
  const ids = parseIds(raw);
  return ids && ids.length > 0 ? ids : undefined;
}

/** The hovered model's id, null for none, or undefined when malformed (never throws). */
export function parseHoverId(raw: unknown): string | null | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  const id = (raw as Record<string, unknown>).id;
  if (id === null) return null;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** The model id to reveal, or undefined when malformed. */
export function parseRevealId(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** The report's inputs, or undefined when malformed (never throws). */
export function parseReportInputs(raw: unknown): ReportInputs | undefined {
  const ids = parseIds(raw);
  const budgets = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).budgets : undefined;
  if (!ids || !Array.isArray(budgets) || budgets.length > MAX_BUDGETS) return undefined;
  if (!budgets.every((b): b is string => typeof b === 'string' && b.length <= MAX_BUDGET_LENGTH)) return undefined;
  return { ids, budgets: [...budgets] };
}
