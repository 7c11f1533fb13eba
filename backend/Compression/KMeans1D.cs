// One-dimensional k-means (Lloyd's algorithm) for palettization. Deterministic: centroids start evenly spaced over
// [min, max] and run a fixed number of iterations; an empty cluster keeps its centroid. Assignment is exact
// nearest-centroid by binary search over the midpoints of the sorted centroids (ties go to the lower centroid).
namespace CompressCompare.Backend.Compression;

internal static class KMeans1D
{
    /// <param name="pinned">A centroid value kept fixed (0 for pruned weights), or null.</param>
    /// <returns>Sorted codebook of <paramref name="k"/> entries and each value's index into it.</returns>
    public static (float[] Codebook, int[] Assignment) Fit(ReadOnlySpan<float> values, int k, int iterations, float? pinned)
    {
        var free = pinned is null ? k : k - 1;
        float min = float.PositiveInfinity, max = float.NegativeInfinity;
        foreach (var v in values)
        {
            if (pinned is { } p && v == p) continue;
            min = MathF.Min(min, v);
            max = MathF.Max(max, v);
        }
        if (float.IsPositiveInfinity(min)) min = max = pinned ?? 0f; // every value is the pinned one
        var centroids = new float[k];
        for (var i = 0; i < free; i++)
            centroids[i] = free == 1 ? (min + max) / 2 : min + (max - min) * i / (free - 1);
        if (pinned is { } pin) centroids[k - 1] = pin;

        var assignment = new int[values.Length];
        var sums = new double[k];
        var counts = new long[k];
        for (var iteration = 0; ; iteration++)
        {
            Array.Sort(centroids);
            // The pinned entry (the first, should a free centroid reach the same value) never moves.
            var pinnedIndex = pinned is { } p ? Array.IndexOf(centroids, p) : -1;
            Assign(values, centroids, pinnedIndex, assignment);
            if (iteration == iterations) break;
            Array.Clear(sums);
            Array.Clear(counts);
            for (var i = 0; i < values.Length; i++)
            {
                sums[assignment[i]] += values[i];
                counts[assignment[i]]++;
            }
            for (var c = 0; c < k; c++)
                if (counts[c] > 0 && c != pinnedIndex)
                    centroids[c] = (float)(sums[c] / counts[c]);
        }
        return (centroids, assignment);
    }

    static void Assign(ReadOnlySpan<float> values, float[] centroids, int pinnedIndex, int[] assignment)
    {
        var midpoints = new float[centroids.Length - 1];
        for (var i = 0; i < midpoints.Length; i++)
            midpoints[i] = (centroids[i] + centroids[i + 1]) / 2;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (pinnedIndex >= 0 && v == centroids[pinnedIndex]) { assignment[i] = pinnedIndex; continue; }
            // The number of midpoints strictly below v is the index of the nearest centroid (a tie goes lower).
            var found = Array.BinarySearch(midpoints, v);
            var index = found >= 0 ? found : ~found;
            if (found >= 0) while (index > 0 && midpoints[index - 1] == v) index--;
            assignment[i] = index;
        }
    }
}
