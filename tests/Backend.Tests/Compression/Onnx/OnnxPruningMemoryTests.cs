// The ONNX pruner holds a few tensors, never the model: on a generated 24-tensor model, everything it allocates while
// pruning (counted by the runtime, per thread) stays within a few tensors' worth, where reading all weights up front
// would take the whole model's.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Layers.Bench;

namespace Backend.Tests.Compression.Onnx;

public sealed class OnnxPruningMemoryTests
{
    const int Tensors = 24, Side = 512;
    const long TensorBytes = Side * Side * sizeof(float);

    [Theory]
    [InlineData("global")]
    [InlineData("per-layer")]
    public void Pruning_allocates_a_few_tensors_not_the_model(string scope)
    {
        using var folder = new OnnxTestFolder();
        var source = folder.File("generated.onnx");
        OnnxWeightsWriter.Write(source, [.. Enumerable.Range(0, Tensors).Select(t => ($"layer{t}.weight", new long[] { Side, Side }))],
            (t, values) =>
            {
                var random = new Random(t);
                for (var i = 0; i < values.Length; i++) values[i] = random.NextSingle() - 0.5f;
            });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var pruned = OnnxMagnitudePruning.Prune(source, folder.File("pruned.onnx"), folder.File("spec.yaml"), new MagnitudePruning(0.5, scope));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Tensors, pruned.Count);
        Assert.Equal(ExactPruner.TargetZeros(0.5, Tensors * (long)Side * Side), pruned.Sum(p => p.Zeros));
        Assert.True(allocated < 4 * TensorBytes,
            $"pruning a {Tensors}-tensor model allocated {allocated / (double)TensorBytes:F2} tensors' worth of memory; it should hold a few at once");
    }
}
