// One-dimensional k-means (Lloyd's algorithm) for palettization. Deterministic: centroids start evenly spaced over
// [min, max] and run a fixed number of iterations; an empty cluster keeps its centroid. Assignment is exact
// nearest-centroid by binary search over the midpoints of the sorted centroids (ties go to the lower centroid).
// FitSampled (the ONNX Palettize) starts its centroids at quantiles instead and runs the iterations on an evenly spread,
// sorted sample of a large tensor (a 500 MB model's), where each cluster is a range found by binary search: Lloyd's passes
// over every value cost ~20 full reads of the tensor. Its caller then assigns every value once (Assign, in parallel chunks).
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    static float[] AtQuantiles(float[] sorted, int k, float? pinned)
    {
        var free = pinned is null ? k : k - 1;
        var (pinnedFrom, pinnedTo) = pinned is { } p ? (LowerBound(sorted, p), UpperBound(sorted, p)) : (0, 0);
        var others = sorted.Length - (pinnedTo - pinnedFrom);
        var centroids = new float[k];
        for (var i = 0; i < free; i++)
        {
            // The i-th quantile of the values but the pinned ones, which sit together in the sorted values.
            var at = (int)Math.Min(others - 1, (i + 0.5) * others / free);
            centroids[i] = others == 0 ? pinned ?? 0f : sorted[at < pinnedFrom ? at : at + pinnedTo - pinnedFrom];
        }
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
    public static float[] Midpoints(float[] centroids)
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
    /// A sorted codebook of <paramref name="k"/> entries fitted by Lloyd's iterations on at most <paramref name="sampleLimit"/> evenly
    /// spread values (runs of neighbours) (all of them when there are no more). <paramref name="pinned"/> stays in the codebook whether or not the sample
    /// holds it. Assign values with Midpoints and Nearest.
    /// </summary>
    public static float[] FitSampled(ReadOnlySpan<float> values, int k, int iterations, float? pinned, int sampleLimit)
    {
        if (k > 256) throw new ArgumentOutOfRangeException(nameof(k), k, "Byte assignments hold at most 256 entries.");
        var sample = Sample(values, sampleLimit);
        RadixSort(sample);
        return SortedLloyd(sample, AtQuantiles(sample, k, pinned), iterations, pinned);
    }

    /// <summary>
    /// Lloyd's iterations on <paramref name="sorted"/> values, with Lloyd's rules (nearest centroid, ties lower, values equal to
    /// <paramref name="pinned"/> on its entry, an empty cluster keeps its centroid) but each cluster found as a range of the sorted
    /// values by binary search and summed by prefix sums: an iteration costs k·log n, not n. Per tensor of a large model,
    /// the passes over a 64k sample had cost as much as assigning every value.
    /// </summary>
    static float[] SortedLloyd(float[] sorted, float[] centroids, int iterations, float? pinned)
    {
        var k = centroids.Length;
        var prefix = new double[sorted.Length + 1];
        for (var i = 0; i < sorted.Length; i++) prefix[i + 1] = prefix[i] + sorted[i];
        var (pinnedFrom, pinnedTo) = pinned is { } p ? (LowerBound(sorted, p), UpperBound(sorted, p)) : (0, 0);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Sort(centroids);
            var pinnedIndex = pinned is { } q ? Array.IndexOf(centroids, q) : -1;
            var midpoints = Midpoints(centroids);
            var from = 0;
            for (var c = 0; c < k; c++)
            {
                // Cluster c holds the values above midpoint c−1 and up to midpoint c (Nearest: the midpoints strictly below v).
                var to = c == k - 1 ? sorted.Length : UpperBound(sorted, midpoints[c]);
                var (count, sum) = (to - from, prefix[to] - prefix[from]);
                // The pinned values sit on their own entry, whichever cluster their value falls in.
                var overlap = Math.Max(0, Math.Min(to, pinnedTo) - Math.Max(from, pinnedFrom));
                if (pinnedIndex >= 0 && overlap > 0)
                {
                    count -= overlap;
                    sum -= (double)overlap * pinned!.Value;
                }
                if (count > 0 && c != pinnedIndex) centroids[c] = (float)(sum / count);
                from = to;
            }
        }
        Array.Sort(centroids);
        return centroids;
    }

    /// <summary>Values per sampled run: one cache line of floats.</summary>
    const int SampleRun = 16;

    /// <summary>
    /// At most <paramref name="limit"/> of <paramref name="values"/>: all of them, or runs of SampleRun neighbours evenly spread over
    /// them. Runs, not single values at a stride: a value per cache line made sampling cost as much as the fit.
    /// </summary>
    static float[] Sample(ReadOnlySpan<float> values, int limit)
    {
        if (values.Length <= limit) return values.ToArray();
        var runs = Math.Max(1, limit / SampleRun);
        var sample = new float[runs * SampleRun];
        for (var r = 0; r < runs; r++)
            values.Slice((int)((long)r * (values.Length - SampleRun) / Math.Max(1, runs - 1)), SampleRun).CopyTo(sample.AsSpan(r * SampleRun));
        return sample;
    }

    /// <summary>
    /// Sorts <paramref name="values"/> ascending (−0 before +0) by three 11-bit counting passes over keys ordered like the floats:
    /// Array.Sort of a 64k sample cost more than assigning a million values, per tensor.
    /// </summary>
    static void RadixSort(float[] values)
    {
        const int Bits = 11, Radix = 1 << Bits;
        var keys = new uint[values.Length];
        var spare = new uint[values.Length];
        // Negative floats order reversed by their bits: flip them all; set the sign bit of the rest so they follow.
        for (var i = 0; i < values.Length; i++)
            keys[i] = BitConverter.SingleToUInt32Bits(values[i]) is var b && (b & 0x8000_0000) != 0 ? ~b : b | 0x8000_0000;
        var counts = new int[Radix];
        for (var shift = 0; shift < 32; shift += Bits)
        {
            Array.Clear(counts);
            foreach (var key in keys) counts[(key >> shift) & (Radix - 1)]++;
            for (int d = 0, at = 0; d < Radix; d++) (counts[d], at) = (at, at + counts[d]);
            foreach (var key in keys) spare[counts[(key >> shift) & (Radix - 1)]++] = key;
            (keys, spare) = (spare, keys);
        }
        for (var i = 0; i < values.Length; i++)
            values[i] = BitConverter.UInt32BitsToSingle((keys[i] & 0x8000_0000) != 0 ? keys[i] & 0x7FFF_FFFF : ~keys[i]);
    }

    /// <summary>The number of <paramref name="sorted"/> values ≤ <paramref name="v"/>.</summary>
    static int UpperBound(float[] sorted, float v)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] <= v) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>The number of <paramref name="sorted"/> values &lt; <paramref name="v"/>.</summary>
    static int LowerBound(float[] sorted, float v)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < v) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>
    /// Each value's nearest entry of the sorted codebook whose <paramref name="midpoints"/> are given (Nearest: a tie goes lower,
    /// and a value equal to an entry lands on it, so exact zeros keep a pinned 0). With AVX2, eight values search at once, each
    /// step gathering the midpoint every lane looks at: one value at a time, the search's compares mispredicted half the time
    /// and cost ~30 ns a value, most of a large model's palettization.
    /// </summary>
    public static unsafe void Assign(ReadOnlySpan<float> values, ReadOnlySpan<float> midpoints, Span<byte> assignment)
    {
        if (assignment.Length < values.Length) throw new ArgumentException("One index per value is needed.", nameof(assignment));
        var i = 0;
        if (Vector256.IsHardwareAccelerated && midpoints.Length <= CountedMidpoints && !HasNaN(midpoints))
            i = AssignByCounting(values, midpoints, assignment);
        else if (Avx2.IsSupported)
            fixed (float* m = midpoints)
            fixed (float* v = values)
            fixed (byte* a = assignment)
                for (; i <= values.Length - Vector256<float>.Count; i += Vector256<float>.Count)
                {
                    var x = Avx.LoadVector256(v + i);
                    var index = Vector256<int>.Zero;
                    for (var step = midpoints.Length >> 1; step > 0; step >>= 1)
                    {
                        // An ordered compare, false for NaN, as the scalar search's `<`.
                        var below = Avx.CompareLessThan(Avx2.GatherVector256(m + step - 1, index, sizeof(float)), x).AsInt32();
                        index = Avx2.Add(index, Avx2.And(below, Vector256.Create(step)));
                    }
                    var bytes = Vector256.Narrow(Vector256.Narrow(index, index), Vector256<short>.Zero);
                    *(ulong*)(a + i) = bytes.AsUInt64().GetElement(0);
                }
        for (; i < values.Length; i++) assignment[i] = (byte)Nearest(values[i], midpoints);
    }

    /// <summary>Codebooks up to 6 bits are assigned by counting midpoints (AssignByCounting); larger ones by the gathered search.</summary>
    const int CountedMidpoints = 64;

    static bool HasNaN(ReadOnlySpan<float> midpoints)
    {
        foreach (var m in midpoints)
            if (float.IsNaN(m)) return true;
        return false;
    }

    /// <summary>
    /// Assign for a small codebook: each value's index is the number of midpoints strictly below it, counted for eight values at
    /// once with one compare per midpoint. Over sorted midpoints without NaN that is exactly what Nearest's binary search
    /// finds, and at 4 bits it costs a fraction of the gathers' search (no gather, no dependent loads). Returns how many values
    /// it assigned (whole vectors); the caller assigns the rest.
    /// </summary>
    static unsafe int AssignByCounting(ReadOnlySpan<float> values, ReadOnlySpan<float> midpoints, Span<byte> assignment)
    {
        // The +∞ padding is below no value, so only the real midpoints are compared.
        var real = midpoints.IndexOf(float.PositiveInfinity) is var end and >= 0 ? end : midpoints.Length;
        var limits = stackalloc Vector256<float>[Math.Max(1, real)];
        for (var j = 0; j < real; j++) limits[j] = Vector256.Create(midpoints[j]);
        var i = 0;
        fixed (float* v = values)
        fixed (byte* a = assignment)
            for (; i <= values.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var x = Vector256.Load(v + i);
                var index = Vector256<int>.Zero;
                // Each true lane is −1: subtracting the mask counts it.
                for (var j = 0; j < real; j++) index -= Vector256.LessThan(limits[j], x).AsInt32();
                var bytes = Vector256.Narrow(Vector256.Narrow(index, index), Vector256<short>.Zero);
                *(ulong*)(a + i) = bytes.AsUInt64().GetElement(0);
            }
        return i;
    }
}
