// Write or refresh: a spec an importer wrote from the same source is refreshed (runs updated by run id, new runs
// appended, the user's models and fields kept); any other spec is refused unless --force.
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Importers.ImportWorkspace;

namespace Backend.Tests.Importers;

public sealed class ImportRefreshTests
{
    [Fact]
    public async Task The_spec_is_marked_with_its_importer_and_source_and_the_parser_ignores_the_mark()
    {
        using var workspace = new ImportWorkspace();
        await workspace.MlflowAsync();

        Assert.Equal("""{"kind":"mlflow","store":"mlruns"}""", workspace.ReadSpec()["importedFrom"]!.ToJsonString());
        var parsed = SpecParser.ParseFile(workspace.Spec, File.ReadAllBytes(workspace.Spec), CancellationToken.None);
        Assert.Empty(parsed.Diagnostics);
    }

    [Fact]
    public async Task A_refresh_updates_runs_in_place_and_keeps_hand_added_models_and_unknown_fields()
    {
        using var workspace = new ImportWorkspace();
        await workspace.MlflowAsync();
        var spec = workspace.ReadSpec();
        spec["notes"] = "reviewed";
        var baseline = spec["models"]!.AsArray().OfType<JsonObject>().Single(m => (string?)m["importedRun"] == ParentRun);
        baseline["comment"] = "keep me";
        baseline["id"] = "fp32";
        spec["models"]!.AsArray().OfType<JsonObject>().Single(m => (string?)m["importedRun"] == ChildRun)["base"] = "fp32";
        spec["models"]!.AsArray().Add(new JsonObject { ["id"] = "by-hand", ["base"] = "fp32", ["metrics"] = new JsonObject { ["accuracy"] = 0.5 } });
        workspace.WriteSpec(spec);
        // The baseline logs one more step.
        File.AppendAllText(Path.Combine(workspace.Store, "1", ParentRun, "metrics", "accuracy"), "1733000104000 0.95 3\n");

        var result = await workspace.MlflowAsync();

        Assert.Equal((4, 0, 1), (result.Models, result.Added, result.Updated));
        var refreshed = workspace.ReadSpec();
        Assert.Equal("reviewed", (string?)refreshed["notes"]);
        var model = workspace.ModelOfRun(ParentRun);
        Assert.Equal(("fp32", "keep me", 0.95), ((string?)model["id"], (string?)model["comment"], (double)model["metrics"]!["accuracy"]!));
        Assert.Equal("fp32", (string?)workspace.ModelOfRun(ChildRun)["base"]);
        Assert.Contains(refreshed["models"]!.AsArray(), m => (string?)m!["id"] == "by-hand");
        var parsed = SpecParser.ParseFile(workspace.Spec, File.ReadAllBytes(workspace.Spec), CancellationToken.None);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task A_spec_the_user_wrote_is_refused_without_force_and_left_as_it_was()
    {
        using var workspace = new ImportWorkspace();
        const string Mine = """{"metrics": [{"name": "accuracy"}], "models": [{"id": "mine", "metrics": {"accuracy": 0.7}}]}""";
        File.WriteAllText(workspace.Spec, Mine);

        var refused = await Assert.ThrowsAsync<BackendException>(() => workspace.MlflowAsync());
        Assert.Equal(RpcErrorCodes.SpecNotWritable, refused.Code);
        Assert.Contains("was not written by an importer", refused.Message);
        Assert.Contains("--force", refused.ErrorData.Hint);
        Assert.Equal(Mine, File.ReadAllText(workspace.Spec));

        var forced = await workspace.MlflowAsync(force: true);
        Assert.Equal((4, 3), (forced.Models, forced.Added));
        Assert.Contains(workspace.ReadSpec()["models"]!.AsArray(), m => (string?)m!["id"] == "mine");
        // Its own declaration of accuracy stays as it was; only eval/loss is added.
        Assert.Equal(["accuracy", "eval/loss"], workspace.ReadSpec()["metrics"]!.AsArray().Select(m => (string?)m!["name"]));
    }

    [Fact]
    public async Task A_spec_imported_from_another_source_is_refused_without_force()
    {
        using var workspace = new ImportWorkspace();
        await workspace.DvcAsync();
        var before = File.ReadAllText(workspace.Spec);

        var refused = await Assert.ThrowsAsync<BackendException>(() => workspace.MlflowAsync());
        Assert.Contains("""imported from {"kind":"dvc","input":"dvc-exp-show.json"}""", refused.Message);
        Assert.Equal(before, File.ReadAllText(workspace.Spec));
    }

    [Fact]
    public async Task A_spec_that_is_not_json_is_refused_with_its_line_even_with_force()
    {
        using var workspace = new ImportWorkspace();
        File.WriteAllText(workspace.Spec, "{\n  \"models\": [\n    {\"id\": }\n  ]\n}\n");
        var refused = await Assert.ThrowsAsync<BackendException>(() => workspace.MlflowAsync(force: true));
        Assert.Contains("not valid JSON (line 3", refused.Message);
    }
}
