// The JSON-RPC method of reports (`report/write`), kept beside the other capabilities' methods in BackendRpcTarget
// and delegating to the same ReportService the `report` CLI command uses.
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Reports;
using CompressCompare.Protocol.Rpc;
using StreamJsonRpc;

namespace CompressCompare.Backend.Rpc;

public sealed partial class BackendRpcTarget
{
    [JsonRpcMethod(RpcMethods.ReportWrite, UseSingleObjectParameterDeserialization = true)]
    public Task<ReportResult> WriteReportAsync(WriteReportParams request, CancellationToken cancellationToken) =>
        Guard(() => reports.WriteAsync(request, cancellationToken), cancellationToken);
}
