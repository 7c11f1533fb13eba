// `compare <spec> --base A --models B,C`: the JSON shape the issue promises to scripts.
using System.Text.Json;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Behaviors;

public sealed class CompareCliTests
{
    static async Task<(int Exit, JsonElement Output)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var runner = TestBackend.Cli(stdout, BehaviorSpecFolder.Outputs());
        var exit = await runner.RunAsync(args, CancellationToken.None);
        return (exit, JsonDocument.Parse(stdout.ToString()).RootElement.Clone());
    }

    static void HasStats(JsonElement stats)
    {
        foreach (var field in new[] { "accuracy", "agreement", "meanKl", "relativeErrorChange" })
            Assert.True(stats.TryGetProperty(field, out _), $"missing {field} in {stats}");
    }

    [Fact]
    public async Task Compare_prints_base_overall_classes_subgroups_and_exemplars()
    {
        using var folder = new BehaviorSpecFolder();
        var (exit, output) = await Run("compare", folder.Spec, "--base", "A", "--models", "B,C");
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Equal("A", output.GetProperty("base").GetString());

        var overall = output.GetProperty("overall");
        Assert.Equal(["A", "B", "C"], overall.EnumerateObject().Select(p => p.Name));
        foreach (var model in overall.EnumerateObject()) HasStats(model.Value);
        Assert.Equal(1.0, overall.GetProperty("A").GetProperty("agreement").GetDouble());
        Assert.Equal(1.0, overall.GetProperty("B").GetProperty("relativeErrorChange").GetDouble());

        var cat = output.GetProperty("classes")[0];
        Assert.Equal(("cat", 3), (cat.GetProperty("class").GetString(), cat.GetProperty("count").GetInt32()));
        HasStats(cat.GetProperty("models").GetProperty("B"));

        var subgroup = output.GetProperty("subgroups")[0];
        Assert.Equal(("g", "x", 3), (subgroup.GetProperty("attribute").GetString(), subgroup.GetProperty("value").GetString(), subgroup.GetProperty("count").GetInt32()));
        // Base without errors, model with some: unbounded, printed as null.
        Assert.Equal(JsonValueKind.Null, subgroup.GetProperty("models").GetProperty("B").GetProperty("relativeErrorChange").ValueKind);

        var exemplar = output.GetProperty("exemplars")[0];
        Assert.Equal((1, 1, "cat"), (exemplar.GetProperty("instance").GetInt32(), exemplar.GetProperty("flips").GetInt32(), exemplar.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Compare_with_an_unknown_model_exits_2_with_a_hint()
    {
        using var folder = new BehaviorSpecFolder();
        var (exit, output) = await Run("compare", folder.Spec, "--base", "A", "--models", "B,nope");
        Assert.Equal(CliRunner.ExitFailure, exit);
        Assert.Contains("nope", output.GetProperty("error").GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(output.GetProperty("error").GetProperty("hint").GetString()));
    }

    [Fact]
    public async Task Bench_compare_prints_the_timings_of_the_requested_size()
    {
        var (exit, output) = await Run("bench", "compare", "--instances", "2000", "--models", "3", "--classes", "4");
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Equal((2000, 3, 4), (output.GetProperty("instances").GetInt32(), output.GetProperty("models").GetInt32(), output.GetProperty("classes").GetInt32()));
        Assert.True(output.GetProperty("totalMs").GetDouble() > 0);
        Assert.Equal(100, output.GetProperty("exemplars").GetInt32());
    }
}
