// The shared core of magnitude and Taylor pruning: zero the round(s·n) lowest-scoring entries, exactly.
// Ties (equal scores, e.g. weights already zero) are broken by position — parameter order, then flat index —
// so the count of zeros never depends on how many values happen to share the threshold.
using CompressCompare.Backend.Models.Torch;

namespace CompressCompare.Backend.Compression;

/// <param name="Scores">One non-negative score per entry of the parameter; lower scores are pruned first.</param>
internal sealed record ScoredParameter(SelectedParameter Parameter, float[] Values, float[] Scores);

internal static class ExactPruner
{
    /// <summary>round(s·n), halves away from zero.</summary>
    public static long TargetZeros(double amount, long count) => (long)Math.Round(amount * count, MidpointRounding.AwayFromZero);

    /// <summary>Zeros the chosen entries in the parameters of <paramref name="items"/> (written back into the module).</summary>
    public static void Prune(IReadOnlyList<ScoredParameter> items, double amount, string scope)
    {
        if (scope == PruningScopes.Global)
            PruneTogether(items, amount);
        else
            foreach (var item in items)
                PruneTogether([item], amount);
        foreach (var item in items)
            TensorValues.Assign(item.Parameter.Tensor, item.Values);
    }

    static void PruneTogether(IReadOnlyList<ScoredParameter> items, double amount)
    {
        var total = items.Sum(i => (long)i.Values.Length);
        if (total > int.MaxValue)
            throw new NotSupportedException($"Pruning {total} weights at once is more than this implementation sorts ({int.MaxValue}).");
        // Sort keys: a non-negative float's bits order like the float, so (score bits << 32 | position) sorts by
        // score, then by position — an exact, deterministic total order without a comparison delegate.
        var keys = new long[total];
        var position = 0;
        foreach (var item in items)
            foreach (var score in item.Scores)
            {
                if (!(score >= 0) || float.IsInfinity(score))
                    throw new InvalidOperationException($"Parameter \"{item.Parameter.Name}\" has a score of {score}: its weights or gradients are not finite.");
                keys[position] = ((long)BitConverter.SingleToInt32Bits(score + 0f) << 32) | (uint)position;
                position++;
            }
        var zeros = TargetZeros(amount, total);
        if (zeros == 0) return;
        Array.Sort(keys);
        var starts = new int[items.Count + 1];
        for (var i = 0; i < items.Count; i++) starts[i + 1] = starts[i] + items[i].Values.Length;
        for (var k = 0; k < zeros; k++)
        {
            var flat = (int)(keys[k] & 0xffffffffL);
            var found = Array.BinarySearch(starts, flat);
            var owner = found >= 0 ? found : ~found - 1;
            // Equal starts happen only for empty tensors; move past them to the tensor that holds the entry.
            while (starts[owner + 1] <= flat) owner++;
            items[owner].Values[flat - starts[owner]] = 0f;
        }
    }
}
