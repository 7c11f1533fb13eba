// A PyTorch state dict against its ONNX export (tests/fixtures/torch-export, written by make_fixtures.py with torch
// 1.13: eval mode, do_constant_folding=True), which folds each BatchNorm into its Conv and names the folded weights
// "onnx::Conv_N": the Conv weights match by graph position and shape, the BatchNorm tensors and the biases folding
// made are unmatched with the folding as reason, and nothing else is unmatched; then the real CNTK ResNet-18, whose
// weights are all flat names, named and grouped from its graph.
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Layers;
using CompressCompare.Protocol.Layers;

namespace Backend.Tests.Layers.Naming;

public sealed class CrossFormatMatchingTests
{
    static string Fixture(string name) => RepoPaths.Of(Path.Combine("tests", "fixtures", "torch-export", name));

    static readonly string[] BatchNorms = ["bn1", "layer1.0.bn1", "layer1.0.bn2"];
    static readonly string[] BatchNormTensors = ["weight", "bias", "running_mean", "running_var", "num_batches_tracked"];

    [Fact]
    public async Task A_state_dict_matches_its_folded_onnx_export_by_position_and_reports_only_the_folding()
    {
        var result = await ProbeFiles.Probe(null, Fixture("resnet_tiny.pt"), Fixture("resnet_tiny.onnx"));
        var byName = result.Tensors.ToDictionary(t => t.Name);
        Assert.Equal([null, "onnx::Conv_35"], byName["conv1.weight"].MatchedAs);
        Assert.Equal([null, "onnx::Conv_38"], byName["layer1.0.conv1.weight"].MatchedAs);
        Assert.Equal([null, "onnx::Conv_41"], byName["layer1.0.conv2.weight"].MatchedAs);
        // Folding scaled the Conv weights by the BatchNorm's gamma / sqrt(var + eps): matched, and measured as changed.
        Assert.True(byName["conv1.weight"].Models[1]!.RelL2 > 0);
        Assert.Null(byName["fc.weight"].MatchedAs);
        Assert.NotNull(byName["fc.bias"].Models[1]);

        var folded = string.Format(TensorMatching.FoldedBatchNorm, "this model");
        var expected = BatchNorms.SelectMany(bn => BatchNormTensors.Select(t => ($"{bn}.{t}", folded)))
            .Concat(new[] { ("conv1", 36), ("layer1.0.conv1", 39), ("layer1.0.conv2", 42) }
                .Select(c => ($"{c.Item1} (Conv).B [onnx::Conv_{c.Item2}]", string.Format(TensorMatching.FoldedConvBias, "the base"))));
        Assert.Equal(expected.Order(), result.Unmatched.Select(u => (u.Name, u.Reason)).Order());
        Assert.All(result.Unmatched, u => Assert.Equal("resnet_tiny.onnx", u.Model));

        var types = result.Modules.ToDictionary(m => m.Name, m => m.Type);
        Assert.Equal("Conv", types["conv1"]);
        Assert.Equal("Linear", types["fc"]);
    }

    [Fact]
    public async Task The_onnx_export_as_base_names_rows_from_its_graph_and_matches_the_state_dict_back()
    {
        var result = await ProbeFiles.Probe(null, Fixture("resnet_tiny.onnx"), Fixture("resnet_tiny.pt"));
        var conv = result.Tensors.Single(t => t.Stored == "onnx::Conv_38");
        Assert.Equal("layer1.0.conv1 (Conv).W", conv.Name);
        Assert.Equal("layer1.0.conv1", conv.Module);
        Assert.Equal([null, "layer1.0.conv1.weight"], conv.MatchedAs);
        Assert.Equal(18, result.Unmatched.Count);
        Assert.All(result.Unmatched, u => Assert.StartsWith(u.Name.Contains("(Conv).B") ? "a Conv bias" : "an exporter folded", u.Reason));
        Assert.Equal("Residual block", result.Modules.Single(m => m.Name == "layer1.0").Type);
    }

    [Fact]
    public async Task The_cntk_resnet18_is_named_and_grouped_into_residual_blocks_from_its_graph()
    {
        var result = await ProbeFiles.Probe(null, ThirdPartyModels.ResNet18);
        Assert.Empty(result.Unmatched);
        Assert.All(result.Tensors, t => Assert.NotNull(t.Stored));
        var first = result.Tensors.Single(t => t.Stored == "Parameter91");
        Assert.Equal("Convolution249 (Conv).W", first.Name);
        Assert.Equal("block0.Convolution249", first.Module);
        Assert.Equal("BatchNormalization251 (BatchNormalization).input_mean", result.Tensors.Single(t => t.Stored == "Constant98").Name);

        var modules = result.Modules;
        // The graph has 9 residual Adds (CNTK's model has three blocks at 512 channels), 22 Conv and 22 BatchNormalization nodes.
        Assert.Equal(9, modules.Count(m => m.Type == "Residual block" && m.Parent == ""));
        Assert.Equal(22, modules.Count(m => m.Type == "Conv"));
        Assert.Equal(22, modules.Count(m => m.Type == "BatchNorm"));
        // Every weighted node sits in a block, not at the top level: the tree is not flat.
        Assert.All(modules.Where(m => m.Type is "Conv" or "BatchNorm"), m => Assert.StartsWith("block", m.Parent));
    }
}
