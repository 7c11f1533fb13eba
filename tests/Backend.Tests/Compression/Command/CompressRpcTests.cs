// `models/compress` and `models/compressOptions` through a StreamJsonRpc client in process, on a copy of the digits demo:
// a sweep's children come back typed with their measured metrics and `$/progress` per model under the request's token;
// `$/cancelRequest` mid-sweep leaves the folder and the spec as they were; the options say what runs on a model and why not.
using System.Collections.Concurrent;
using System.Text.Json;
using Backend.Tests.Demo;
using Backend.Tests.Rpc;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Protocol.Compression;
using CompressCompare.Protocol.Rpc;
using StreamJsonRpc;

namespace Backend.Tests.Compression.Command;

[Collection(TorchSharpTests.Name)]
public sealed class CompressRpcTests : IClassFixture<DemoFixture>, IDisposable
{
    readonly DemoCopy _copy;
    string Spec => _copy.Spec;

    public CompressRpcTests(DemoFixture demo) => _copy = new DemoCopy(demo.Folder);

    public void Dispose() => _copy.Dispose();

    static (InProcessRpc Rpc, ConcurrentQueue<ProgressParams> Reports) Connect(Action<ProgressParams>? onReport = null)
    {
        var reports = new ConcurrentQueue<ProgressParams>();
        Action<ProgressParams> onProgress = p =>
        {
            reports.Enqueue(p);
            onReport?.Invoke(p);
        };
        return (new InProcessRpc(beforeListening: client => client.AddLocalRpcMethod(onProgress.Method, onProgress.Target,
            new JsonRpcMethodAttribute(RpcMethods.Progress) { UseSingleObjectParameterDeserialization = true })), reports);
    }

    CompressParams Prune(params double[] amounts) => new()
    {
        Path = Spec,
        ModelId = "cnn",
        Operation = "Magnitude Prune",
        ParameterSets = [.. amounts.Select(a => (IReadOnlyDictionary<string, JsonElement>)new Dictionary<string, JsonElement> { ["amount"] = JsonSerializer.SerializeToElement(a) })],
        WorkDoneToken = "compress-1",
    };

    [Fact]
    public async Task A_sweep_over_RPC_returns_each_measured_child_and_reports_progress_per_model()
    {
        var (rpc, reports) = Connect();
        using var _ = rpc;
        var result = await rpc.Client.InvokeWithParameterObjectAsync<CompressResult>(RpcMethods.ModelsCompress, Prune(0.5, 0.8));

        Assert.Equal(["cnn-magnitudeprune", "cnn-magnitudeprune-2"], result.Models.Select(m => m.Id));
        Assert.Equal(0.8, result.Models[1].Metrics[ExperimentMetrics.Sparsity]!.Value, 3);
        Assert.Equal(0.8, result.Models[1].Operation.Parameters["amount"].GetDouble());
        Assert.Equal("models/cnn-magnitudeprune-2.onnx", result.Models[1].Artifact);
        Assert.Contains("\"cnn-magnitudeprune-2\"", File.ReadAllText(Spec));
        for (var i = 0; i < 100 && !reports.Any(r => r.Value.Kind == ProgressKind.End); i++) await Task.Delay(20);
        Assert.All(reports, r => Assert.Equal("compress-1", r.Token));
        Assert.Contains(reports, r => r.Value.Message == "Compressing cnn: 2 of 2");
    }

    [Fact]
    public async Task Cancelling_a_sweep_over_RPC_leaves_no_file_and_no_spec_change()
    {
        var before = _copy.State();
        // The client's progress handler runs on the thread pool, which tests running in parallel can starve: a floor of
        // threads keeps the cancel prompt, and a sweep of forty leaves it seconds to land before the last child (only the first
        // two children are made when it lands at once, so the long sweep costs nothing when the test passes).
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(ports, 16));
        using var cancel = new CancellationTokenSource();
        var (rpc, _) = Connect(p =>
        {
            if (p.Value.Message == "Compressing cnn: 2 of 40") cancel.Cancel();
        });
        using (rpc)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                rpc.Client.InvokeWithParameterObjectAsync<CompressResult>(RpcMethods.ModelsCompress, Prune([.. Enumerable.Range(1, 40).Select(i => i / 41.0)]), cancel.Token));
            // The backend finishes unwinding (removing the first child) after the cancel is acknowledged: a fresh request waits its turn.
            await rpc.Client.InvokeWithParameterObjectAsync<CompressOptionsResult>(RpcMethods.ModelsCompressOptions,
                new CompressOptionsParams { Path = Spec, ModelId = "cnn" });
            for (var i = 0; i < 100 && !_copy.State().SequenceEqual(before); i++) await Task.Delay(50);
            Assert.Equal(before, _copy.State());
        }
    }

    [Fact]
    public async Task The_options_offer_onnx_operations_on_an_onnx_only_model_and_say_why_the_training_ones_are_greyed()
    {
        foreach (var extension in new[] { ".dat", ".arch.json" }) File.Delete(Path.Combine(_copy.Models, "mlp" + extension));
        var (rpc, _) = Connect();
        using var __ = rpc;
        var options = await rpc.Client.InvokeWithParameterObjectAsync<CompressOptionsResult>(RpcMethods.ModelsCompressOptions,
            new CompressOptionsParams { Path = Spec, ModelId = "mlp" });
        var prune = options.Operations.Single(o => o.Name == "Magnitude Prune");
        Assert.True(prune.Available);
        Assert.Equal(1, prune.Parameters.Single(p => p.Name == "amount").Max);
        var fineTune = options.Operations.Single(o => o.Name == "Fine-Tune");
        Assert.False(fineTune.Available);
        Assert.Equal(CompressOptions.NeedsCheckpoint, fineTune.Reason);
    }

    [Fact]
    public void Without_libtorch_the_training_operations_say_so()
    {
        var summary = CompressCompare.Backend.Spec.SpecParser.Parse(Spec, File.ReadAllText(Spec), default);
        var options = CompressOptions.For(summary, summary.Models.Single(m => m.Id == "cnn"), torchPresent: false);
        Assert.Equal(CompressOptions.NeedsLibtorch, options.Operations.Single(o => o.Name == "Fine-Tune").Reason);
        Assert.True(options.Operations.Single(o => o.Name == "Magnitude Prune").Available);
    }
}
