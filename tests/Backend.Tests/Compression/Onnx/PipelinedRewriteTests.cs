// The pipelined rewrite (chunks read and pruned on the caller's thread, written in order on a writer thread) gives the very
// bytes the sequential one gives, on a model of many tensors, most of them spanning several chunks and full of ties at the
// cut, so the tie rule runs across chunk boundaries; and the global result is the one a full sort by (|w|, position) picks.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Layers.Bench;

namespace Backend.Tests.Compression.Onnx;

public sealed class PipelinedRewriteTests : IDisposable
{
    readonly OnnxTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Forty tensors from 1 to 98 000 values (1.3 million in all; chunks of 16 384 values), with few distinct magnitudes.</summary>
    string Model(out float[][] tensors)
    {
        var path = _folder.File("many.onnx");
        var shapes = Enumerable.Range(0, 40).Select(t => ($"layer{t}.weight", new long[] { 1 + t * 8, 1 + t * 8 })).ToArray();
        var written = new float[shapes.Length][];
        OnnxWeightsWriter.Write(path, shapes, (t, values) =>
        {
            var random = new Random(t);
            for (var i = 0; i < values.Length; i++) values[i] = random.Next(-40, 41) * 0.025f;
            written[t] = [.. values];
        });
        tensors = written;
        return path;
    }

    [Theory]
    [InlineData("global", 0.37)]
    [InlineData("global", 0.9)]
    [InlineData("per-layer", 0.37)]
    public void The_pipelined_copy_is_byte_for_byte_the_sequential_one(string scope, double amount)
    {
        var source = Model(out var tensors);
        var spec = _folder.File("spec.yaml");
        var pruning = new MagnitudePruning(amount, scope);

        var pipelined = OnnxMagnitudePruning.Prune(source, _folder.File("pipelined.onnx"), spec, pruning, OnnxMagnitudePruning.SampleValues, pipelined: true);
        var sequential = OnnxMagnitudePruning.Prune(source, _folder.File("sequential.onnx"), spec, pruning, OnnxMagnitudePruning.SampleValues, pipelined: false);

        Assert.Equal(sequential, pipelined);
        Assert.True(File.ReadAllBytes(_folder.File("sequential.onnx")).AsSpan().SequenceEqual(File.ReadAllBytes(_folder.File("pipelined.onnx"))),
            "the pipelined copy differs from the sequential one");
        var weights = OnnxPruneModels.Weights(_folder.File("pipelined.onnx"));
        float[] pruned = [.. tensors.Select((_, t) => weights[$"layer{t}.weight"]).SelectMany(w => w)];
        if (scope == "global") Assert.Equal(OnnxMagnitudePruningTests.Reference(tensors, amount), pruned);
        else Assert.Equal(tensors.SelectMany(t => OnnxMagnitudePruningTests.Reference([t], amount)), pruned);
    }
}
