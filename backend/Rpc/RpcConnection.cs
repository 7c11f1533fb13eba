// Builds the one JSON-RPC configuration used on stdio and in tests: Content-Length framing,
// camelCase System.Text.Json, the backend's target, and StreamJsonRpc's warnings in our log.
using System.Diagnostics;
using CompressCompare.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CompressCompare.Backend.Rpc;

public static class RpcConnection
{
    public static JsonRpc Attach(Stream sending, Stream receiving, BackendRpcTarget target, ILogger logger)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = WireJson.CreateOptions() };
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(sending, receiving, formatter));
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { MethodNameTransform = null });
        target.Connection = rpc;
        rpc.TraceSource.Switch.Level = SourceLevels.Warning;
        rpc.TraceSource.Listeners.Add(new RequestLogListener(logger));
        rpc.StartListening();
        return rpc;
    }
}
