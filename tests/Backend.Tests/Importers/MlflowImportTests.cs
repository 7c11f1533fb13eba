// `import mlflow` from the hand-built file store in tests/fixtures/importers/mlruns: one model per active run, the
// parent run as base, params as the operation's parameters, the last step's metrics, the logged ONNX as artifact,
// and every run it left out named with a reason.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.ModelMap;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.DependencyInjection;
using static Backend.Tests.Importers.ImportWorkspace;

namespace Backend.Tests.Importers;

public sealed class MlflowImportTests
{
    [Fact]
    public async Task Each_active_run_becomes_a_model_with_a_unique_safe_id_from_its_name()
    {
        using var workspace = new ImportWorkspace();
        var result = await workspace.MlflowAsync();

        Assert.Equal((3, 3, 0), (result.Models, result.Added, result.Updated));
        Assert.Equal(workspace.Spec, result.Spec);
        Assert.Equal("baseline", (string?)workspace.ModelOfRun(ParentRun)["id"]);
        Assert.Equal("pruned-50", (string?)workspace.ModelOfRun(ChildRun)["id"]);
        // The second run named "pruned 50%" (in another experiment) keeps its name, told apart by its run id.
        Assert.Equal("pruned-50-e5f60718", (string?)workspace.ModelOfRun(QuantizedRun)["id"]);
        Assert.Equal("pruning-study", (string?)workspace.ModelOfRun(ChildRun)["tag"]);
        Assert.Equal("quantization", (string?)workspace.ModelOfRun(QuantizedRun)["tag"]);
    }

    [Fact]
    public async Task The_parent_run_is_the_base_and_params_become_typed_operation_parameters()
    {
        using var workspace = new ImportWorkspace();
        await workspace.MlflowAsync();

        var child = workspace.ModelOfRun(ChildRun);
        Assert.Equal("baseline", (string?)child["base"]);
        Assert.Equal("Prune", (string?)child["operation"]!["name"]);
        Assert.Equal(0.5, (double)child["operation"]!["parameters"]!["amount"]!);
        Assert.Equal("global", (string?)child["operation"]!["parameters"]!["scope"]);

        var parent = workspace.ModelOfRun(ParentRun);
        Assert.Null(parent["base"]);
        Assert.Equal("Run", (string?)parent["operation"]!["name"]);
        Assert.Equal(3, (long)parent["operation"]!["parameters"]!["epochs"]!);
        Assert.Equal("adam", (string?)parent["operation"]!["parameters"]!["optimizer"]);

        var quantized = workspace.ModelOfRun(QuantizedRun);
        Assert.Equal("dynamic-int8", (string?)quantized["operation"]!["name"]);
        Assert.True((bool)quantized["operation"]!["parameters"]!["per_channel"]!);
    }

    [Fact]
    public async Task Metrics_take_the_last_steps_value_and_are_declared()
    {
        using var workspace = new ImportWorkspace();
        await workspace.MlflowAsync();

        // Logged at steps 0, 2, 1: the value of step 2 wins though it is not the last line.
        Assert.Equal(0.93, (double)workspace.ModelOfRun(ParentRun)["metrics"]!["accuracy"]!);
        Assert.Equal(0.25, (double)workspace.ModelOfRun(ParentRun)["metrics"]!["eval/loss"]!);
        // Step 1's bad line is ignored; its good line at the same step is kept.
        Assert.Equal(0.91, (double)workspace.ModelOfRun(ChildRun)["metrics"]!["accuracy"]!);

        var declared = workspace.ReadSpec()["metrics"]!.AsArray().Select(m => ((string?)m!["name"], (bool)m["primary"]!, (string?)m["format"])).ToList();
        Assert.Equal([("accuracy", true, ".4~"), ("eval/loss", true, ".4~")], declared);
    }

    [Fact]
    public async Task A_logged_onnx_model_becomes_the_artifact_relative_to_the_spec()
    {
        using var workspace = new ImportWorkspace();
        await workspace.MlflowAsync();

        Assert.Equal($"mlruns/1/{ParentRun}/artifacts/model.onnx", (string?)workspace.ModelOfRun(ParentRun)["artifact"]);
        // mlflow.onnx.log_model: the MLmodel's onnx flavour names the file.
        Assert.Equal($"mlruns/2/{QuantizedRun}/artifacts/onnx_model/quantized.onnx", (string?)workspace.ModelOfRun(QuantizedRun)["artifact"]);
        Assert.Null(workspace.ModelOfRun(ChildRun)["artifact"]);
    }

