// Probing the digits demo's real models: pruning shows as sparsity, int8 and palettized ONNX models match their
// parent tensor by tensor, TorchSharp .dat files read without libtorch, and the CLI and RPC give the same result.
using Backend.Tests.Demo;
using System.Text.Json;
using Backend.Tests.Rpc;
using CompressCompare.Backend.Cli;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Layers;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging.Abstractions;
using StreamJsonRpc;

namespace Backend.Tests.Layers;

[Collection(TorchSharpTests.Name)]
public sealed class DemoProbeTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    // The layers global magnitude pruning acts on (biases and batch norms are left alone).
    static readonly string[] PrunedWeights = ["features.0.weight", "features.4.weight", "features.8.weight", "classifier.0.weight", "classifier.2.weight"];

    string Model(string id, string extension = ".onnx") => Path.Combine(demo.Folder, "models", id + extension);

    [Fact]
    public async Task Pruned_layers_are_as_sparse_as_the_pruning_amount_and_the_rest_unchanged()
    {
        var result = await ProbeFiles.Probe(null, Model("cnn"), Model("cnn-prune50"), Model("cnn-prune90"));
        foreach (var (model, amount) in new[] { (1, 0.5), (2, 0.9) })
        {
            var pruned = result.Tensors.Where(t => PrunedWeights.Contains(t.Name)).ToList();
            var zeros = pruned.Sum(t => t.Models[model]!.Sparsity * t.Params);
            Assert.Equal(amount, zeros / pruned.Sum(t => t.Params), 2);
            Assert.All(result.Tensors.Where(t => !PrunedWeights.Contains(t.Name)), t => Assert.Equal(0, t.Models[model]!.Changed));
            // Every changed value of a pruned layer was zeroed.
            var zeroed = result.ChangeBands.ToList().IndexOf("zeroed");
            Assert.All(pruned, t => Assert.Equal(t.Models[model]!.Changed * t.Params, t.Models[model]!.ChangeHistograms[zeroed].Sum(), 6));
        }
        Assert.Empty(result.Unmatched);
        Assert.True(result.Modules[0].Models[2]!.Sparsity > result.Modules[0].Models[1]!.Sparsity);
    }

    [Fact]
    public async Task Int8_and_palettized_models_match_their_parent_within_the_quantization_step()
    {
        var result = await ProbeFiles.Probe(null, Model("cnn"), Model("cnn-int8"), Model("cnn-pal4"));
        Assert.Empty(result.Unmatched);
        Assert.Contains(result.Tensors, t => t.Name == "features.4.weight");
        var large = result.ChangeBands.ToList().IndexOf("> 10%");
        foreach (var tensor in result.Tensors.Where(t => PrunedWeights.Contains(t.Name)))
        {
            var (int8, palette) = (tensor.Models[1]!, tensor.Models[2]!);
            // int8 rounds each value to within half a step of max|w| / 127 (< 1% of the largest magnitude).
            Assert.InRange(int8.RelL2!.Value, 1e-6, 0.02);
            Assert.Equal(0, int8.ChangeHistograms[large].Sum());
            // 16 shared values per layer: coarser, still close.
            Assert.InRange(palette.RelL2!.Value, 1e-6, 0.2);
        }
    }

    [Fact]
    public async Task TorchSharp_state_dicts_read_the_same_weights_as_the_exported_onnx()
    {
        var result = await ProbeFiles.Probe(null, Model("cnn", ".dat"), Model("cnn"));
        Assert.All(result.Tensors, t => Assert.Equal(0, t.Models[1]!.Changed));
        Assert.Contains(result.Tensors, t => t.Name == "classifier.0.weight" && t.Shape.SequenceEqual([64L, 128]));
        // Batch-norm step counters are state-dict entries that ONNX export drops: reported, not silently lost.
        Assert.All(result.Unmatched, u => Assert.EndsWith("num_batches_tracked", u.Name));
        Assert.NotEmpty(result.Unmatched);
    }

    static async Task<JsonElement> Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await TestBackend.Cli(stdout).RunAsync(args, CancellationToken.None);
        Assert.Equal(CliRunner.ExitOk, exit);
        return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }

    [Fact]
    public async Task Probe_cli_prints_the_issue_s_json_shape_from_files_and_from_a_spec()
    {
        var fromFiles = await Cli("probe", Model("cnn"), Model("cnn-prune50"), "--bins", "8");
        var fromSpec = await Cli("probe", "--spec", demo.Report.Spec, "--base", "cnn", "--models", "cnn-prune50", "--bins", "8");
        foreach (var output in new[] { fromFiles, fromSpec })
        {
            var tensor = output.GetProperty("tensors")[0];
            foreach (var field in new[] { "name", "module", "shape", "params", "models" }) Assert.True(tensor.TryGetProperty(field, out _), field);
            Assert.Equal(2, tensor.GetProperty("models").GetArrayLength());
            var stats = tensor.GetProperty("models")[1];
            foreach (var field in new[] { "sparsity", "min", "max", "mean", "std", "relL2" }) Assert.True(stats.TryGetProperty(field, out _), field);
            Assert.Equal(8, stats.GetProperty("histogram").GetArrayLength());
            Assert.Equal(JsonValueKind.Array, output.GetProperty("unmatched").ValueKind);
        }
        Assert.Equal(["cnn", "cnn-prune50"], fromSpec.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(fromFiles.GetProperty("tensors").ToString(), fromSpec.GetProperty("tensors").ToString());
    }

    [Fact]
    public async Task Layers_probe_over_rpc_answers_in_camel_case_and_errors_name_the_model()
    {
        using var rpc = new InProcessRpc();
        var client = rpc.Client;

        var result = await client.InvokeWithParameterObjectAsync<ProbeResult>(RpcMethods.LayersProbe,
            new ProbeParams { Path = demo.Report.Spec, BaseId = "mlp", ModelIds = ["mlp-prune90"], Bins = 16 });
        Assert.Equal(["mlp", "mlp-prune90"], result.Models);
        Assert.Equal(16, result.Tensors[0].Models[0]!.Histogram.Count);
        Assert.True(result.Modules[0].Models[1]!.Sparsity > 0.5);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.InvokeWithParameterObjectAsync<ProbeResult>(RpcMethods.LayersProbe,
            new ProbeParams { Path = demo.Report.Spec, BaseId = "mlp", ModelIds = ["no-such-model"] }));
        Assert.Equal(RpcErrorCodes.InvalidRequest, error.ErrorCode);
        Assert.Contains("no-such-model", error.Message);
    }
}
