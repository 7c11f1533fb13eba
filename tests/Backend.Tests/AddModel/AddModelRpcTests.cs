// `models/add` through a StreamJsonRpc client in process, on a copy of the digits demo: the model comes back typed with
// its measured metrics and `$/progress` under the request's token, camelCase fields (tags, base) bind, and a refused
// add answers with its code and the id it names, without closing the connection.
using System.Collections.Concurrent;
using Backend.Tests.Compression.Command;
using Backend.Tests.Demo;
using Backend.Tests.Rpc;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Rpc;
using StreamJsonRpc;

namespace Backend.Tests.AddModel;

[Collection(TorchSharpTests.Name)]
public sealed class AddModelRpcTests : IClassFixture<DemoFixture>, IDisposable
{
    readonly DemoCopy _copy;

    public AddModelRpcTests(DemoFixture demo) => _copy = new DemoCopy(demo.Folder);

    public void Dispose() => _copy.Dispose();

    [Fact]
    public async Task A_model_added_over_RPC_comes_back_measured_with_progress_under_its_token()
    {
        var reports = new ConcurrentQueue<ProgressParams>();
        Action<ProgressParams> onProgress = reports.Enqueue;
        using var rpc = new InProcessRpc(beforeListening: client => client.AddLocalRpcMethod(onProgress.Method, onProgress.Target,
            new JsonRpcMethodAttribute(RpcMethods.Progress) { UseSingleObjectParameterDeserialization = true }));
        var request = new AddModelParams
        {
            Path = _copy.Spec,
            Artifact = Path.Combine(_copy.Models, "cnn-int8.onnx"),
            Id = "int8-again",
            Base = "cnn",
            Tags = ["imported"],
            WorkDoneToken = "add-1",
        };

        var result = await rpc.Client.InvokeWithParameterObjectAsync<AddModelResult>(RpcMethods.ModelsAdd, request);

        Assert.Equal("models/cnn-int8.onnx", result.Model.Artifact);
        Assert.Equal("cnn", result.Model.Base);
        Assert.Equal(["imported"], result.Model.Tags);
        Assert.Contains(ExperimentMetrics.Top1, result.Measured);
        Assert.Contains("\"int8-again\"", File.ReadAllText(_copy.Spec));
        for (var i = 0; i < 100 && !reports.Any(r => r.Value.Kind == ProgressKind.End); i++) await Task.Delay(20);
        Assert.All(reports, r => Assert.Equal("add-1", r.Token));
        Assert.Contains(reports, r => r.Value.Message == "Added int8-again to the spec");

        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            rpc.Client.InvokeWithParameterObjectAsync<AddModelResult>(RpcMethods.ModelsAdd, request with { WorkDoneToken = null }));
        Assert.Equal(RpcErrorCodes.InvalidRequest, refused.ErrorCode);
        Assert.Contains("\"int8-again\"", refused.Message);
    }
}
