// How a failed backend request reads in a panel: the backend's message with its hint, which says what to do next.
import { BackendRequestError } from '../backend/backendConnection';

export function describeRequestError(e: unknown): string {
  if (e instanceof BackendRequestError) return e.hint ? `${e.message} ${e.hint}` : e.message;
  return e instanceof Error ? e.message : String(e);
}
