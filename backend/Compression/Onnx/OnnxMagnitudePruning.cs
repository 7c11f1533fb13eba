// Magnitude pruning of an ONNX model's weights, with no libtorch: the same operation and parameters as MagnitudePruning
// (amount, scope, include, exclude), applied to the .onnx file. Global scope finds one exact cut over all selected weights
// by reading them once, in pieces counted in parallel, within a bracket a sample gave (MagnitudeBracket; twice, one tensor
// at a time, MagnitudeCut.Find, when the sample misjudged it), then writes the copy chunk by chunk; per-layer scope reads
// each tensor whole for its own cut as the rewriter reaches it. Memory holds the rewriter's chunks and, per-layer or where
// the sample misjudged, one tensor; never the model.
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

    /// <summary>
    /// Prune with the bracket estimated from <paramref name="sampleValues"/> values (tests force a misjudged one with few), and
    /// the copy written on a writer thread or, <paramref name="pipelined"/> false, in turn (tests compare both).
    /// </summary>
    internal static IReadOnlyList<OnnxPrunedWeight> Prune(string source, string target, string specPath, MagnitudePruning pruning,
        int sampleValues, CancellationToken cancellationToken = default, bool pipelined = true)
    {
        PruningChecks.Validate(pruning.Name, pruning.Amount, pruning.Scope);
        var realSource = WorkspacePolicy.Current.ToRead(source, specPath, FileKind.Model);
        var weights = OnnxWeightSelection.Select(OnnxModelReader.OpenIndexed(realSource), pruning.Name, pruning.Include, pruning.Exclude);
        var global = pruning.Scope == PruningScopes.Global ? GlobalCut(realSource, weights, pruning.Amount, sampleValues, cancellationToken) : null;
        // Per-layer, each weight's cut needs all its values before its first chunk is pruned: they are read whole first.
        using var file = global is null ? File.OpenHandle(realSource, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess) : null;
        var whole = global is null && weights.Count > 0 ? new float[weights.Max(w => w.Count)] : null;
        var pruned = new List<OnnxPrunedWeight>();
        var (cut, zeros) = (global, 0L);
        OnnxWeightRewriter.Write(source, target, specPath, weights, (weight, from, values) =>
        {
            if (from == 0)
            {
                zeros = 0;
                if (global is null)
                {
                    var all = whole.AsSpan(0, weight.Count);
                    weight.ReadInto(file!, all);
                    cut = MagnitudeCut.Within(all, ExactPruner.TargetZeros(pruning.Amount, weight.Count));
                }
            }
            // The rewriter hands chunks over in file order, which is the order GlobalCut (or Within) read them in: ties are spent alike.
            zeros += cut!.Apply(values);
            if (from + values.Length == weight.Count) pruned.Add(new OnnxPrunedWeight(weight.Name, weight.Count, zeros));
        }, pipelined, cancellationToken);
        return pruned;
    }

    static MagnitudeCut GlobalCut(string path, IReadOnlyList<OnnxStoredWeight> weights, double amount, int sampleValues, CancellationToken cancellationToken)
    {
        var total = weights.Sum(w => (long)w.Count);
        var zeros = ExactPruner.TargetZeros(amount, total);
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        if (zeros > 0)
        {
            var bracket = MagnitudeBracket.Estimate(file, weights, total, zeros, sampleValues);
            bracket.Count(file, weights, cancellationToken);
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
