// The import commands as the CLI runs them: one JSON object on stdout with the spec, counts and skipped runs;
// a missing required option is a usage error.
using System.Text.Json;
using CompressCompare.Backend.Cli;

namespace Backend.Tests.Importers;

public sealed class ImportCliTests
{
    [Fact]
    public async Task Import_mlflow_prints_the_spec_counts_and_skipped_runs()
    {
        using var workspace = new ImportWorkspace();
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(
            ["import", "mlflow", "--store", workspace.Store, "--out", workspace.Spec, "--metrics", "accuracy"], CancellationToken.None);

        Assert.Equal(CliRunner.ExitOk, exit);
        var printed = JsonDocument.Parse(stdout.ToString()).RootElement;
        Assert.Equal(workspace.Spec, printed.GetProperty("spec").GetString());
        Assert.Equal((3, 3, 0), (printed.GetProperty("models").GetInt32(), printed.GetProperty("added").GetInt32(), printed.GetProperty("updated").GetInt32()));
        Assert.Contains(printed.GetProperty("skipped").EnumerateArray(), s => s.GetProperty("run").GetString() == ImportWorkspace.DeletedRun);
    }

    [Fact]
    public async Task Import_dvc_with_force_on_a_foreign_spec_prints_what_it_added()
    {
        using var workspace = new ImportWorkspace();
        File.WriteAllText(workspace.Spec, """{"models": []}""");
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(
            ["import", "dvc", "--input", workspace.ExpShow, "--out", workspace.Spec, "--force"], CancellationToken.None);

        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Equal(3, JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("added").GetInt32());
    }

    [Theory]
    [InlineData("mlflow", "--store")]
    [InlineData("dvc", "--input")]
    public async Task A_missing_out_is_a_usage_error(string kind, string sourceFlag)
    {
        using var workspace = new ImportWorkspace();
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(["import", kind, sourceFlag, workspace.Folder], CancellationToken.None);

        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Equal("usage", JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(File.Exists(workspace.Spec));
    }
}
