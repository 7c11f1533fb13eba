// A request made for a view of a spec names the snapshot that view shows (SpecSummary.snapshot), so the backend
// answers for the spec the user sees even while the file on disk is broken JSON. When the backend no longer holds
// that snapshot and the file has changed (SnapshotGone), the spec is re-read and the request runs once more on the
// new snapshot. Free of the vscode API so node tests drive it.
import { RpcErrorCodes } from '../../../protocol/generated/contract';
import { BackendRequestError } from '../backend/backendConnection';

/**
 * Sends with `shown` (the snapshot the view shows; null or undefined: the backend reads the file). On SnapshotGone
 * calls `reread` (which re-reads the spec and gives the snapshot the views show now) and sends once more with that.
 * When the re-read gives no snapshot, or the same one (the views still show the lost spec), the error stands: its
 * message tells the user the spec changed on disk.
 */
export async function requestOnSnapshot<T>(shown: string | null | undefined, reread: () => Promise<string | null | undefined>,
  send: (snapshot: string | undefined) => Promise<T>): Promise<T> {
  try {
    return await send(shown ?? undefined);
  } catch (e) {
    if (!(e instanceof BackendRequestError) || e.code !== RpcErrorCodes.SnapshotGone) throw e;
    const fresh = await reread().catch(() => undefined);
    if (!fresh || fresh === shown) throw e;
    return send(fresh);
  }
}
