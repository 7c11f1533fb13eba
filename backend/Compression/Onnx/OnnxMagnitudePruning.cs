// Magnitude pruning of an ONNX model's weights, with no libtorch: the same operation and parameters as MagnitudePruning
// (amount, scope, include, exclude), applied to the .onnx file. Global scope finds one exact cut over all selected weights
// by reading them once, one tensor at a time, within a bracket a sample gave (MagnitudeBracket; twice, MagnitudeCut.Find,
// when the sample misjudged it), then writes the copy; per-layer scope cuts each tensor as the rewriter hands it over.
// Either way memory holds about one tensor (two where the sample misjudged), never the model.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="Zeros">Values that are zero in the written tensor (exactly round(amount·Count) per-layer).</param>
public sealed record OnnxPrunedWeight(string Name, long Count, long Zeros);

public static class OnnxMagnitudePruning
{
    /// <summary>
    /// Writes <paramref name="target"/>: <paramref name="source"/> with <paramref name="pruning"/> applied to its selected weights.
    /// <paramref name="specPath"/> is the spec the model belongs to, which bounds where files may be read and written.
    /// </summary>
    public static IReadOnlyList<OnnxPrunedWeight> Prune(string source, string target, string specPath, MagnitudePruning pruning,
        CancellationToken cancellationToken = default) => Prune(source, target, specPath, pruning, SampleValues, cancellationToken);

    /// <summary>Values the global cut's bracket is estimated from: about 1 % of a large model's values then fall inside it.</summary>
    internal const int SampleValues = 1 << 17;

    /// <summary>Prune with the bracket estimated from <paramref name="sampleValues"/> values (tests force a misjudged one with few).</summary>
    internal static IReadOnlyList<OnnxPrunedWeight> Prune(string source, string target, string specPath, MagnitudePruning pruning,
        int sampleValues, CancellationToken cancellationToken = default)
    {
        PruningChecks.Validate(pruning.Name, pruning.Amount, pruning.Scope);
        var realSource = WorkspacePolicy.Current.ToRead(source, specPath, FileKind.Model);
        var weights = OnnxWeightSelection.Select(OnnxModelReader.OpenIndexed(realSource), pruning.Name, pruning.Include, pruning.Exclude);
        var global = pruning.Scope == PruningScopes.Global ? GlobalCut(realSource, weights, pruning.Amount, sampleValues, cancellationToken) : null;
        var pruned = new List<OnnxPrunedWeight>();
        OnnxWeightRewriter.Write(source, target, specPath, weights, (weight, values) =>
        {
            // The rewriter hands weights over in file order, which is the order GlobalCut read them in: ties are spent alike.
            var cut = global ?? MagnitudeCut.Within(values, ExactPruner.TargetZeros(pruning.Amount, weight.Count));
            pruned.Add(new OnnxPrunedWeight(weight.Name, weight.Count, cut.Apply(values)));
        }, cancellationToken);
        return pruned;
    }

    /// <summary>Values read at a time by the counting pass: counted while they are still in cache.</summary>
    const int Chunk = 1 << 16;

    static MagnitudeCut GlobalCut(string path, IReadOnlyList<OnnxStoredWeight> weights, double amount, int sampleValues, CancellationToken cancellationToken)
    {
        var total = weights.Sum(w => (long)w.Count);
        var zeros = ExactPruner.TargetZeros(amount, total);
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        if (zeros > 0)
        {
            var bracket = MagnitudeBracket.Estimate(file, weights, total, zeros, sampleValues);
            var chunk = new float[Chunk];
            foreach (var weight in weights)
                for (var from = 0; from < weight.Count; from += Chunk)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var length = Math.Min(Chunk, weight.Count - from);
                    (weight with { Offset = weight.Offset + 4L * from, Count = length }).ReadInto(file, chunk);
                    bracket.Count(chunk.AsSpan(0, length));
                }
            if (bracket.Cut(zeros) is { } cut) return cut;
        }
        // No value to zero, or the sample misjudged the bracket: the two exact histogram passes.
        var buffer = new float[weights.Max(w => w.Count)];
        return MagnitudeCut.Find(weights.Count, t =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = buffer.AsSpan(0, weights[t].Count);
            weights[t].ReadInto(file, values);
            return values;
        }, zeros);
    }
}
