// `add` on a copy of the digits demo: an ONNX file made elsewhere is appended with the metrics compress measures, recorded
// relative to the spec and neither copied nor moved; everything add refuses (a taken or unsafe id, an unknown base, a file
// outside the spec's folder directly or through a symbolic link, an operation out of its declared range) leaves the spec
// byte for byte as it was, and so does a cancelled add (its output cache file removed with it).
using Backend.Tests.Compression.Command;
using Backend.Tests.Demo;
using CompressCompare.Backend.AddModel;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.AddModel;

[Collection(TorchSharpTests.Name)]
public sealed class AddModelServiceTests : IClassFixture<DemoFixture>, IDisposable
{
    readonly DemoCopy _copy;
    readonly string _outside = Directory.CreateTempSubdirectory("cc-add-outside-").FullName;
    string Spec => _copy.Spec;
    string Mine => Path.Combine(_copy.Folder, "mine", "my-net.onnx");

    public AddModelServiceTests(DemoFixture demo)
    {
        _copy = new DemoCopy(demo.Folder);
        Directory.CreateDirectory(Path.GetDirectoryName(Mine)!);
        File.Copy(Path.Combine(_copy.Models, "cnn-prune50.onnx"), Mine);
    }

    public void Dispose()
    {
        _copy.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    static Task<CompressCompare.Protocol.Compression.AddModelResult> Add(AddModelRequest request, CancellationToken cancellationToken = default) =>
        new AddModelService().AddAsync(request, cancellationToken);

    [Fact]
    public async Task An_onnx_model_is_appended_with_the_metrics_compress_measures_and_its_path_relative_to_the_spec()
    {
        var result = await Add(new AddModelRequest(Spec, Mine, "my-net", "cnn", AddModelOperation.Parse("{\"name\": \"Magnitude Prune\", \"parameters\": {\"amount\": 0.5}}"),
            ["mine", "v2"]));

        Assert.Equal("mine/my-net.onnx", result.Model.Artifact);
        Assert.Empty(result.Skipped);
        Assert.Equal(0.5, result.Model.Metrics[ExperimentMetrics.Sparsity]!.Value, 3);
        foreach (var metric in new[] { ExperimentMetrics.Top1, ExperimentMetrics.Latency, ExperimentMetrics.LatencyP90, ExperimentMetrics.ModelSize,
                     ExperimentMetrics.CompressedSize, ExperimentMetrics.Parameters })
            Assert.Contains(metric, result.Measured);
        Assert.Equal(new FileInfo(Mine).Length, result.Model.Metrics[ExperimentMetrics.ModelSize]);
        var spec = SpecParser.Parse(Spec, File.ReadAllText(Spec), default);
        var added = spec.Models.Single(m => m.Id == "my-net");
        Assert.Equal("cnn", added.Base);
        Assert.Equal("mine, v2", added.Tag);
        Assert.Equal("mine/my-net.onnx", added.Artifact);
        Assert.Equal(result.Model.Metrics[ExperimentMetrics.Top1], added.Metrics[ExperimentMetrics.Top1]);
        // The same file measured by compress's own measurer gives the same accuracy: one code path.
        var prune50 = spec.Models.Single(m => m.Id == "cnn-prune50");
        Assert.Equal(prune50.Metrics[ExperimentMetrics.Top1], added.Metrics[ExperimentMetrics.Top1]);
        Assert.True(File.Exists(Mine));
    }

    [Fact]
    public async Task An_existing_id_is_refused_naming_it_and_the_spec_stays_byte_identical()
    {
        var before = File.ReadAllBytes(Spec);
        var error = await Assert.ThrowsAsync<BackendException>(() => Add(new AddModelRequest(Spec, Mine, "cnn-prune50")));
        Assert.Contains("\"cnn-prune50\"", error.Message);
        Assert.Equal("cnn-prune50", error.ErrorData.ModelId);
        Assert.Equal(before, File.ReadAllBytes(Spec));
    }

    [Fact]
    public async Task An_unsafe_id_is_refused_before_the_file_is_looked_at()
    {
        var error = await Assert.ThrowsAsync<BackendException>(() => Add(new AddModelRequest(Spec, "/nowhere/x.onnx", "../x")));
        Assert.Contains("cannot name a model file", error.Message);
    }

    [Fact]
    public async Task An_unknown_base_is_refused_naming_it()
    {
        var before = _copy.State();
        var error = await Assert.ThrowsAsync<BackendException>(() => Add(new AddModelRequest(Spec, Mine, "my-net", "no-such-model")));
        Assert.Contains("\"no-such-model\"", error.Message);
        Assert.Equal(before, _copy.State());
    }

    [Fact]
    public async Task An_artifact_outside_the_workspace_is_refused_directly_and_through_a_symbolic_link()
    {
        var outside = Path.Combine(_outside, "elsewhere.onnx");
        File.Copy(Mine, outside);
        var link = Path.Combine(_copy.Folder, "mine", "linked.onnx");
        File.CreateSymbolicLink(link, outside);
        var before = _copy.State();
        foreach (var artifact in new[] { outside, link })
        {
            var error = await Assert.ThrowsAsync<BackendException>(() => Add(new AddModelRequest(Spec, artifact, "my-net")));
            Assert.Equal(RpcErrorCodes.PathRefused, error.Code);
            Assert.Contains("outside the workspace", error.Message);
        }
        Assert.Equal(before, _copy.State());
    }

    [Fact]
    public async Task A_missing_file_and_a_file_of_another_kind_are_refused()
    {
        var missing = await Assert.ThrowsAsync<BackendException>(() => Add(new AddModelRequest(Spec, Path.Combine(_copy.Folder, "mine", "gone.onnx"), "my-net")));
        Assert.Contains("does not exist", missing.Message);
        var other = await Assert.ThrowsAsync<BackendException>(() => Add(new AddModelRequest(Spec, Spec, "my-net")));
        Assert.Contains(".onnx or .safetensors", other.ErrorData.Hint);
    }

    [Fact]
    public void Bad_operation_json_is_refused_with_its_line_and_column()
    {
        var error = Assert.Throws<BackendException>(() => AddModelOperation.Parse("{\"name\": \"Prune\",\n \"parameters\": {\"amount\": }}"));
        Assert.Contains("line 2, column 27", error.Message);
        Assert.Contains("no \"name\"", Assert.Throws<BackendException>(() => AddModelOperation.Parse("{\"parameters\": {}}")).Message);
        Assert.Contains("unknown field \"params\"", Assert.Throws<BackendException>(() => AddModelOperation.Parse("{\"name\": \"P\", \"params\": {}}")).Message);
    }

    [Fact]
    public async Task An_operation_outside_its_declared_range_is_refused_and_an_undeclared_one_is_declared()
    {
        var before = File.ReadAllBytes(Spec);
        var error = await Assert.ThrowsAsync<BackendException>(() => Add(new AddModelRequest(Spec, Mine, "my-net", "cnn",
            AddModelOperation.Parse("{\"name\": \"Magnitude Prune\", \"parameters\": {\"amount\": 3}}"))));
        Assert.Contains("\"amount\"", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Spec));

        await Add(new AddModelRequest(Spec, Mine, "my-net", "cnn", AddModelOperation.Parse("{\"name\": \"Distill\", \"parameters\": {\"temperature\": 4}}")));
        var spec = SpecParser.Parse(Spec, File.ReadAllText(Spec), default);
        var distill = spec.Operations.Single(o => o.Name == "Distill");
        Assert.Equal(ParameterType.Continuous, distill.Parameters.Single(p => p.Name == "temperature").Type);
        Assert.DoesNotContain(spec.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("Distill"));

        // Declared now: a parameter its declaration lacks is added to it, the rest left as they are.
        await Add(new AddModelRequest(Spec, Mine, "my-net-2", "cnn", AddModelOperation.Parse("{\"name\": \"Distill\", \"parameters\": {\"temperature\": 2, \"teacher\": \"cnn\"}}")));
        spec = SpecParser.Parse(Spec, File.ReadAllText(Spec), default);
        distill = spec.Operations.Single(o => o.Name == "Distill");
        Assert.Equal(["temperature", "teacher"], distill.Parameters.Select(p => p.Name));
        Assert.Equal(ParameterType.Nominal, distill.Parameters[1].Type);
        Assert.DoesNotContain(spec.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("teacher"));
    }

