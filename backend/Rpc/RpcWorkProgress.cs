// Sends LSP-style work-done progress (`$/progress` with {token, value}) so vscode-jsonrpc's onProgress sees it.
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using StreamJsonRpc;

namespace CompressCompare.Backend.Rpc;

public sealed class RpcWorkProgress(JsonRpc connection, string token) : IWorkProgress
{
    public void Begin(string message) => Send(ProgressKind.Begin, message, 0);
    public void Report(string message, int percentage) => Send(ProgressKind.Report, message, percentage);
    public void End(string message) => Send(ProgressKind.End, message, 100);

    void Send(ProgressKind kind, string message, int percentage)
    {
        var notification = new ProgressParams { Token = token, Value = new ProgressValue { Kind = kind, Message = message, Percentage = percentage } };
        // Fire and forget: progress must never slow or fail the work it describes.
        _ = connection.NotifyWithParameterObjectAsync(RpcMethods.Progress, notification);
    }
}
