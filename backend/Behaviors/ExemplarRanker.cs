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

    /// <summary>
    /// Indices of the instances whose outputs moved most from the base's (largest first, ties by instance index), those
    /// that moved at all; at most <paramref name="limit"/>. For tasks without classes, where nothing flips.
    /// </summary>
    public static int[] RankMoved(float[] moved, int limit = MaxExemplars)
    {
        var candidates = new List<int>();
        for (var i = 0; i < moved.Length; i++) if (moved[i] > 0 || float.IsNaN(moved[i])) candidates.Add(i);
        // NaN (an output with NaN in it) sorts first: a broken output is the change most worth seeing.
        candidates.Sort((a, b) => float.IsNaN(moved[a]) != float.IsNaN(moved[b]) ? (float.IsNaN(moved[a]) ? -1 : 1)
            : moved[a] != moved[b] ? moved[b].CompareTo(moved[a]) : a.CompareTo(b));
        return [.. candidates.Take(limit)];
    }
}
