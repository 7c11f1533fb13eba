// The first pass over one tensor of one model: count, exact zeros, min, max, mean and the sum of squared
// deviations (M2), accumulated in double. Blocks of a few thousand values are summed with vectorized float
// kernels (shifted by their first value) and merged with Chan's parallel formula, which keeps the variance
// exact when the mean is far from zero, without a second pass.
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Layers;

public readonly record struct TensorMoments(long Count, long Zeros, double Min, double Max, double Mean, double M2)
{
    const int Block = 4096;

    public double Variance => Count == 0 ? 0 : M2 / Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TensorMoments Of(ReadOnlySpan<float> values)
    {
        var total = new TensorMoments(0, 0, double.PositiveInfinity, double.NegativeInfinity, 0, 0);
        for (var start = 0; start < values.Length; start += Block)
            total = Merge(total, OfBlock(values.Slice(start, Math.Min(Block, values.Length - start))));
        return total;
    }

    /// <summary>Moments of <paramref name="values"/> measured on <paramref name="threads"/> threads, each on one contiguous part.</summary>
    public static TensorMoments Of(float[] values, int length, int threads)
    {
        if (threads <= 1 || length < 1 << 16) return Of(values.AsSpan(0, length));
        var parts = new TensorMoments[threads];
        Parallel.For(0, threads, p =>
        {
            var (from, to) = Part(length, threads, p);
            parts[p] = Of(values.AsSpan(from, to - from));
        });
        return parts.Aggregate(Merge);
    }

    internal static (int From, int To) Part(int length, int parts, int p) => ((int)((long)length * p / parts), (int)((long)length * (p + 1) / parts));

    static TensorMoments OfBlock(ReadOnlySpan<float> block)
    {
        // Sums of values shifted by the block's first one: float sums of squares of raw values far from zero
        // (a norm's weights near 1, a running variance) would lose the spread to rounding.
        Span<float> shifted = stackalloc float[block.Length];
        var shift = block[0];
        TensorPrimitives.Subtract(block, shift, shifted);
        double n = block.Length;
        double sum = TensorPrimitives.Sum(shifted);
        var m2 = Math.Max(0, TensorPrimitives.SumOfSquares(shifted) - sum * sum / n);
        return new TensorMoments(block.Length, CountZeros(block), TensorPrimitives.Min(block), TensorPrimitives.Max(block), shift + sum / n, m2);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static long CountZeros(ReadOnlySpan<float> block)
    {
        long zeros = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var counts = Vector<int>.Zero;
            for (; i <= block.Length - Vector<float>.Count; i += Vector<float>.Count)
                counts -= Vector.Equals(new Vector<float>(block[i..]), Vector<float>.Zero); // true lanes are −1
            zeros = Vector.Sum(counts);
        }
        for (; i < block.Length; i++) if (block[i] == 0) zeros++;
        return zeros;
    }

    public static TensorMoments Merge(TensorMoments a, TensorMoments b)
    {
        if (a.Count == 0) return b;
        if (b.Count == 0) return a;
        var n = a.Count + b.Count;
        var delta = b.Mean - a.Mean;
        return new TensorMoments(n, a.Zeros + b.Zeros, Math.Min(a.Min, b.Min), Math.Max(a.Max, b.Max),
            a.Mean + delta * b.Count / n, a.M2 + b.M2 + delta * delta * a.Count * b.Count / n);
    }
}
