// Compression-identified exemplars: the instances the most compared models flip relative to the base.
namespace CompressCompare.Backend.Behaviors;

public static class ExemplarRanker
{
    public const int MaxExemplars = 100;

    /// <summary>Indices of instances with at least one flip, most flips first, ties by instance index; at most <paramref name="limit"/>.</summary>
    public static int[] Rank(int[] flips, int limit = MaxExemplars)
    {
        // Bucket by flip count: the count is at most the number of models, so this is linear and needs no comparisons.
        var max = 0;
        foreach (var f in flips) max = Math.Max(max, f);
        var ranked = new List<int>(Math.Min(limit, flips.Length));
        for (var f = max; f > 0 && ranked.Count < limit; f--)
            for (var i = 0; i < flips.Length && ranked.Count < limit; i++)
                if (flips[i] == f) ranked.Add(i);
        return [.. ranked];
    }
}
