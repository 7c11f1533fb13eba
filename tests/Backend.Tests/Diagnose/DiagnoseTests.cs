// Diagnose on a classifier whose broken layer is known (DiagnoseModels): exact metrics on four instances, restored
// and compressed-alone variants for a float, a DequantizeLinear-encoded and a palettized compressed model, the CLI's output and
// order, and the requests that are refused with what to do.
using System.Text.Json;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Diagnose;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Diagnose;

public sealed class DiagnoseTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-diagnose-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    static Task<DiagnoseResult> Diagnose(DiagnoseParams request, CancellationToken cancellationToken = default) =>
        new DiagnoseService(new SpecService(NullLogger<SpecService>.Instance)).DiagnoseAsync(request, NoProgress.Instance, cancellationToken);

    [Theory]
    [InlineData(DiagnoseModels.Fc1Storage.Float)]
    [InlineData(DiagnoseModels.Fc1Storage.Int8)]
    [InlineData(DiagnoseModels.Fc1Storage.Palette)]
    public async Task Restoring_the_zeroed_layer_recovers_the_whole_gap_and_the_harmless_one_nothing(DiagnoseModels.Fc1Storage storage)
    {
        var spec = DiagnoseModels.Write(_folder, storage);
        var result = await Diagnose(new DiagnoseParams { Path = spec, BaseId = "base", ModelId = "pruned", Sensitivity = true });

        Assert.Equal(("base", "pruned", "accuracy", 4), (result.Base, result.Model, result.Metric, result.Instances));
        Assert.Equal((1.0, 0.5), (result.BaseMetric, result.ModelMetric));
        Assert.Equal(["fc1", "fc2"], result.Modules.Select(m => m.Module));
        var (fc1, fc2) = (result.Modules[0], result.Modules[1]);
        Assert.Equal((1.0, 1.0, 0.5, 0.5), (fc1.Recovery, fc1.RestoredMetric, fc1.Sensitivity, fc1.CompressedAloneMetric));
        Assert.Equal((0.0, 0.5, 0.0, 1.0), (fc2.Recovery, fc2.RestoredMetric, fc2.Sensitivity, fc2.CompressedAloneMetric));
        // fc1: its 4 weights (its bias is the same in both models); fc2: 4 weights and 2 biases.
        Assert.Equal((4L, 6L), (fc1.Params, fc2.Params));
        // Nothing left beside the spec: the variants' temporary models and scratch files are gone.
        Assert.Equal(["base.onnx", "inputs.npy", "labels.npy", "models.json", "pruned.onnx"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Depth_one_groups_modules_by_their_first_segment_and_the_sample_is_capped_by_instances()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Float);
        // Two instances: fewer than one batch, so the first two, [2, 0] (class 0) and [0, 2] (class 1); the pruned model says class 1 for both.
        var result = await Diagnose(new DiagnoseParams { Path = spec, BaseId = "base", ModelId = "pruned", Instances = 2, Depth = 1 });
        Assert.Equal(2, result.Instances);
        Assert.Equal((1.0, 0.5), (result.BaseMetric, result.ModelMetric));
        Assert.Equal(["fc1", "fc2"], result.Modules.Select(m => m.Module));
        Assert.Equal([1.0, 0.0], result.Modules.Select(m => m.Recovery!.Value));
    }

    [Fact]
    public async Task By_default_each_module_costs_one_evaluation_and_reports_recovery_alone()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Int8);
        var (result, runner) = await new DiagnoseService(new SpecService(NullLogger<SpecService>.Instance)).RunAsync(
            new DiagnoseParams { Path = spec, BaseId = "base", ModelId = "pruned" }, NoProgress.Instance, CancellationToken.None);
        Assert.Equal(2 + 2, runner.EvaluationSeconds.Count);
        Assert.Equal([1.0, 0.0], result.Modules.Select(m => m.Recovery!.Value));
        Assert.All(result.Modules, m => Assert.Equal((null, null), (m.Sensitivity, m.CompressedAloneMetric)));
    }

    [Fact]
    public async Task The_cli_prints_base_model_metric_and_modules_sorted_by_recovery_with_sensitivity_when_flagged()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Int8);
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(["diagnose", "--spec", spec, "--base", "base", "--sensitivity", "--model", "pruned", "--instances", "4"], CancellationToken.None);
        Assert.Equal(CliRunner.ExitOk, exit);
        var output = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal("base", output.GetProperty("base").GetString());
        Assert.Equal("pruned", output.GetProperty("model").GetString());
        Assert.Equal("accuracy", output.GetProperty("metric").GetString());
        var modules = output.GetProperty("modules").EnumerateArray().ToList();
        Assert.Equal(["fc1", "fc2"], modules.Select(m => m.GetProperty("module").GetString()));
        Assert.Equal([1.0, 0.0], modules.Select(m => m.GetProperty("recovery").GetDouble()));
        Assert.Equal([0.5, 0.0], modules.Select(m => m.GetProperty("sensitivity").GetDouble()));
    }

    [Theory]
    [InlineData(new[] { "--instances", "4" }, null)]
    [InlineData(new[] { "--sensitivity", "--instances", "4" }, true)]
    [InlineData(new[] { "--instances", "4", "--sensitivity" }, true)]
    [InlineData(new[] { "--sensitivity", "true", "--instances", "4" }, true)]
    [InlineData(new[] { "--sensitivity", "false", "--instances", "4" }, false)]
    public void The_cli_measures_sensitivity_only_when_asked(string[] options, bool? expected)
    {
        var request = CompressCompare.Backend.Cli.Commands.DiagnoseCommand.Request(["--spec", "s.json", "--base", "a", "--model", "b", .. options]);
        Assert.NotNull(request);
        Assert.Equal((expected, 4), (request.Value.Params.Sensitivity, request.Value.Params.Instances));
    }

    [Fact]
    public async Task A_cancelled_diagnosis_stops_and_leaves_nothing_behind()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Float);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Diagnose(new DiagnoseParams { Path = spec, BaseId = "base", ModelId = "pruned" }, cancel.Token));
        Assert.Equal(5, Directory.GetFiles(_folder).Length);
    }

    [Theory]
    [InlineData("base", "base", null, null, "both the base and the compressed model")]
    [InlineData("base", "pruned", 0, null, "between 1 and")]
    [InlineData("base", "pruned", null, 0, "depth of 1 or more")]
    [InlineData("base", "nope", null, null, "Use one of its model ids: base, pruned")]
    public async Task Bad_requests_are_refused_with_what_to_do(string baseId, string modelId, int? instances, int? depth, string expected)
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Float);
        var e = await Assert.ThrowsAsync<BackendException>(() => Diagnose(new DiagnoseParams { Path = spec, BaseId = baseId, ModelId = modelId, Instances = instances, Depth = depth }));
        Assert.Equal(RpcErrorCodes.InvalidRequest, e.Code);
        Assert.Contains(expected, $"{e.Message} {e.ErrorData?.Hint}");
    }

    [Fact]
    public async Task Two_identical_models_have_no_module_to_restore()
    {
        var spec = DiagnoseModels.Write(_folder, DiagnoseModels.Fc1Storage.Float);
        File.Copy(Path.Combine(_folder, "base.onnx"), Path.Combine(_folder, "same.onnx"));
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("""{"id": "pruned", "artifact": "pruned.onnx"}""", """{"id": "same", "artifact": "same.onnx"}"""));
        var e = await Assert.ThrowsAsync<BackendException>(() => Diagnose(new DiagnoseParams { Path = spec, BaseId = "base", ModelId = "same" }));
        Assert.Contains("differs", e.Message);
    }
}
