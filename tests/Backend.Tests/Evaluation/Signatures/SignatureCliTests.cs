// `evaluate <spec>` through the CLI on a two-input text-classifier-like model: the JSON a script reads, then
// the cache on the second run; and the refusal as that model's error with exit code 1.
using System.Text.Json;
using CompressCompare.Backend.Cli;

namespace Backend.Tests.Evaluation.Signatures;

public sealed class SignatureCliTests
{
    static async Task<(int Exit, JsonElement Output)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        return (exit, JsonDocument.Parse(stdout.ToString()).RootElement.Clone());
    }

    [Fact]
    public async Task Evaluate_runs_a_two_input_model_from_named_arrays_and_reads_it_back_from_the_cache()
    {
        using var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", SignatureModels.IdsAndMask());
        SignatureModels.WriteNpy<long>(workspace.File("ids.npy"), "<i8", [1, 2, 3, 4, 5, 6, 0, 0, 9], 3, 3);
        SignatureModels.WriteNpy<byte>(workspace.File("mask.npy"), "|b1", [1, 1, 0, 1, 0, 1, 1, 1, 1], 3, 3);
        // Logits [1, 2], [10, -6], [9, -9]: predicted 1, 0, 0; the last label is wrong on purpose.
        workspace.WriteSpec([1, 0, 1], """[{"id": "m", "artifact": "m.onnx"}]""",
            """ "inputs": {"input_ids": "ids.npy", "attention_mask": "mask.npy"} """);

        var (exit, output) = await Run("evaluate", workspace.Spec);
        Assert.Equal(CliRunner.ExitOk, exit);
        var model = Assert.Single(output.GetProperty("models").EnumerateArray().ToList());
        Assert.Equal(3, model.GetProperty("instances").GetInt32());
        Assert.Equal(2 / 3.0, model.GetProperty("accuracy").GetDouble(), 6);
        Assert.False(model.GetProperty("cached").GetBoolean());

        (exit, output) = await Run("evaluate", workspace.Spec);
        Assert.Equal(CliRunner.ExitOk, exit);
        Assert.True(output.GetProperty("models")[0].GetProperty("cached").GetBoolean());
    }

    [Fact]
    public async Task Evaluate_reports_an_input_it_cannot_feed_as_the_model_error_and_exits_1()
    {
        using var workspace = new SignatureWorkspace();
        workspace.Model("m.onnx", SignatureModels.IdsAndMask());
        SignatureModels.WriteNpy<double>(workspace.File("ids.npy"), "<f8", [1, 2, 3], 1, 3);
        SignatureModels.WriteNpy<byte>(workspace.File("mask.npy"), "|b1", [1, 1, 1], 1, 3);
        workspace.WriteSpec([0], """[{"id": "m", "artifact": "m.onnx"}]""",
            """ "inputs": {"input_ids": "ids.npy", "attention_mask": "mask.npy"} """);

        var (exit, output) = await Run("evaluate", workspace.Spec);
        Assert.Equal(CliRunner.ExitSpecErrors, exit);
        Assert.Contains("input \"input_ids\" is int64[batch, 3], but the dataset gives float64[1, 3]", output.GetProperty("models")[0].GetProperty("error").GetString());
        Assert.Empty(workspace.CacheFiles());
    }
}
