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

class PostMessageReader extends AbstractMessageReader {
  constructor(private readonly port: PostMessagePort) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    return this.port.listen((data) => {
      if (isJsonRpcMessage(data)) callback(data);
    });
  }
}

class PostMessageWriter extends AbstractMessageWriter {
  private errors = 0;

  constructor(private readonly port: PostMessagePort) {
    super();
  }

  async write(message: Message): Promise<void> {
    try {
      await this.port.post(message);
    } catch (e) {
      // A closed panel cannot be written to; the connection reports it instead of an unhandled rejection.
      this.fireError(e instanceof Error ? e : new Error(String(e)), message, ++this.errors);
    }
  }

  end(): void {}
}

/** A connection over `port`. Register every handler, then call `listen()`: earlier messages would find none. */
export function createPostMessageConnection(port: PostMessagePort): MessageConnection {
  return createMessageConnection(new PostMessageReader(port), new PostMessageWriter(port));
}
