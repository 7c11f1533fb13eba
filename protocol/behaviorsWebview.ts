// Messages between the extension host and the Behaviors webview, in both directions. The host validates
// everything the webview sends with `parseBehaviorsMessage`; the webview checks what the host sends with
// `parseBehaviorsHostMessage` so a message of the wrong shape is dropped instead of breaking a redraw.
import { isId, isObject, parseSetup, type ComparedModel, type SetupMessage } from './comparedPanelMessages';
import { InstanceChanges, InstancePaging, InstanceSortFields } from './generated/contract';
import type { BehaviorComparison, InstanceData, InstanceFilter, InstanceSort, InstancesPage } from './generated/contract';

export type { ComparedModel };

/** Host → webview. */
export type HostToBehaviors =
  /** The models to compare and the base the host suggests; the webview answers with `compare`. */
  | SetupMessage
  /** The comparison with `base` is running. */
  | { type: 'comparing'; base: string }
  /** The comparison finished. */
  | { type: 'comparison'; comparison: BehaviorComparison }
  /** The comparison failed or was cancelled: `message` says what to do next. */
  | { type: 'compareFailed'; base: string; message: string }
  /** The answer to an `instances` request. */
  | { type: 'instances'; requestId: number; page?: InstancesPage; error?: string }
  /** The answer to an `instance` request. */
  | { type: 'instance'; requestId: number; data?: InstanceData; error?: string };

/** Webview → host. */
export type BehaviorsToHost =
  /** The webview has loaded and can receive messages. */
  | { type: 'ready' }
  /** Compare the models with this base (on load, when the base changes, or to retry). */
  | { type: 'compare'; base: string }
  /** One page of instance rows, sorted and filtered by the backend. */
  | { type: 'instances'; requestId: number; base: string; offset: number; limit: number; sort?: InstanceSort; filter?: InstanceFilter }
  /** One dataset instance, to draw. */
  | { type: 'instance'; requestId: number; instance: number };

/** A field the backend sorts instance rows by (InstanceSort.Field). */
export type InstanceSortField = (typeof InstanceSortFields)[keyof typeof InstanceSortFields];
/** A change condition the backend filters instance rows by (InstanceFilter.Change). */
export type InstanceChange = (typeof InstanceChanges)[keyof typeof InstanceChanges];
// Lists, in the backend's declaration order, so the webview offers them as the backend names them.
export const INSTANCE_SORT_FIELDS: readonly InstanceSortField[] = Object.values(InstanceSortFields);
export const INSTANCE_CHANGES: readonly InstanceChange[] = Object.values(InstanceChanges);

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Returns the message if it is a well-formed BehaviorsToHost, else undefined (never throws). */
export function parseBehaviorsMessage(raw: unknown): BehaviorsToHost | undefined {
  if (!isObject(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'compare':
      return isId(raw.base) ? { type: 'compare', base: raw.base } : undefined;
    case 'instance':
      return isCount(raw.requestId) && isCount(raw.instance) ? { type: 'instance', requestId: raw.requestId, instance: raw.instance } : undefined;
    case 'instances': {
      if (!isCount(raw.requestId) || !isId(raw.base) || !isCount(raw.offset) || !isCount(raw.limit)) return undefined;
      if (raw.limit < 1 || raw.limit > InstancePaging.MaxRows) return undefined;
      const sort = raw.sort === undefined || raw.sort === null ? undefined : parseSort(raw.sort);
      const filter = raw.filter === undefined || raw.filter === null ? undefined : parseFilter(raw.filter);
      if (sort === null || filter === null) return undefined;
      return {
        type: 'instances', requestId: raw.requestId, base: raw.base, offset: raw.offset, limit: raw.limit,
        ...(sort ? { sort } : {}), ...(filter ? { filter } : {}),
      };
    }
    default:
      return undefined;
  }
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

/**
 * The webview's check of a host message: the envelope and the fields the view indexes into. Deep
 * validation of the backend's results is the contract tests' job; here a missing array must not crash.
 */
export function parseBehaviorsHostMessage(raw: unknown): HostToBehaviors | undefined {
  if (!isObject(raw)) return undefined;
  const answer = (key: 'page' | 'data') => {
    if (!isCount(raw.requestId)) return undefined;
    const error = typeof raw.error === 'string' && raw.error.length > 0 ? raw.error : undefined;
    const value = raw[key];
    const ok = key === 'page' ? isObject(value) && Array.isArray(value.rows) && isCount(value.total) : isObject(value) && typeof value.kind === 'string';
    if (ok) return { requestId: raw.requestId, [key]: value };
    // An answer that is neither must still end the view's waiting state, with a reason.
    return { requestId: raw.requestId, error: error ?? 'The backend sent an answer this panel cannot read. Update the extension, or run "Compress & Compare: Restart Backend".' };
  };
  switch (raw.type) {
    case 'setup':
      return parseSetup(raw);
    case 'comparing':
      return isId(raw.base) ? { type: 'comparing', base: raw.base } : undefined;
    case 'comparison': {
      const c = raw.comparison;
      const ok = isObject(c) && isId(c.base) && Array.isArray(c.models) && Array.isArray(c.classes) && Array.isArray(c.subgroups)
        && Array.isArray(c.exemplars) && Array.isArray(c.classNames) && isObject(c.overall);
      return ok ? { type: 'comparison', comparison: c as unknown as BehaviorComparison } : undefined;
    }
    case 'compareFailed':
      return isId(raw.base) && typeof raw.message === 'string' ? { type: 'compareFailed', base: raw.base, message: raw.message } : undefined;
    case 'instances': {
      const a = answer('page');
      return a ? ({ type: 'instances', ...a } as HostToBehaviors) : undefined;
    }
    case 'instance': {
      const a = answer('data');
      return a ? ({ type: 'instance', ...a } as HostToBehaviors) : undefined;
    }
    default:
      return undefined;
  }
}
