// The Behaviors panel's requests and notifications between the extension host and its webview, as vscode-jsonrpc
// types carried over postMessage (extension/shared/postMessageConnection.ts). The host validates everything the
// webview sends with the parse functions below. The webview checks only the envelopes of the host's own
// notifications (`parseBehaviorsNotification`): backend results (comparisons, instance pages, instances) reach it
// only from the host, which validated them against the contract at the backend connection
// (extension/src/backend/backendConnection.ts), so they are not checked a second time here.
import { NotificationType, NotificationType0, RequestType } from 'vscode-jsonrpc';
import type { Tagged } from './channelTypes';
import { isId, isObject, parseSetup, type ComparedModel, type SetupParams } from './comparedPanelMessages';
import { InstanceChanges, InstancePaging, InstanceSortFields } from './generated/contract';
import type { BehaviorComparison, InstanceData, InstanceFilter, InstanceSort, InstancesPage } from './generated/contract';

export type { ComparedModel };

/** Host → webview. */
export const BehaviorsNotifications = {
  /** The models to compare and the base the host suggests; the webview answers with `compare`. */
  setup: new NotificationType<SetupParams>('behaviors/setup'),
  /** The comparison with `base` is running. */
  comparing: new NotificationType<{ base: string }>('behaviors/comparing'),
  /** The comparison finished. */
  comparison: new NotificationType<{ comparison: BehaviorComparison }>('behaviors/comparison'),
  /** The comparison failed or was cancelled: `message` says what to do next. */
  compareFailed: new NotificationType<{ base: string; message: string }>('behaviors/compareFailed'),
};
/** A notification the webview received, tagged with its key in BehaviorsNotifications. */
export type HostToBehaviors = Tagged<typeof BehaviorsNotifications>;

/** The params of an instance-page request: one page of rows, sorted and filtered by the backend. */
export interface InstancesRequestParams {
  base: string;
  offset: number;
  limit: number;
  sort?: InstanceSort;
  filter?: InstanceFilter;
}

/** Webview → host. */
export const BehaviorsReady = new NotificationType0('behaviors/ready');
/** Compare the models with this base (on load, when the base changes, or to retry). */
export const BehaviorsCompare = new NotificationType<{ base: string }>('behaviors/compare');
/** One page of instance rows; cancelled when the query changes or the page scrolls out of view. */
export const InstancesRequest = new RequestType<InstancesRequestParams, InstancesPage, void>('behaviors/instances');
/** One dataset instance, to draw; cancelled when another instance is opened. */
export const InstanceRequest = new RequestType<{ instance: number }, InstanceData, void>('behaviors/instance');

/** A field the backend sorts instance rows by (InstanceSort.Field). */
export type InstanceSortField = (typeof InstanceSortFields)[keyof typeof InstanceSortFields];
/** A change condition the backend filters instance rows by (InstanceFilter.Change). */
export type InstanceChange = (typeof InstanceChanges)[keyof typeof InstanceChanges];
// Lists, in the backend's declaration order, so the webview offers them as the backend names them.
export const INSTANCE_SORT_FIELDS: readonly InstanceSortField[] = Object.values(InstanceSortFields);
export const INSTANCE_CHANGES: readonly InstanceChange[] = Object.values(InstanceChanges);

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** The base of a `compare` notification, or undefined when malformed (never throws). */
export function parseCompareBase(raw: unknown): string | undefined {
  return isObject(raw) && isId(raw.base) ? raw.base : undefined;
}

/** The instance of an `instance` request, or undefined when malformed (never throws). */
export function parseInstanceParams(raw: unknown): { instance: number } | undefined {
  return isObject(raw) && isCount(raw.instance) ? { instance: raw.instance } : undefined;
}

/** The params of an `instances` request, or undefined when malformed (never throws). */
export function parseInstancesParams(raw: unknown): InstancesRequestParams | undefined {
  if (!isObject(raw) || !isId(raw.base) || !isCount(raw.offset) || !isCount(raw.limit)) return undefined;
  if (raw.limit < 1 || raw.limit > InstancePaging.MaxRows) return undefined;
  const sort = raw.sort === undefined || raw.sort === null ? undefined : parseSort(raw.sort);
  const filter = raw.filter === undefined || raw.filter === null ? undefined : parseFilter(raw.filter);
  if (sort === null || filter === null) return undefined;
  return { base: raw.base, offset: raw.offset, limit: raw.limit, ...(sort ? { sort } : {}), ...(filter ? { filter } : {}) };
}

/** null when malformed. */
function parseSort(raw: unknown): InstanceSort | null {
  if (!isObject(raw) || !(INSTANCE_SORT_FIELDS as readonly unknown[]).includes(raw.field)) return null;
  if (raw.modelId !== undefined && raw.modelId !== null && !isId(raw.modelId)) return null;
  // Every field but "flips" belongs to one model; the backend would reject the request without it.
  if (raw.field !== InstanceSortFields.Flips && !isId(raw.modelId)) return null;
  return { field: raw.field as InstanceSortField, ...(isId(raw.modelId) ? { modelId: raw.modelId } : {}), descending: raw.descending === true };
}

/** null when malformed. */
function parseFilter(raw: unknown): InstanceFilter | null {
  if (!isObject(raw)) return null;
  const filter: InstanceFilter = {};
  if (raw.change !== undefined && raw.change !== null) {
    if (!(INSTANCE_CHANGES as readonly unknown[]).includes(raw.change)) return null;
    if (raw.change !== InstanceChanges.All && !isId(raw.modelId)) return null;
    filter.change = raw.change as InstanceChange;
    if (isId(raw.modelId)) filter.modelId = raw.modelId;
  }
  if (raw.classIndex !== undefined && raw.classIndex !== null) {
    if (!isCount(raw.classIndex)) return null;
    filter.classIndex = raw.classIndex;
  }
  if (raw.search !== undefined && raw.search !== null) {
    if (typeof raw.search !== 'string' || raw.search.length > 200) return null;
    if (raw.search.length > 0) filter.search = raw.search;
  }
  if (raw.instances !== undefined && raw.instances !== null) {
    // The backend's bound: a longer list would only come back as an error.
    if (!Array.isArray(raw.instances) || raw.instances.length > InstancePaging.MaxRows || !raw.instances.every(isCount)) return null;
    filter.instances = [...raw.instances];
  }
  return filter;
}

/** The webview's check of a notification (`{ type, ...params }`): the envelope the host builds; a comparison passes as the host sent it. */
export function parseBehaviorsNotification(raw: unknown): HostToBehaviors | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'setup': {
      const setup = parseSetup(raw);
      return setup && { type: 'setup', ...setup };
    }
    case 'comparing':
      return isId(raw.base) ? { type: 'comparing', base: raw.base } : undefined;
    case 'comparison':
      return { type: 'comparison', comparison: raw.comparison as BehaviorComparison };
    case 'compareFailed':
      return isId(raw.base) && typeof raw.message === 'string' ? { type: 'compareFailed', base: raw.base, message: raw.message } : undefined;
    default:
      return undefined;
  }
}
