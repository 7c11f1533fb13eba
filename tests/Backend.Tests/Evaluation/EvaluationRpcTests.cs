// `models/evaluate` through a StreamJsonRpc client in process: camelCase parameters, `$/progress` for the
// request's token, the result the CLI prints, and cancellation by `$/cancelRequest` (what VS Code's Cancel sends).
using Backend.Tests.Demo;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Rpc;
using System.Collections.Concurrent;
using Backend.Tests.Rpc;
using CompressCompare.Backend.Data;
using StreamJsonRpc;

namespace Backend.Tests.Evaluation;

[Collection(EvaluationDemo.Name)]
public sealed class EvaluationRpcTests(DemoFixture demo)
{
    /// <summary>A client that records every `$/progress` notification (and hands it to <paramref name="onReport"/>).</summary>
    static (InProcessRpc Rpc, ConcurrentQueue<ProgressParams> Reports) Connect(Action<ProgressParams>? onReport = null)
    {
        var reports = new ConcurrentQueue<ProgressParams>();
        Action<ProgressParams> onProgress = p =>
        {
            reports.Enqueue(p);
            onReport?.Invoke(p);
        };
        var rpc = new InProcessRpc(beforeListening: client => client.AddLocalRpcMethod(onProgress.Method, onProgress.Target,
            new JsonRpcMethodAttribute(RpcMethods.Progress) { UseSingleObjectParameterDeserialization = true }));
        return (rpc, reports);
    }

    [Fact]
    public async Task Cancelling_the_request_stops_between_batches_writes_no_cache_and_leaves_the_backend_serving()
    {
        using var workspace = new DemoWorkspace(demo, [("cnn", "models/cnn.onnx")]);
        // The digits' 450 test instances repeated 400 times: 704 batches, so the cancel lands mid-request. The client's
        // progress handler runs on the thread pool, which the other tests running in parallel can starve for longer than
        // the whole request takes: a floor of threads keeps the cancel prompt.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(ports, 16));
        var data = Path.Combine(workspace.Folder, "data");
        var (inputs, labels) = (NpyArray.Read(Path.Combine(data, "test-inputs.npy")), NpyArray.Read(Path.Combine(data, "test-labels.npy")));
        const int Repeats = 400;
        NpyArray.OfFloats([.. Enumerable.Repeat(inputs.Floats!, Repeats).SelectMany(x => x)], [inputs.Shape[0] * Repeats, .. inputs.Shape[1..]])
            .Write(Path.Combine(data, "test-inputs.npy"));
        NpyArray.OfInt64([.. Enumerable.Repeat(labels.Integers!, Repeats).SelectMany(x => x)], labels.Shape[0] * Repeats).Write(Path.Combine(data, "test-labels.npy"));
        using var cancel = new CancellationTokenSource();
        var (rpc, reports) = Connect(p =>
        {
            if (p.Value.Kind == ProgressKind.Report && p.Value.Message!.EndsWith("instances", StringComparison.Ordinal)) cancel.Cancel();
        });
        var client = rpc.Client;
        using (rpc)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.InvokeWithParameterObjectAsync<EvaluateResult>(RpcMethods.ModelsEvaluate,
                new EvaluateParams { Path = workspace.Spec, WorkDoneToken = "eval-cancel" }, cancel.Token));
            var batches = reports.Count(r => r.Value.Kind == ProgressKind.Report && r.Value.Message!.EndsWith("instances", StringComparison.Ordinal));
            Assert.InRange(batches, 1, 352); // of 704: stopped between batches, not after the model
            Assert.Empty(workspace.CacheFiles());

            var again = await client.InvokeWithParameterObjectAsync<EvaluateResult>(RpcMethods.ModelsEvaluate, new EvaluateParams { Path = workspace.Spec });
            Assert.True(again.Models.Single() is { Error: null, Cached: false, Instances: 450 * Repeats }, again.Models.Single().Error);
            Assert.Single(workspace.CacheFiles());
        }
    }

    [Fact]
    public async Task Evaluate_over_RPC_reports_progress_per_batch_under_the_token_and_returns_each_model()
    {
        using var workspace = new DemoWorkspace(demo, [("cnn", "models/cnn.onnx"), ("mlp", "models/mlp.onnx")]);
        var (rpc, reports) = Connect();
        using var _ = rpc;
        var client = rpc.Client;

        var result = await client.InvokeWithParameterObjectAsync<EvaluateResult>(RpcMethods.ModelsEvaluate,
            new EvaluateParams { Path = workspace.Spec, ModelIds = ["mlp", "cnn"], WorkDoneToken = "eval-1" });

        Assert.Equal(["mlp", "cnn"], result.Models.Select(m => m.ModelId));
        Assert.All(result.Models, m => Assert.True(m.Error is null && m.Accuracy > 0.9 && !m.Cached && m.Source == ModelSource.Onnx, m.Error));
        // Notifications are fire-and-forget: the end may arrive just after the response.
        for (var i = 0; i < 100 && !reports.Any(r => r.Value.Kind == ProgressKind.End); i++) await Task.Delay(20);
        Assert.All(reports, r => Assert.Equal("eval-1", r.Token));
        Assert.Equal(ProgressKind.Begin, reports.First().Value.Kind);
        Assert.Equal(ProgressKind.End, reports.Last().Value.Kind);
        // Two batches of each model (450 = 256 + 194) plus one report per finished model.
        var batches = reports.Where(r => r.Value.Kind == ProgressKind.Report && r.Value.Message!.Contains("instances")).ToList();
        Assert.Equal(["mlp: 256/450 instances", "mlp: 450/450 instances", "cnn: 256/450 instances", "cnn: 450/450 instances"],
            batches.Select(r => r.Value.Message));
        Assert.Equal([28, 50, 78, 100], batches.Select(r => r.Value.Percentage!.Value));
    }
}
