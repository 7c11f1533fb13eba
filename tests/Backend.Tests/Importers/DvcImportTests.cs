// `import dvc` from `dvc exp show --json` output in DVC 3's shape (tests/fixtures/importers/dvc-exp-show.json):
// the baseline commit and each successful experiment become models, experiments based on the baseline.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Importers;

public sealed class DvcImportTests
{
    const string Main = "9f1c2ab34d5e6f708192a3b4c5d6e7f8091a2b3c";
    const string BoldOaks = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";

    [Fact]
    public async Task The_baseline_and_each_successful_experiment_become_models_based_on_it()
    {
        using var workspace = new ImportWorkspace();
        var result = await workspace.DvcAsync();

        Assert.Equal((3, 3), (result.Models, result.Added));
        Assert.Equal(["main", "bold-oaks", "warm-lake"], workspace.ReadSpec()["models"]!.AsArray().Select(m => (string?)m!["id"]));
        Assert.Null(workspace.ModelOfRun(Main)["base"]);
        Assert.Equal("main", (string?)workspace.ModelOfRun(BoldOaks)["base"]);
        Assert.Equal("main", (string?)workspace.ModelOfRun(BoldOaks)["tag"]);
    }

    [Fact]
    public async Task Nested_params_and_metrics_are_flattened_as_dvc_names_them()
    {
        using var workspace = new ImportWorkspace();
        await workspace.DvcAsync();

        var experiment = workspace.ModelOfRun(BoldOaks);
        Assert.Equal("magnitude", (string?)experiment["operation"]!["name"]);
        Assert.Equal(0.5, (double)experiment["operation"]!["parameters"]!["prune.amount"]!);
        Assert.Equal(10, (int)experiment["operation"]!["parameters"]!["train.epochs"]!);
        Assert.Equal(0.91, (double)experiment["metrics"]!["acc"]!);
        // The same name in a second metrics file is told apart by its file, as DVC's table does.
        Assert.Equal(0.9, (double)experiment["metrics"]!["eval/extra.json:acc"]!);
        Assert.Equal(22.4, (double)experiment["metrics"]!["size_mb"]!);
    }

    [Fact]
    public async Task The_workspace_failed_experiments_and_non_numeric_metrics_are_skipped_with_reasons()
    {
        using var workspace = new ImportWorkspace();
        var result = await workspace.DvcAsync();

        Assert.Contains(result.Skipped, s => s.Run == "workspace");
        Assert.Contains(result.Skipped, s => s.Run == "shy-cove" && s.Reason.Contains("failed"));
        Assert.Contains(result.Skipped, s => s.Run == "tidy-fern" && s.Reason.Contains("stage 'train' failed"));
        Assert.Contains(result.Skipped, s => s.Run == "main" && s.Reason.Contains("metric \"notes\""));
        var parsed = SpecParser.ParseFile(workspace.Spec, File.ReadAllBytes(workspace.Spec), CancellationToken.None);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Refreshing_from_the_same_file_changes_nothing()
    {
        using var workspace = new ImportWorkspace();
        await workspace.DvcAsync();
        var first = File.ReadAllText(workspace.Spec);

        var again = await workspace.DvcAsync();

        Assert.Equal((3, 0, 0), (again.Models, again.Added, again.Updated));
        Assert.Equal(first, File.ReadAllText(workspace.Spec));
    }

    [Theory]
    [InlineData("[\n  {\"rev\": \"abc\",\n", "not valid JSON (line 3")]
    [InlineData("{\"workspace\": {\"baseline\": {}}}", "the shape DVC 2 printed")]
    [InlineData("42", "not a list of commits")]
    public async Task Malformed_input_is_refused_with_what_is_wrong_and_nothing_is_written(string json, string expected)
    {
        using var workspace = new ImportWorkspace();
        File.WriteAllText(workspace.ExpShow, json);
        var error = await Assert.ThrowsAsync<BackendException>(() => workspace.DvcAsync());
        Assert.Contains(expected, error.Message);
        Assert.False(File.Exists(workspace.Spec));
    }
}
