// `compress` on ONNX artifacts and sweeps, on a copy of the digits demo: one child per parameter set, all appended in
// one spec write with measured metrics; a cancelled sweep, at any step, leaves the folder and the spec as they were;
// ranges, missing artifacts and TorchSharp-only operations on ONNX-only models are refused before anything is written.
using System.Text.Json;
using Backend.Tests.Demo;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Compression.Command;

[Collection(TorchSharpTests.Name)]
public sealed class CompressSweepTests : IClassFixture<DemoFixture>, IDisposable
{
    readonly DemoCopy _copy;
    string Spec => _copy.Spec;
    string Models => _copy.Models;

    public CompressSweepTests(DemoFixture demo) => _copy = new DemoCopy(demo.Folder);

    public void Dispose() => _copy.Dispose();

    static IReadOnlyDictionary<string, JsonElement> Amount(double amount) =>
        new Dictionary<string, JsonElement> { ["amount"] = JsonSerializer.SerializeToElement(amount) };

    CompressRequest Sweep(string model, string operation, params double[] amounts) =>
        new(Spec, model, operation, Amount(amounts[0])) { Sweep = [.. amounts.Select(Amount)] };

    [Fact]
    public async Task A_sweep_appends_one_measured_onnx_child_per_parameter_set_in_one_write()
    {
        var before = SpecParser.Parse(Spec, File.ReadAllText(Spec), default).Models.Count;
        var entries = await new CompressService().CompressManyAsync(Sweep("cnn", "Magnitude Prune", 0.5, 0.8), default);

        Assert.Equal(["cnn-magnitudeprune", "cnn-magnitudeprune-2"], entries.Select(e => e["id"]!.GetValue<string>()));
        var summary = SpecParser.Parse(Spec, File.ReadAllText(Spec), default);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(before + 2, summary.Models.Count);
        foreach (var (child, amount) in summary.Models.TakeLast(2).Zip([0.5, 0.8]))
        {
            Assert.Equal("cnn", child.Base);
            Assert.Equal(amount, child.Metrics[ExperimentMetrics.Sparsity]!.Value, 3);
            foreach (var metric in new[] { ExperimentMetrics.Top1, ExperimentMetrics.Latency, ExperimentMetrics.LatencyP90, ExperimentMetrics.ModelSize,
                ExperimentMetrics.CompressedSize, ExperimentMetrics.Parameters })
                Assert.True(child.Metrics[metric] > 0, $"{child.Id} {metric}");
            Assert.Equal($"models/{child.Id}.onnx", child.Artifact);
            // The ONNX path writes the artifact alone: no checkpoint, no libtorch.
            Assert.False(File.Exists(Path.Combine(Models, child.Id + ".dat")));
        }
        Assert.True(summary.Models[^1].Metrics[ExperimentMetrics.Top1] < summary.Models[^2].Metrics[ExperimentMetrics.Top1],
            "pruning 80% costs the digits CNN more accuracy than 50%");
    }

