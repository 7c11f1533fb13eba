// The backend's RPC target behind a real StreamJsonRpc client over an in-memory duplex pipe: the wire format,
// camelCase names, errors and `$/progress` as the extension sees them, without a process to start.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Rpc;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Backend.Tests.Rpc;

public sealed class InProcessRpc : IDisposable
{
    public JsonRpc Client { get; }
    public JsonRpc Server { get; }
    public BackendRpcTarget Target { get; }
    /// <summary>The backend's services behind <see cref="Target"/>: where a test looks at what the requests did.</summary>
    public IServiceProvider Services { get; }

    /// <param name="client">Makes the client on the message handler (a JsonRpc subclass, say); plain JsonRpc by default.</param>
    /// <param name="beforeListening">Runs before the client listens: where local methods (a `$/progress` handler) are added.</param>
    /// <param name="workspaceFolders">Sent in `initialize`: the folders the backend may read and write in (null: each spec's folder).</param>
    /// <param name="trusted">Sent in `initialize`: false is VS Code's Restricted Mode.</param>
    /// <param name="outputs">Where behaviour requests get model outputs; null for the evaluation engine.</param>
    public InProcessRpc(Func<IJsonRpcMessageHandler, JsonRpc>? client = null, Action<JsonRpc>? beforeListening = null,
        IReadOnlyList<string>? workspaceFolders = null, bool trusted = true, IModelOutputSource? outputs = null)
    {
        var (a, b) = FullDuplexStream.CreatePair();
        Services = TestBackend.Services(services =>
        {
            if (outputs is not null) services.AddSingleton(outputs);
        });
        Target = Services.GetRequiredService<BackendRpcTarget>();
        Server = RpcConnection.Attach(a, a, Target, NullLogger.Instance);
        var handler = new HeaderDelimitedMessageHandler(b, b, new SystemTextJsonFormatter { JsonSerializerOptions = WireJson.CreateOptions() });
        Client = client?.Invoke(handler) ?? new JsonRpc(handler);
        beforeListening?.Invoke(Client);
        Client.StartListening();
        Initialize(Client, trusted, workspaceFolders);
    }

    /// <summary>Sends `initialize` as the extension does first: a trusted workspace with each spec's folder as its root unless given.</summary>
    public static void Initialize(JsonRpc client, bool trusted = true, IReadOnlyList<string>? workspaceFolders = null) =>
        client.InvokeWithParameterObjectAsync<InitializeResult>(RpcMethods.Initialize, new InitializeParams
        {
            ClientName = "xunit",
            ProtocolVersion = RpcMethods.ProtocolVersion,
            Trusted = trusted,
            WorkspaceFolders = workspaceFolders,
        }).GetAwaiter().GetResult();

    /// <summary>A client whose RemoteInvocationException carries the backend's RpcErrorData (code, file, hint).</summary>
    public static JsonRpc WithErrorData(IJsonRpcMessageHandler handler) => new ErrorDataClient(handler);

    sealed class ErrorDataClient(IJsonRpcMessageHandler handler) : JsonRpc(handler)
    {
        protected override Type GetErrorDetailsDataType(JsonRpcError error) => typeof(RpcErrorData);
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }
}
