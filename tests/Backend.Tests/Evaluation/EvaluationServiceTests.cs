// The evaluation engine on the real digits demo: ONNX and TorchSharp models, the Arrow cache and its keys,
// cancellation, and per-model errors.
using Backend.Tests.Demo;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Protocol.Evaluation;
using CompressCompare.Protocol.Rpc;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation;

[Collection(EvaluationDemo.Name)]
public sealed class EvaluationServiceTests(DemoFixture demo)
{
    static EvaluationService Service() => new(new SpecService(NullLogger<SpecService>.Instance));

    static Task<EvaluateResult> Evaluate(string spec, params string[] ids) =>
        Service().EvaluateAsync(spec, null, ids.Length == 0 ? null : ids, NoProgress.Instance, CancellationToken.None);

    DemoWorkspace Workspace(params string[] ids) => new(demo, [.. ids.Select(id => (id, (string?)$"models/{id}.onnx"))]);

    [Fact]
    public async Task Every_demo_model_scores_the_top1_accuracy_the_demo_recorded()
    {
        var result = await Evaluate(demo.Report.Spec);
        var recorded = SpecParser.Parse(demo.Report.Spec, File.ReadAllText(demo.Report.Spec), default).Models
            .ToDictionary(m => m.Id, m => m.Metrics[ExperimentMetrics.Top1]!.Value);
        Assert.Equal(recorded.Count, result.Models.Count);
        Assert.All(result.Models, m =>
        {
            Assert.Null(m.Error);
            Assert.Equal(ModelSource.Onnx, m.Source);
            Assert.Equal(450, m.Instances);
            Assert.Equal(recorded[m.ModelId], m.Accuracy!.Value, 6);
        });
    }

    [Fact]
    public async Task A_second_request_reads_the_cache_and_gets_the_same_outputs()
    {
        using var workspace = Workspace("cnn");
        var service = Service();
        var first = await service.GetOutputsAsync(workspace.Summary(), "cnn", NoProgress.Instance, default);
        var second = await Evaluate(workspace.Spec, "cnn");
        var again = await service.GetOutputsAsync(workspace.Summary(), "cnn", NoProgress.Instance, default);
        Assert.True(second.Models[0].Cached);
        Assert.Equal(ModelSource.Onnx, second.Models[0].Source);
        Assert.Equal(first.Probabilities, again.Probabilities);
        Assert.Equal(first.Predicted, again.Predicted);
        Assert.Equal(first.Confidence, again.Confidence);
        Assert.Equal(("cnn", 450, 10), (again.ModelId, again.Instances, again.Classes));
        Assert.Single(workspace.CacheFiles(), f => f.EndsWith(".arrow"));
    }

    [Fact]
    public async Task Changing_the_model_file_evaluates_it_again()
    {
        using var workspace = Workspace("cnn");
        var before = (await Evaluate(workspace.Spec)).Models[0];
        // Same path, other weights: the content hash, not the name, keys the cache.
        File.Copy(Path.Combine(demo.Folder, "models/cnn-prune99.onnx"), Path.Combine(workspace.Folder, "models/cnn.onnx"), overwrite: true);
        var after = (await Evaluate(workspace.Spec)).Models[0];
        Assert.False(after.Cached);
        var recorded = SpecParser.Parse(demo.Report.Spec, File.ReadAllText(demo.Report.Spec), default).Models.Single(m => m.Id == "cnn-prune99");
        Assert.Equal(recorded.Metrics[ExperimentMetrics.Top1]!.Value, after.Accuracy!.Value, 6);
        Assert.NotEqual(before.Accuracy, after.Accuracy);
        Assert.Equal(2, workspace.CacheFiles().Length);
    }

    [Fact]
    public async Task Changing_the_dataset_evaluates_again()
    {
        using var workspace = Workspace("mlp");
        Assert.False((await Evaluate(workspace.Spec)).Models[0].Cached);
        Assert.True((await Evaluate(workspace.Spec)).Models[0].Cached);
        var labels = Path.Combine(workspace.Folder, "data/test-labels.npy");
        var array = CompressCompare.Backend.Data.NpyArray.Read(labels);
        array.Integers![0] = (array.Integers[0] + 1) % 10;
        array.Write(labels);
        Assert.False((await Evaluate(workspace.Spec)).Models[0].Cached);
    }

    [Fact]
    public async Task Cancelling_after_the_first_batch_stops_before_the_next_and_leaves_no_cache_file()
    {
        using var workspace = Workspace("cnn");
        using var cancel = new CancellationTokenSource();
        var progress = new CancelOnFirstBatch(cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Service().EvaluateAsync(workspace.Spec, null, null, progress, cancel.Token));
        Assert.Equal(1, progress.Batches);
        Assert.Empty(workspace.CacheFiles());
    }

