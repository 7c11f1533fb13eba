// Diagnose on a real third-party model, through `bench diagnose`: NuGet's ResNet-18 (a CNTK export, opset 8, IR 3, flat
// names grouped into blocks by the graph) against its copy pruned to 90%, on a few noise instances. Every block's
// restored variant must load and run (its initializers also listed as graph inputs, as IR 3 has them), and the result
// comes back ranked with the timings the benchmark reports.
using Backend.Tests.Layers.Quantized;
using Backend.Tests.ThirdParty;
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Diagnose.Bench;
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.Logging.Abstractions;

namespace Backend.Tests.Diagnose;

public sealed class ResNet18DiagnoseTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-diagnose-resnet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ResNet18Fact]
    public async Task The_pruned_resnet_blocks_are_ranked_by_recovery()
    {
        var diagnose = new DiagnoseService(new SpecService(NullLogger<SpecService>.Instance));
        var bench = await DiagnoseBenchmark.RunAsync(diagnose, Path.Combine(_folder, "bench"), ThirdPartyModels.ResNet18, 0.9, instances: 4, depth: 1,
            seed: 1, NoProgress.Instance, CancellationToken.None);
        Assert.Equal("agreement", (string?)bench["metric"]);
        Assert.Equal(4, (int)bench["instances"]!);
        var modules = (int)bench["modules"]!;
        // Depth 1 groups the flat CNTK graph's convolutions into its blocks (block0 … block8), each pruned somewhere.
        Assert.InRange(modules, 5, 12);
        Assert.Equal(2 + modules, (int)bench["evaluations"]!);
        Assert.True((double)bench["ratio"]! > 0);
        // The second diagnosis measures sensitivity too: two evaluations per module, and its own base and model again (no cache left from the first).
        Assert.Equal(2 + 2 * modules, (int)bench["sensitivity"]!["evaluations"]!);
        var top = bench["top"]!.AsArray().Select(m => (double?)m!["recovery"] ?? double.NegativeInfinity).ToList();
        Assert.All(bench["top"]!.AsArray(), m => Assert.NotNull((double?)m!["sensitivity"]));
        Assert.Equal(top.OrderDescending(), top);
        Assert.All(bench["top"]!.AsArray(), m => Assert.StartsWith("block", (string?)m!["module"]));
    }
}