    [Theory]
    [InlineData("Compressing cnn: 1 of 2")]
    [InlineData("Compressing cnn: 2 of 2")]
    [InlineData("cnn-magnitudeprune-2: ")]
    public async Task A_sweep_cancelled_at_any_step_leaves_the_folder_and_the_spec_unchanged(string cancelAt)
    {
        var before = _copy.State();
        using var cancel = new CancellationTokenSource();
        var request = Sweep("cnn", "Magnitude Prune", 0.5, 0.8) with { Progress = new CancelOn(cancelAt, cancel) };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new CompressService().CompressManyAsync(request, cancel.Token));
        Assert.True(cancel.IsCancellationRequested, $"the sweep never reported \"{cancelAt}\"");
        Assert.Equal(before, _copy.State());
    }

    [Fact]
    public async Task A_value_outside_the_declared_range_is_refused_by_name_before_any_child_is_written()
    {
        var before = _copy.State();
        var error = await Assert.ThrowsAsync<BackendException>(() => new CompressService().CompressManyAsync(Sweep("cnn", "Magnitude Prune", 0.5, 1.5), default));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.Code);
        Assert.Contains("parameter \"amount\"", error.Message);
        Assert.Contains("1.5", error.Message);
        Assert.Equal(before, _copy.State());
    }

    [Fact]
    public async Task A_range_the_spec_narrows_is_the_one_enforced()
    {
        var text = File.ReadAllText(Spec);
        var document = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        var prune = document["operations"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "Magnitude Prune")!;
        prune["parameters"]!["amount"]!["max"] = 0.6;
        File.WriteAllText(Spec, document.ToJsonString());
        var error = await Assert.ThrowsAsync<BackendException>(() => new CompressService().CompressManyAsync(Sweep("cnn", "Magnitude Prune", 0.7), default));
        Assert.Contains("[0, 0.6]", error.Message);
    }

    [Fact]
    public async Task An_operation_the_spec_does_not_declare_is_added_to_its_declarations()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Spec))!.AsObject();
        var operations = document["operations"]!.AsArray();
        operations.Remove(operations.Single(o => o!["name"]!.GetValue<string>() == "Magnitude Prune"));
        File.WriteAllText(Spec, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        // The demo's own pruned models already use it: the spec warns until it is declared again.
        Assert.NotEmpty(SpecParser.Parse(Spec, File.ReadAllText(Spec), default).Diagnostics);

        await new CompressService().CompressManyAsync(Sweep("cnn", "magnitude prune", 0.5, 0.6), default);
        var summary = SpecParser.Parse(Spec, File.ReadAllText(Spec), default);
        Assert.Empty(summary.Diagnostics);
        var declared = summary.Operations.Single(o => o.Name == "Magnitude Prune");
        Assert.Equal(1, declared.Parameters.Single(p => p.Name == "amount").Max);
        Assert.Equal(["cnn-magnitudeprune", "cnn-magnitudeprune-2"], summary.Models.TakeLast(2).Select(m => m.Id));
    }

    [Fact]
    public async Task Parameters_a_declared_operation_lacks_are_added_to_its_declaration_and_nothing_else_changes()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Spec))!.AsObject();
        var prune = document["operations"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "Magnitude Prune")!.AsObject();
        var parameters = prune["parameters"]!.AsObject();
        foreach (var key in parameters.Select(p => p.Key).Where(k => k != "amount").ToList()) parameters.Remove(key);
        prune["note"] = "kept";
        File.WriteAllText(Spec, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        await new CompressService().CompressAsync(Sweep("cnn", "Magnitude Prune", 0.4), default);
        var after = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Spec))!.AsObject();
        var declared = after["operations"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "Magnitude Prune")!.AsObject();
        // The child records amount and scope (defaults included): scope is added with the catalog's options, amount is left as it was.
        Assert.Equal(["amount", "scope"], declared["parameters"]!.AsObject().Select(p => p.Key));
        Assert.Equal("ordinal", declared["parameters"]!["scope"]!["type"]!.GetValue<string>());
        Assert.Equal("kept", declared["note"]!.GetValue<string>());
        Assert.Empty(SpecParser.Parse(Spec, File.ReadAllText(Spec), default).Diagnostics);
    }

    [Fact]
    public async Task Calibrate_with_its_own_batch_size_runs_through_compress_on_an_onnx_model()
    {
        var entry = await new CompressService().CompressAsync(new CompressRequest(Spec, "cnn", "Calibrate",
            new Dictionary<string, JsonElement> { ["samples"] = JsonSerializer.SerializeToElement(64), ["batchSize"] = JsonSerializer.SerializeToElement(16) }), default);
        Assert.Equal(16, entry["operation"]!["parameters"]!["batchSize"]!.GetValue<int>());
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Spec)!, entry["artifact"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_onnx_only_model_compresses_and_says_why_a_training_operation_cannot_run_on_it()
    {
        foreach (var extension in new[] { ".dat", ".arch.json" }) File.Delete(Path.Combine(Models, "mlp" + extension));
        var entry = await new CompressService().CompressAsync(Sweep("mlp", "Magnitude Prune", 0.3), default);
        Assert.Equal(0.3, entry["metrics"]!["Sparsity"]!.GetValue<double>(), 3);

        var before = _copy.State();
        var error = await Assert.ThrowsAsync<BackendException>(() => new CompressService().CompressAsync(
            new CompressRequest(Spec, "mlp", "Fine-Tune", new Dictionary<string, JsonElement>()), default));
        Assert.Contains("TorchSharp checkpoint", error.Message);
        Assert.Contains("Magnitude Prune", error.Message);
        Assert.Equal(before, _copy.State());
    }

    [Fact]
    public async Task A_model_without_an_artifact_gets_a_clear_message()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Spec))!.AsObject();
        document["models"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["id"] = "paper", ["metrics"] = new System.Text.Json.Nodes.JsonObject() });
        File.WriteAllText(Spec, document.ToJsonString());
        var before = _copy.State();
        var error = await Assert.ThrowsAsync<BackendException>(() => new CompressService().CompressAsync(Sweep("paper", "Magnitude Prune", 0.3), default));
        Assert.Contains("Model \"paper\" has no artifact", error.Message);
        Assert.Equal(before, _copy.State());
    }

    /// <summary>Cancels when a progress message starts with <paramref name="prefix"/>.</summary>
    sealed class CancelOn(string prefix, CancellationTokenSource cancel) : IWorkProgress
    {
        public void Begin(string message) => Check(message);
        public void Report(string message, int percentage) => Check(message);
        public void End(string message) => Check(message);
        void Check(string message)
        {
            if (message.StartsWith(prefix, StringComparison.Ordinal)) cancel.Cancel();
        }
    }
}
