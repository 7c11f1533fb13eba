// The CLI's contract with scripts: one JSON object on stdout and the documented exit codes.
using System.Text.Json;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Cli;

public sealed class CliRunnerTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("cc-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static async Task<(int Exit, JsonElement Output)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        return (exit, JsonDocument.Parse(stdout.ToString()).RootElement.Clone());
    }

    [Fact]
    public async Task Summarize_prints_the_documented_fields_and_exits_0_for_a_valid_spec()
    {
        var (exit, output) = await Run("summarize", RepoPaths.Of("tests/fixtures/specs/upstream.models.json"));
        Assert.Equal(CliRunner.ExitOk, exit);
        foreach (var field in new[] { "models", "metrics", "operations", "roots", "layout", "diagnostics" })
            Assert.True(output.TryGetProperty(field, out _), $"missing {field}");
        var model = output.GetProperty("models")[0];
        foreach (var field in new[] { "id", "base", "operation", "tag", "metrics" })
            Assert.True(model.TryGetProperty(field, out _), $"model misses {field}");
        var metric = output.GetProperty("metrics")[1];
        Assert.Equal("Latency", metric.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, metric.GetProperty("max").ValueKind);
        Assert.True(metric.GetProperty("primary").GetBoolean());
        Assert.Equal("ms", metric.GetProperty("unit").GetString());
        Assert.Equal(["base"], output.GetProperty("roots").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Summarize_exits_1_and_still_prints_every_model_and_diagnostic_when_the_spec_has_errors()
    {
        var path = Path.Combine(_dir, "models.json");
        File.WriteAllText(path, """{"metrics": [{"name": "acc"}], "models": [{"id": "a"}, {"id": "b", "base": "nope"}, {"id": "c", "base": "a"}]}""");
        var (exit, output) = await Run("summarize", path);
        Assert.Equal(CliRunner.ExitSpecErrors, exit);
        Assert.Equal(3, output.GetProperty("models").GetArrayLength());
        var diagnostic = Assert.Single(output.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("unknown-base", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Summarize_of_a_missing_file_exits_2_with_an_error_object_and_a_hint()
    {
        var (exit, output) = await Run("summarize", Path.Combine(_dir, "missing.json"));
        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Contains("does not exist", output.GetProperty("error").GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(output.GetProperty("error").GetProperty("hint").GetString()));
    }

    [Fact]
    public async Task Relative_paths_resolve_against_the_working_directory()
    {
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = RepoPaths.Root;
            var (exit, output) = await Run("summarize", "tests/fixtures/specs/upstream.models.json");
            Assert.Equal(CliRunner.ExitOk, exit);
            Assert.Equal(RepoPaths.Of("tests/fixtures/specs/upstream.models.json"), output.GetProperty("path").GetString());
        }
        finally { Environment.CurrentDirectory = previous; }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("summarize")]
    [InlineData("summarize", "a.json", "b.json")]
    public async Task Unknown_commands_and_wrong_arguments_exit_2_listing_the_commands(params string[] args)
    {
        var (exit, output) = await Run(args);
        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Contains("summarize <spec.json>", output.GetProperty("error").GetProperty("hint").GetString());
    }
}
