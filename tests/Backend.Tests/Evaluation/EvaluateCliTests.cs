// `evaluate <spec> [--models a,b]` on the demo: the JSON scripts read and the exit codes they test.
using Backend.Tests.Demo;
using System.Text.Json;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Evaluation;

[Collection(EvaluationDemo.Name)]
public sealed class EvaluateCliTests(DemoFixture demo)
{
    static async Task<(int Exit, JsonElement Output)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        return (exit, JsonDocument.Parse(stdout.ToString()).RootElement.Clone());
    }

    [Fact]
    public async Task Evaluate_prints_each_model_and_exits_1_when_one_fails_then_0_from_the_cache()
    {
        using var workspace = new DemoWorkspace(demo, [("cnn", "models/cnn.onnx"), ("mlp", "models/mlp.onnx")]);
        var (exit, output) = await Run("evaluate", workspace.Spec, "--models", "cnn,nope");
        Assert.Equal(CliRunner.ExitSpecErrors, exit);
        var models = output.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(["cnn", "nope"], models.Select(m => m.GetProperty("modelId").GetString()));
        Assert.Equal(450, models[0].GetProperty("instances").GetInt32());
        Assert.InRange(models[0].GetProperty("accuracy").GetDouble(), 0.9, 1);
        Assert.True(models[0].GetProperty("seconds").GetDouble() > 0);
        Assert.Contains("not in the spec", models[1].GetProperty("error").GetString());

        (exit, output) = await Run("evaluate", workspace.Spec);
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.Equal([true, false], output.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("cached").GetBoolean()));
    }
}