    [Fact]
    public async Task A_truncated_cache_file_is_ignored_and_replaced()
    {
        using var workspace = Workspace("cnn");
        var first = await Service().GetOutputsAsync(workspace.Summary(), "cnn", NoProgress.Instance, default);
        var file = Assert.Single(workspace.CacheFiles());
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        var second = (await Evaluate(workspace.Spec)).Models[0];
        Assert.Null(second.Error);
        Assert.False(second.Cached);
        Assert.Equal(bytes.Length, new FileInfo(Assert.Single(workspace.CacheFiles())).Length);
        File.WriteAllBytes(file, [.. bytes.Select((b, i) => i > 64 && i < bytes.Length - 64 ? (byte)0xFF : b)]);
        var third = await Service().GetOutputsAsync(workspace.Summary(), "cnn", NoProgress.Instance, default);
        Assert.Equal(first.Probabilities, third.Probabilities);
        Assert.True((await Evaluate(workspace.Spec)).Models[0].Cached);
    }

    [Fact]
    public async Task A_cache_file_whose_values_the_OS_lost_is_ignored_and_replaced()
    {
        // Cache files are not fsynced: after a power loss a file can keep its length and footer with zeros for data.
        using var workspace = Workspace("cnn");
        var first = await Service().GetOutputsAsync(workspace.Summary(), "cnn", NoProgress.Instance, default);
        var file = Assert.Single(workspace.CacheFiles());
        var bytes = File.ReadAllBytes(file);
        float[] firstColumn = [.. Enumerable.Range(0, 16).Select(i => first.Probabilities[i * first.Classes])];
        var at = bytes.AsSpan().IndexOf(MemoryMarshal.AsBytes(firstColumn.AsSpan()));
        Assert.True(at > 0, "the first class column's values are in the file");
        bytes.AsSpan(at, 2048).Clear();
        File.WriteAllBytes(file, bytes);
        var again = (await Evaluate(workspace.Spec)).Models[0];
        Assert.False(again.Cached);
        Assert.True((await Evaluate(workspace.Spec)).Models[0].Cached);
    }

    [Fact]
    public async Task A_TorchSharp_checkpoint_runs_and_agrees_with_its_ONNX_export()
    {
        using var workspace = new DemoWorkspace(demo, [("torch", "models/cnn.dat"), ("onnx", "models/cnn.onnx")]);
        var result = await Evaluate(workspace.Spec);
        var (torch, onnx) = (result.Models[0], result.Models[1]);
        Assert.Null(torch.Error);
        Assert.Equal(ModelSource.TorchSharp, torch.Source);
        Assert.Equal(onnx.Accuracy!.Value, torch.Accuracy!.Value, 2);
        var summary = workspace.Summary();
        var a = await Service().GetOutputsAsync(summary, "torch", NoProgress.Instance, default);
        var b = await Service().GetOutputsAsync(summary, "onnx", NoProgress.Instance, default);
        Assert.True(a.Predicted.Zip(b.Predicted).Count(p => p.First == p.Second) >= 448, "TorchSharp and ONNX Runtime predict alike");
        Assert.True((await Evaluate(workspace.Spec, "torch")).Models[0].Cached);
    }

    [Fact]
    public async Task Unknown_ids_models_without_artifacts_and_missing_files_get_their_own_error_and_the_rest_still_runs()
    {
        using var workspace = new DemoWorkspace(demo, [("ok", "models/mlp.onnx"), ("bare", null), ("gone", null)],
            new Dictionary<string, string> { ["gone"] = "\"artifact\": \"models/gone.onnx\"" });
        var result = await Evaluate(workspace.Spec, "nope", "bare", "gone", "ok");
        Assert.Equal(["nope", "bare", "gone", "ok"], result.Models.Select(m => m.ModelId));
        Assert.Contains("not in the spec", result.Models[0].Error);
        Assert.Contains("neither an \"artifact\" nor precomputed \"outputs\"", result.Models[1].Error);
        Assert.Contains("does not exist", result.Models[2].Error);
        Assert.All(result.Models.Take(3), m => Assert.Equal((0, null, null), (m.Instances, m.Accuracy, m.Source)));
        Assert.Null(result.Models[3].Error);
    }

    [Fact]
    public async Task Without_a_dataset_every_model_errs_and_GetOutputs_throws_a_hinted_backend_exception()
    {
        using var workspace = new DemoWorkspace(demo, [("mlp", "models/mlp.onnx")], withDataset: false);
        var entry = Assert.Single((await Evaluate(workspace.Spec)).Models);
        Assert.Contains("no \"dataset\"", entry.Error);
        var error = await Assert.ThrowsAsync<BackendException>(() => Service().GetOutputsAsync(workspace.Summary(), "mlp", NoProgress.Instance, default));
        Assert.Equal(RpcErrorCodes.ModelNotEvaluable, error.Code);
        Assert.Equal("mlp", error.ErrorData.ModelId);
        Assert.Contains("\"dataset\"", error.ErrorData.Hint);
    }

    /// <summary>Cancels the request as soon as the first batch is reported.</summary>
    sealed class CancelOnFirstBatch(CancellationTokenSource cancel) : IWorkProgress
    {
        public int Batches { get; private set; }
        public void Begin(string message) { }
        public void Report(string message, int percentage)
        {
            Batches++;
            cancel.Cancel();
        }
        public void End(string message) { }
    }
}