    [Fact]
    public async Task A_model_file_outside_the_specs_folder_is_left_out_and_named_so_the_spec_still_opens()
    {
        using var workspace = new ImportWorkspace();
        var spec = Path.Combine(workspace.Folder, "study", "models.json");
        Directory.CreateDirectory(Path.GetDirectoryName(spec)!);
        var result = await new CompressCompare.Backend.Importers.ImportService().ImportMlflowAsync(
            new(workspace.Store, spec, null, false), CancellationToken.None);

        Assert.Equal(3, result.Models);
        var outside = Assert.Single(result.Skipped, s => s.Run == ParentRun && s.Reason.Contains("outside the spec's folder"));
        Assert.Contains("model.onnx", outside.Reason);
        Assert.DoesNotContain("\"artifact\"", File.ReadAllText(spec));
        Assert.Equal("""{"kind":"mlflow","store":"../mlruns"}""", System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(spec))!["importedFrom"]!.ToJsonString());
    }

    [Fact]
    public async Task A_spec_in_a_folder_that_does_not_exist_is_refused_with_what_to_do()
    {
        using var workspace = new ImportWorkspace();
        var spec = Path.Combine(workspace.Folder, "missing", "models.json");
        var error = await Assert.ThrowsAsync<BackendException>(() => new CompressCompare.Backend.Importers.ImportService().ImportMlflowAsync(
            new(workspace.Store, spec, null, false), CancellationToken.None));
        Assert.Contains($"its folder {Path.GetDirectoryName(spec)} does not exist", error.Message);
        Assert.False(Directory.Exists(Path.GetDirectoryName(spec)));
    }

    [Fact]
    public async Task Deleted_and_unreadable_runs_and_bad_metric_lines_are_skipped_with_located_reasons()
    {
        using var workspace = new ImportWorkspace();
        var result = await workspace.MlflowAsync();

        Assert.Contains(result.Skipped, s => s.Run == DeletedRun && s.Reason.Contains("deleted"));
        Assert.Contains(result.Skipped, s => s.Run == "experiment scratch" && s.Reason.Contains("deleted"));
        Assert.Contains(result.Skipped, s => s.Run == "0a1b2c3d4e5f60718293a4b5c6d7e8f9" && s.Reason.Contains("meta.yaml is missing"));
        var badYaml = Assert.Single(result.Skipped, s => s.Run == BadYamlRun);
        Assert.Contains($"1/{BadYamlRun}/meta.yaml line ", badYaml.Reason);
        var badLine = Assert.Single(result.Skipped, s => s.Run == ChildRun);
        Assert.Contains($"1/{ChildRun}/metrics/accuracy line 2: the value \"oops\" is not a finite number", badLine.Reason);
        var spec = workspace.ReadSpec().ToJsonString();
        Assert.DoesNotContain(DeletedRun, spec);
        Assert.DoesNotContain("scratch-run", spec);
    }

    [Fact]
    public async Task The_imported_spec_parses_without_errors_and_opens_in_the_model_map()
    {
        using var workspace = new ImportWorkspace();
        await workspace.MlflowAsync();

        var parsed = SpecParser.ParseFile(workspace.Spec, File.ReadAllBytes(workspace.Spec), CancellationToken.None, File.Exists);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        using var services = TestBackend.Services();
        var summary = await services.GetRequiredService<ModelMapService>().SummarizeAsync(workspace.Spec, null, CancellationToken.None);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(3, summary.Models.Count);
    }

    [Fact]
    public async Task Metrics_names_the_primary_metrics_and_refuses_one_no_run_logged()
    {
        using var workspace = new ImportWorkspace();
        var refused = await Assert.ThrowsAsync<BackendException>(() => workspace.MlflowAsync(metrics: ["acuracy"]));
        Assert.Contains("\"acuracy\"", refused.Message);
        Assert.Contains("accuracy, eval/loss", refused.ErrorData.Hint);
        Assert.False(File.Exists(workspace.Spec));

        await workspace.MlflowAsync(metrics: ["accuracy"]);
        var primary = workspace.ReadSpec()["metrics"]!.AsArray().ToDictionary(m => (string)m!["name"]!, m => (bool)m!["primary"]!);
        Assert.Equal(new Dictionary<string, bool> { ["accuracy"] = true, ["eval/loss"] = false }, primary);
    }

    [Fact]
    public async Task Experiment_imports_one_experiment_by_name_or_id_and_names_the_others_when_unknown()
    {
        using var workspace = new ImportWorkspace();
        var result = await workspace.MlflowAsync(experiment: "2");
        Assert.Equal(1, result.Models);
        Assert.Equal("pruned-50", (string?)workspace.ModelOfRun(QuantizedRun)["id"]);

        var unknown = await Assert.ThrowsAsync<BackendException>(() => workspace.MlflowAsync(experiment: "pruning"));
        Assert.Contains("\"pruning-study\" (1)", unknown.ErrorData.Hint);
        Assert.Contains("\"quantization\" (2)", unknown.ErrorData.Hint);
    }

    [Fact]
    public async Task A_missing_store_is_an_error_that_names_it()
    {
        using var workspace = new ImportWorkspace();
        var error = await Assert.ThrowsAsync<BackendException>(() =>
            new CompressCompare.Backend.Importers.ImportService().ImportMlflowAsync(
                new(Path.Combine(workspace.Folder, "nowhere"), workspace.Spec, null, false), CancellationToken.None));
        Assert.Contains("nowhere is not a folder", error.Message);
        Assert.False(File.Exists(workspace.Spec));
    }
}