    [Fact]
    public async Task A_cancelled_add_leaves_the_folder_and_the_spec_as_they_were()
    {
        var before = _copy.State();
        using var cancel = new CancellationTokenSource();
        // Cancelled once measuring has started: the output cache file it was writing goes too.
        var progress = new CancelOnReport(cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Add(new AddModelRequest(Spec, Mine, "my-net") { Progress = progress }, cancel.Token));
        Assert.True(progress.Reports > 0);
        Assert.Equal(before, _copy.State());
    }

    [Fact]
    public async Task A_safetensors_file_gets_what_its_weights_tell_and_says_why_it_was_not_run()
    {
        var weights = Path.Combine(_copy.Folder, "mine", "net.safetensors");
        // Half of fc.weight's 4 entries are zero; the bias counts as parameters but not as a weight; running statistics count as neither.
        CompressCompare.Backend.Layers.Bench.SafetensorsWriter.Write(weights,
            [("fc.weight", new long[] { 2, 2 }), ("fc.bias", new long[] { 2 }), ("bn.running_mean", new long[] { 2 })],
            (t, values) => { for (var i = 0; i < values.Length; i++) values[i] = t == 0 && i % 2 == 0 ? 0 : 1; });

        var result = await Add(new AddModelRequest(Spec, weights, "net-weights"));

        Assert.Equal(0.5, result.Model.Metrics[ExperimentMetrics.Sparsity]);
        Assert.Equal(6, result.Model.Metrics[ExperimentMetrics.Parameters]);
        Assert.Equal(new FileInfo(weights).Length, result.Model.Metrics[ExperimentMetrics.ModelSize]);
        foreach (var metric in new[] { ExperimentMetrics.Top1, ExperimentMetrics.Latency, ExperimentMetrics.LatencyP90 })
            Assert.Contains(".safetensors", result.Skipped.Single(s => s.Metric == metric).Reason);
        Assert.Equal("mine/net.safetensors", SpecParser.Parse(Spec, File.ReadAllText(Spec), default).Models.Single(m => m.Id == "net-weights").Artifact);
    }

    [Fact]
    public async Task Without_measuring_the_model_is_appended_with_every_metric_listed_as_skipped()
    {
        var result = await Add(new AddModelRequest(Spec, Mine, "my-net", Measure: false));
        Assert.Empty(result.Measured);
        Assert.Contains(result.Skipped, s => s.Metric == ExperimentMetrics.Top1 && s.Reason.Contains("--no-measure"));
        Assert.Contains("\"my-net\"", File.ReadAllText(Spec));
    }

    sealed class CancelOnReport(CancellationTokenSource cancel) : IWorkProgress
    {
        public int Reports;
        public void Begin(string message) { }
        public void Report(string message, int percentage)
        {
            Reports++;
            cancel.Cancel();
        }
        public void End(string message) { }
    }
}
