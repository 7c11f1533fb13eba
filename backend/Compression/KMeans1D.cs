// One-dimensional k-means (Lloyd's algorithm) for palettization. Deterministic: centroids start evenly spaced over
// [min, max] and run a fixed number of iterations; an empty cluster keeps its centroid. Assignment is exact
// nearest-centroid by binary search over the midpoints of the sorted centroids (ties go to the lower centroid).
// FitSampled (the ONNX Palettize) starts its centroids at quantiles instead, runs the iterations on an evenly strided sample
// of a large tensor (a 500 MB model's) and then assigns every value once, in parallel, into bytes: Lloyd's passes over every value cost ~20 full reads of the
// tensor, and an int per value would cost as much memory as the weight itself.
namespace CompressCompare.Backend.Compression;

internal static class KMeans1D
{
    /// <param name="pinned">A centroid value kept fixed (0 for pruned weights), or null.</param>
    /// <returns>Sorted codebook of <paramref name="k"/> entries and each value's index into it.</returns>
    public static (float[] Codebook, int[] Assignment) Fit(ReadOnlySpan<float> values, int k, int iterations, float? pinned) =>
        Lloyd(values, EvenlySpaced(values, k, pinned), iterations, pinned);

    static float[] EvenlySpaced(ReadOnlySpan<float> values, int k, float? pinned)
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
        return centroids;
    }

    /// <summary>
    /// Free centroids at the midpoint quantiles of the values other than <paramref name="pinned"/> ((i + ½)/free): where the
    /// weights are dense, so few iterations suffice. Evenly spaced ones leave most centroids in a bell curve's sparse tails,
    /// and twenty Lloyd steps do not bring them back (ResNet-18 at 4 bits: feature cosine 0.55 against 0.9+).
    /// </summary>
    static float[] AtQuantiles(ReadOnlySpan<float> values, int k, float? pinned)
    {
        var free = pinned is null ? k : k - 1;
        var sorted = new List<float>(values.Length);
        foreach (var v in values)
            if (pinned is not { } p || v != p) sorted.Add(v);
        sorted.Sort();
        var centroids = new float[k];
        for (var i = 0; i < free; i++)
            centroids[i] = sorted.Count == 0 ? pinned ?? 0f : sorted[(int)Math.Min(sorted.Count - 1, (i + 0.5) * sorted.Count / free)];
        if (pinned is { } pin) centroids[k - 1] = pin;
        return centroids;
    }

    static (float[] Codebook, int[] Assignment) Lloyd(ReadOnlySpan<float> values, float[] centroids, int iterations, float? pinned)
    {
        var k = centroids.Length;
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
        var midpoints = Midpoints(centroids);
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            assignment[i] = pinnedIndex >= 0 && v == centroids[pinnedIndex] ? pinnedIndex : Nearest(v, midpoints);
        }
    }

    /// <summary>The midpoints of the sorted centroids, padded with +∞ to a power of two so Nearest may look without a bounds test.</summary>
    static float[] Midpoints(float[] centroids)
    {
        var steps = 1;
        while (steps < centroids.Length) steps <<= 1;
        var midpoints = new float[steps];
        Array.Fill(midpoints, float.PositiveInfinity);
        for (var i = 0; i + 1 < centroids.Length; i++) midpoints[i] = (centroids[i] + centroids[i + 1]) / 2;
        return midpoints;
    }

    /// <summary>
    /// The nearest centroid's index: the number of midpoints strictly below <paramref name="v"/> (a tie goes to the lower
    /// centroid), found by a branch-free binary search over the padded midpoints.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static int Nearest(float v, ReadOnlySpan<float> midpoints)
    {
        var index = 0;
        for (var step = midpoints.Length >> 1; step > 0; step >>= 1)
            if (midpoints[index + step - 1] < v) index += step;
        return index;
    }

    /// <summary>
    /// A codebook fitted on at most <paramref name="sampleLimit"/> evenly strided values (all of them when there are no more), and
    /// every value's nearest entry (ties lower, as Fit) written to <paramref name="assignment"/>. <paramref name="pinned"/> stays
    /// in the codebook whether or not the sample holds it.
    /// </summary>
    public static float[] FitSampled(ReadOnlySpan<float> values, int k, int iterations, float? pinned, int sampleLimit, Span<byte> assignment)
    {
        if (k > 256) throw new ArgumentOutOfRangeException(nameof(k), k, "Byte assignments hold at most 256 entries.");
        var stride = (int)Math.Max(1, (values.Length + (long)sampleLimit - 1) / sampleLimit);
        var sample = stride == 1 ? values : Sample(values, stride);
        var codebook = Lloyd(sample, AtQuantiles(sample, k, pinned), iterations, pinned).Codebook;
        AssignAll(values, codebook, assignment);
        return codebook;
    }

    static float[] Sample(ReadOnlySpan<float> values, int stride)
    {
        var sample = new float[(values.Length + stride - 1) / stride];
        for (var i = 0; i < sample.Length; i++) sample[i] = values[i * stride];
        return sample;
    }

    /// <summary>
    /// Each value's nearest entry of the sorted <paramref name="codebook"/> (Nearest: a tie goes lower, and a value equal to an
    /// entry lands on it, so exact zeros keep a pinned 0), in parallel chunks.
    /// </summary>
    static unsafe void AssignAll(ReadOnlySpan<float> values, float[] codebook, Span<byte> assignment)
    {
        var midpoints = Midpoints(codebook);
        const int Chunk = 1 << 20;
        var length = values.Length;
        fixed (float* v = values)
        fixed (byte* a = assignment)
        {
            var (source, target) = ((nint)v, (nint)a);
            Parallel.For(0, (length + Chunk - 1) / Chunk, c =>
            {
                var from = c * Chunk;
                var count = Math.Min(length, from + Chunk) - from;
                AssignChunk(new ReadOnlySpan<float>((float*)source + from, count), midpoints, new Span<byte>((byte*)target + from, count));
            });
        }
    }

    static void AssignChunk(ReadOnlySpan<float> values, ReadOnlySpan<float> midpoints, Span<byte> assignment)
    {
        for (var i = 0; i < values.Length; i++) assignment[i] = (byte)Nearest(values[i], midpoints);
    }
}
