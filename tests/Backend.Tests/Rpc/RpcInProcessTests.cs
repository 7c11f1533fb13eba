// The RPC configuration (framing, camelCase, error mapping) with a StreamJsonRpc client in process.
// The extension's own client (vscode-jsonrpc) is exercised against the real process in tests/extension.
using CompressCompare.Backend.Rpc;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Backend.Tests.Rpc;

public sealed class RpcInProcessTests : IAsyncDisposable
{
    readonly JsonRpc _server;
    readonly JsonRpc _client;

    public RpcInProcessTests()
    {
        var (a, b) = FullDuplexStream.CreatePair();
        _server = RpcConnection.Attach(a, a, TestBackend.RpcTarget(), NullLogger.Instance);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = WireJson.CreateOptions() };
        _client = new TypedErrorClient(new HeaderDelimitedMessageHandler(b, b, formatter));
        _client.StartListening();
        InProcessRpc.Initialize(_client);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _server.Dispose();
        await Task.WhenAll(_client.Completion, _server.Completion).ContinueWith(_ => { });
    }

    [Fact]
    public async Task Initialize_with_named_parameters_answers_the_protocol_version()
    {
        var result = await _client.InvokeWithParameterObjectAsync<InitializeResult>(RpcMethods.Initialize,
            new InitializeParams { ClientName = "xunit", ProtocolVersion = RpcMethods.ProtocolVersion, Trusted = true });
        Assert.Equal(RpcMethods.ProtocolVersion, result.ProtocolVersion);
        Assert.Equal(Environment.ProcessId, result.ProcessId);
    }

    [Fact]
    public async Task A_client_of_another_protocol_version_gets_error_1003_with_a_hint()
    {
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => _client.InvokeWithParameterObjectAsync<InitializeResult>(
            RpcMethods.Initialize, new InitializeParams { ClientName = "old", ProtocolVersion = 0, Trusted = true }));
        Assert.Equal(RpcErrorCodes.ProtocolMismatch, error.ErrorCode);
        Assert.Contains("Reinstall", Assert.IsType<RpcErrorData>(error.DeserializedErrorData).Hint);
    }

    [Fact]
    public async Task Summarize_of_editor_text_returns_located_diagnostics()
    {
        var summary = await _client.InvokeWithParameterObjectAsync<SpecSummary>(RpcMethods.SpecSummarize,
            new SummarizeParams { Path = "/tmp/unsaved/models.json", Text = "{\"models\": [{\"id\": \"a\", \"base\": \"a\"}]}" });
        var cycle = Assert.Single(summary.Diagnostics);
        Assert.Equal(DiagnosticCodes.Cycle, cycle.Code);
        Assert.Equal(["a"], summary.Roots);
    }

    /// <summary>Reads error data as our RpcErrorData (StreamJsonRpc defaults to its own CommonErrorData shape).</summary>
    sealed class TypedErrorClient(IJsonRpcMessageHandler handler) : JsonRpc(handler)
    {
        protected override Type GetErrorDetailsDataType(JsonRpcError error) => typeof(RpcErrorData);
    }
}
