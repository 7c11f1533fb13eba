// The real third-party check of ONNX pruning: NuGet's CNTK ResNet-18 (flat names such as "Parameter91") pruned to 70%
// has exactly 70% zeros in its conv weights, every other byte of the file unchanged, runs in ONNX Runtime, and the
// probe finds the zeros as "zero only here" against the original.
// Skipped only where the NuGet fixture is absent (scripts/setup.sh restores it).
using Backend.Tests.Layers;
using Backend.Tests.Layers.Quantized;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace Backend.Tests.Compression.Onnx;

public sealed class ResNet18PruningTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The model copied into the test's folder, which the spec there may read.</summary>
    string Source() => ResNet18Features.Source(_folder);

    IReadOnlyList<OnnxPrunedWeight> Prune(string scope, string target) =>
        OnnxMagnitudePruning.Prune(Source(), _folder.File(target), _folder.File("spec.yaml"), new MagnitudePruning(0.7, scope));

    [ResNet18Fact]
    public async Task Global_pruning_to_70_percent_zeros_exactly_70_percent_of_the_conv_weights_and_nothing_else()
    {
        var pruned = Prune("global", "global.onnx");
        var target = _folder.File("global.onnx");

        var count = pruned.Sum(p => p.Count);
        Assert.Equal(ExactPruner.TargetZeros(0.7, count), pruned.Sum(p => p.Zeros));
        var weights = OnnxPruneModels.Weights(target);
        Assert.Equal(ExactPruner.TargetZeros(0.7, count), pruned.Sum(p => (long)weights[p.Name].Count(v => v == 0f)));
        // Every convolution's weight (the featurizer ends at its pooling: no Gemm or MatMul), and nothing else.
        var graph = ModelProto.Parser.ParseFrom(File.ReadAllBytes(Source())).Graph;
        Assert.Equal(graph.Node.Where(n => n.OpType == "Conv").Select(n => n.Input[1]).Order(), pruned.Select(p => p.Name).Order());
        OnnxPruneModels.AssertSameOutside(Source(), target, OnnxPruneModels.Stored(Source(), [.. pruned.Select(p => p.Name)]));
        AssertRuns(target);
        // The source is IR 3, which the checker rejects (initializers that are not graph inputs); the copy is raised to IR 4.
        OnnxChecker.AssertValid(target);

        var probe = await ProbeFiles.Probe(null, Source(), target);
        var probed = probe.Tensors.Where(t => pruned.Any(p => p.Name == (t.Stored ?? t.Name))).ToArray();
        Assert.Equal(pruned.Count, probed.Length);
        var zeroOnlyHere = probed.Sum(t => t.Models[1]!.ZeroOnlyHere!.Value * t.Params) / count;
        Assert.InRange(zeroOnlyHere, 0.699, 0.701);
    }

    [ResNet18Fact]
    public async Task Per_layer_pruning_to_70_percent_shows_each_conv_weight_70_percent_zeroed_in_the_probe()
    {
        var pruned = Prune("per-layer", "per-layer.onnx");
        var target = _folder.File("per-layer.onnx");

        Assert.All(pruned, p => Assert.Equal(ExactPruner.TargetZeros(0.7, p.Count), p.Zeros));
        AssertRuns(target);
        var probe = await ProbeFiles.Probe(null, Source(), target);
        foreach (var p in pruned)
        {
            var tensor = Assert.Single(probe.Tensors, t => (t.Stored ?? t.Name) == p.Name);
            // round(0.7·n)/n: within half a value of 70% (the base has no zeros of its own).
            Assert.Equal((double)p.Zeros / p.Count, tensor.Models[1]!.ZeroOnlyHere!.Value, 1e-12);
            Assert.InRange(tensor.Models[1]!.ZeroOnlyHere!.Value, 0.69, 0.71);
        }
    }

    /// <summary>ONNX Runtime loads the copy and computes 512 finite features for a noise image (also for the other ResNet-18 operations' tests).</summary>
    internal static void AssertRuns(string model) => ResNet18Features.Of(model);
}
