// Channel Prune on a real third-party model: NuGet's CNTK ResNet-18 at amount 0.5 loses half the channels of each
// residual block's first convolution (the only convolutions whose output does not reach a residual Add), the file shrinks, the
// report says why the others were left whole, ONNX Runtime runs the result, and the ONNX checker accepts it.
// Skipped only where the NuGet fixture is absent (scripts/setup.sh restores it).
using Backend.Tests.Layers.Quantized;
using Backend.Tests.Models.Onnx;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace Backend.Tests.Compression.Onnx;

public sealed class ResNet18ChannelPruneTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [ResNet18Fact]
    public void Pruning_half_the_channels_makes_resnet18_smaller_and_it_still_runs()
    {
        var source = _folder.File("resnet18.onnx");
        File.Copy(ThirdPartyModels.ResNet18, source);
        var target = _folder.File("pruned.onnx");

        var report = new ChannelPruning(0.5).Apply(new OnnxCompressionInput(source, target, _folder.File("spec.yaml")), default);

        var before = ModelProto.Parser.ParseFrom(File.ReadAllBytes(source)).Graph;
        var after = ModelProto.Parser.ParseFrom(File.ReadAllBytes(target)).Graph;
        var pruned = report.Weights.Where(w => w.Change.StartsWith("output channels:")).Select(w => w.Name).ToArray();
        // One per residual block (this export has nine): the first convolution, whose output reaches only BN, ReLU and the second.
        Assert.Equal(9, pruned.Length);
        foreach (var name in pruned)
            Assert.Equal(before.Initializer.Single(i => i.Name == name).Dims[0] / 2, after.Initializer.Single(i => i.Name == name).Dims[0]);
        Assert.All(report.Weights.Where(w => w.Change.StartsWith("output channels kept")), w => Assert.Matches("reaches Add node|is read by 2 nodes|graph output", w.Change));
        Assert.True(new FileInfo(target).Length < new FileInfo(source).Length * 0.8, "the pruned model is not markedly smaller");
        Assert.Equal(before.Node.Count, after.Node.Count);

        ResNet18PruningTests.AssertRuns(target);
        OnnxChecker.AssertValid(target);
    }
}
