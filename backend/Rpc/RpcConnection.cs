// Builds the one JSON-RPC configuration used on stdio and in tests: Content-Length framing, camelCase System.Text.Json
// (compile-time contracts for `initialize`), the backend's target, and StreamJsonRpc's warnings in our log.
using System.Diagnostics;
using System.Text.Json.Serialization.Metadata;
using CompressCompare.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CompressCompare.Backend.Rpc;

public static class RpcConnection
{
    public static JsonRpc Attach(Stream sending, Stream receiving, BackendRpcTarget target, ILogger logger)
    {
        var options = WireJson.CreateOptions();
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(InitializeJsonContext.Default, new DefaultJsonTypeInfoResolver());
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = options };
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(sending, receiving, formatter));
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { MethodNameTransform = null });
        target.Connection = rpc;
        rpc.TraceSource.Switch.Level = SourceLevels.Warning;
        rpc.TraceSource.Listeners.Add(new RequestLogListener(logger));
        rpc.StartListening();
        return rpc;
    }
}
