// Serves JSON-RPC on stdin/stdout with Content-Length framing, the framing vscode-jsonrpc speaks.
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CompressCompare.Backend.Rpc;

public sealed class RpcServer(BackendRpcTarget target, ILogger<RpcServer> logger, IHostApplicationLifetime lifetime,
    StdioStreams stdio) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var rpc = RpcConnection.Attach(stdio.Output, stdio.Input, target, logger);
        logger.LogInformation("Serving JSON-RPC on stdio (pid {Pid})", Environment.ProcessId);
        try
        {
            await rpc.Completion.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e)
        {
            logger.LogError(e, "The JSON-RPC connection failed");
        }
        logger.LogInformation("Client disconnected; stopping");
        lifetime.StopApplication();
    }
}
