// Models of one request evaluated several at a time (ModelScheduler) on the real demo: the same entries, outputs and
// cache files as one after another, TorchSharp checkpoints among them included, and a progress that only moves forward.
using Backend.Tests.Demo;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Evaluation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation;

[Collection(EvaluationDemo.Name)]
public sealed class ConcurrentEvaluationTests(DemoFixture demo)
{
    static readonly (string Id, string? Artifact)[] Models =
    [
        ("cnn", "models/cnn.onnx"), ("mlp", "models/mlp.onnx"), ("cnn-int8", "models/cnn-int8.onnx"),
        ("torch-cnn", "models/cnn.dat"), ("cnn-pal4", "models/cnn-pal4.onnx"), ("torch-mlp", "models/mlp.dat"),
    ];

    static EvaluationService Service(int concurrent) => new(new SpecService(NullLogger<SpecService>.Instance)) { MaxConcurrentModels = concurrent };

    [Fact]
    public async Task Models_run_at_once_give_the_entries_outputs_and_cache_files_of_a_serial_run()
    {
        using var serial = new DemoWorkspace(demo, Models);
        using var concurrent = new DemoWorkspace(demo, Models);
        var one = await Service(1).EvaluateAsync(serial.Spec, null, null, NoProgress.Instance, default);
        var four = await Service(4).EvaluateAsync(concurrent.Spec, null, null, NoProgress.Instance, default);

        Assert.Equal(Models.Select(m => m.Id), four.Models.Select(m => m.ModelId));
        Assert.All(four.Models, m => Assert.Null(m.Error));
        Assert.Equal(one.Models.Select(m => (m.ModelId, m.Instances, m.Accuracy, m.Cached, m.Source, m.ExecutionProvider)),
            four.Models.Select(m => (m.ModelId, m.Instances, m.Accuracy, m.Cached, m.Source, m.ExecutionProvider)));
        Assert.Equal(["cpu", "cpu", "cpu", null, "cpu", null], four.Models.Select(m => m.ExecutionProvider));
        // Byte for byte: the same cache keys, and the same outputs in them.
        var files = serial.CacheFiles().Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Models.Length, files.Count);
        Assert.Equal(files, concurrent.CacheFiles().Select(Path.GetFileName).Order());
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(serial.CacheFolder, file!)), File.ReadAllBytes(Path.Combine(concurrent.CacheFolder, file!)));
    }

    [Fact]
    public async Task The_request_progress_of_models_run_at_once_never_steps_back_and_ends_at_100()
    {
        using var workspace = new DemoWorkspace(demo, Models[..3]);
        var progress = new RecordingProgress();
        await Service(3).EvaluateAsync(workspace.Spec, null, null, progress, default);
        var percentages = progress.Reports.Select(r => r.Percentage).ToList();
        Assert.True(percentages.Zip(percentages.Skip(1)).All(p => p.First <= p.Second), string.Join(", ", percentages));
        Assert.Equal(100, percentages[^1]);
        Assert.All(Models[..3], m => Assert.Contains(progress.Reports, r => r.Message == $"{m.Id}: done"));
    }

    [Fact]
    public async Task A_failing_model_among_models_run_at_once_gets_its_error_and_the_others_their_outputs()
    {
        using var workspace = new DemoWorkspace(demo, [.. Models[..2], ("gone", null), Models[2]],
            new Dictionary<string, string> { ["gone"] = "\"artifact\": \"models/gone.onnx\"" });
        var result = await Service(4).EvaluateAsync(workspace.Spec, null, null, NoProgress.Instance, default);
        Assert.Equal(["cnn", "mlp", "gone", "cnn-int8"], result.Models.Select(m => m.ModelId));
        Assert.Contains("does not exist", result.Models[2].Error);
        Assert.All(result.Models.Where(m => m.ModelId != "gone"), m => Assert.InRange(m.Accuracy!.Value, 0.8, 1));
    }

    sealed class RecordingProgress : IWorkProgress
    {
        readonly Lock _gate = new();
        public List<(string Message, int Percentage)> Reports { get; } = [];
        public void Begin(string message) { }
        public void Report(string message, int percentage)
        {
            lock (_gate) Reports.Add((message, percentage));
        }
        public void End(string message) { }
    }
}
