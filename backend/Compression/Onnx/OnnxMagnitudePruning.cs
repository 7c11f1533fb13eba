// Magnitude pruning of an ONNX model's weights, with no libtorch: the same operation and parameters as MagnitudePruning
// (amount, scope, include, exclude), applied to the .onnx file. Global scope finds one exact cut over all selected weights
// by reading them twice, one tensor at a time (MagnitudeCut), then writes the copy; per-layer scope cuts each tensor as
// the rewriter hands it over. Either way memory holds about two tensors, never the model.
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
        CancellationToken cancellationToken = default)
    {
        PruningChecks.Validate(pruning.Name, pruning.Amount, pruning.Scope);
        var realSource = WorkspacePolicy.Current.ToRead(source, specPath, FileKind.Model);
        var weights = OnnxWeightSelection.Select(OnnxModelReader.OpenIndexed(realSource), pruning.Name, pruning.Include, pruning.Exclude);
        var global = pruning.Scope == PruningScopes.Global ? GlobalCut(realSource, weights, pruning.Amount, cancellationToken) : null;
        var pruned = new List<OnnxPrunedWeight>();
        OnnxWeightRewriter.Write(source, target, specPath, weights, (weight, values) =>
        {
            // The rewriter hands weights over in file order, which is the order GlobalCut read them in: ties are spent alike.
            var cut = global ?? MagnitudeCut.Within(values, ExactPruner.TargetZeros(pruning.Amount, weight.Count));
            pruned.Add(new OnnxPrunedWeight(weight.Name, weight.Count, cut.Apply(values)));
        }, cancellationToken);
        return pruned;
    }

    static MagnitudeCut GlobalCut(string path, IReadOnlyList<OnnxStoredWeight> weights, double amount, CancellationToken cancellationToken)
    {
        var total = weights.Sum(w => (long)w.Count);
        var buffer = new float[weights.Max(w => w.Count)];
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        return MagnitudeCut.Find(weights.Count, t =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = buffer.AsSpan(0, weights[t].Count);
            weights[t].ReadInto(file, values);
            return values;
        }, ExactPruner.TargetZeros(amount, total));
    }
}
