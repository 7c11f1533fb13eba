// One JSON-RPC connection (vscode-jsonrpc) over a postMessage pair, the transport both ends of a webview panel use:
// the host over webview.postMessage/onDidReceiveMessage, the webview over acquireVsCodeApi().postMessage and window
// 'message' events. Requests then carry ids, errors and `$/cancelRequest` across the hop as they do to the backend.
// Imports the plain `vscode-jsonrpc`: its package.json maps it to the Node build in the host bundle and to the
// browser build in the webview bundles (esbuild honours the "browser" field), so one runtime layer is installed.
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
} from 'vscode-jsonrpc';

/** One end of a postMessage pair: what it sends and how it hears the other end. */
export interface PostMessagePort {
  post(message: unknown): void | PromiseLike<unknown>;
  listen(listener: (data: unknown) => void): Disposable;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `data` is a JSON-RPC 2.0 request, notification or response whose fields vscode-jsonrpc indexes into.
 * Anything else reaching a window (another extension's message, a devtools probe, a stale panel) is dropped
 * here, so it can neither crash the connection nor be mistaken for an answer.
 */
export function isJsonRpcMessage(data: unknown): data is Message {
  if (!isObject(data) || data.jsonrpc !== '2.0') return false;
  const id = data.id;
  if (id !== undefined && id !== null && typeof id !== 'number' && typeof id !== 'string') return false;
  if (typeof data.method === 'string') return data.params === undefined || isObject(data.params) || Array.isArray(data.params);
  if (id === undefined || data.method !== undefined) return false;
  return 'result' in data || (isObject(data.error) && typeof data.error.code === 'number' && typeof data.error.message === 'string');
}

/**
 * vscode-jsonrpc numbers requests from 0 in every connection. A webview that reloads (hidden and shown again, or
 * re-targeted) starts a new connection while the host's lives on, so the host may still answer request 3 of the old
 * page when the new page has just sent its own request 3. Prefixing this side's request ids with a per-page-load
 * session keeps the two apart: an answer for another session is dropped, never taken for this page's.
 */
export interface RequestIdSession {
  /** Unique to this connection, e.g. random per page load; ends up in the ids as `${session}:${n}`. */
  session: string;
}

const isObjectRecord = (m: Message): Record<string, unknown> => m as unknown as Record<string, unknown>;

/** This side's request (or its `$/cancelRequest`) with the session put in its id; anything else as it is. */
function withSession(message: Message, session: string): Message {
  const m = isObjectRecord(message);
  if (typeof m.method !== 'string') return message; // An answer to the other side keeps the other side's id.
  if (m.method === '$/cancelRequest' && isObject(m.params) && typeof m.params.id === 'number')
    return { ...m, params: { ...m.params, id: `${session}:${m.params.id}` } } as unknown as Message;
  return typeof m.id === 'number' ? ({ ...m, id: `${session}:${m.id}` } as unknown as Message) : message;
}

/** An answer to one of this session's requests with its own id back; undefined for another session's answer. */
function withoutSession(message: Message, session: string): Message | undefined {
  const m = isObjectRecord(message);
  if (typeof m.method === 'string') return message;
  const prefix = `${session}:`;
  if (typeof m.id !== 'string' || !m.id.startsWith(prefix)) return undefined;
  const id = Number(m.id.slice(prefix.length));
  return Number.isSafeInteger(id) ? ({ ...m, id } as unknown as Message) : undefined;
}

class PostMessageReader extends AbstractMessageReader {
  constructor(private readonly port: PostMessagePort, private readonly ids?: RequestIdSession) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    return this.port.listen((data) => {
      if (!isJsonRpcMessage(data)) return;
      const message = this.ids ? withoutSession(data, this.ids.session) : data;
      if (message) callback(message);
    });
  }
}

class PostMessageWriter extends AbstractMessageWriter {
  private errors = 0;

  constructor(private readonly port: PostMessagePort, private readonly ids?: RequestIdSession) {
    super();
  }

  async write(message: Message): Promise<void> {
    try {
      await this.port.post(this.ids ? withSession(message, this.ids.session) : message);
    } catch (e) {
      // A closed panel cannot be written to; the connection reports it instead of an unhandled rejection.
      this.fireError(e instanceof Error ? e : new Error(String(e)), message, ++this.errors);
    }
  }

  end(): void {}
}

/**
 * A connection over `port`. Register every handler, then call `listen()`: earlier messages would find none.
 * The side that can reload (the webview) passes `ids` so its requests' answers cannot reach a later page load.
 */
export function createPostMessageConnection(port: PostMessagePort, ids?: RequestIdSession): MessageConnection {
  return createMessageConnection(new PostMessageReader(port, ids), new PostMessageWriter(port, ids));
}
