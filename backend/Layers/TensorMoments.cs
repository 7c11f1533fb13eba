// The first pass over one tensor of one model: count, exact zeros, min, max, mean and the sum of squared
// deviations (M2), accumulated in double. Blocks of a few thousand values are summed with vectorized float
// kernels (shifted by their first value) and merged with Chan's parallel formula, which keeps the variance
// exact when the mean is far from zero, without a second pass.
// NaN and ±Inf are counted (NonFinite) and left out of every other statistic: one NaN would otherwise make the
// mean, the spread and the shared bins' range meaningless. A block whose float sums come out non-finite (a NaN
// or Inf in it, or squares past float's range) is measured again value by value in double, so the fast path
// pays nothing for the check.
using System.Numerics;
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Layers;

/// <param name="Count">Finite values measured; every other statistic but NonFinite is over them.</param>
/// <param name="NonFinite">NaN and ±Inf values, left out of the others.</param>
public readonly record struct TensorMoments(long Count, long Zeros, double Min, double Max, double Mean, double M2, long NonFinite = 0)
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

    /// <summary>One fused vectorized pass: values shifted by the block's first one, so float sums of squares of values far from zero
    /// (a norm's weights near 1, a running variance) keep the spread; the block is short enough for float accumulators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static TensorMoments OfBlock(ReadOnlySpan<float> block)
    {
        var shift = block[0];
        float min = shift, max = shift, sum = 0, squares = 0;
        long zeros = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && block.Length >= Vector<float>.Count)
        {
            var (vShift, vMin, vMax, vSum, vSquares, vZeros) = (new Vector<float>(shift), new Vector<float>(shift), new Vector<float>(shift), Vector<float>.Zero, Vector<float>.Zero, Vector<int>.Zero);
            for (; i <= block.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var x = new Vector<float>(block[i..]);
                (vMin, vMax) = (Vector.Min(vMin, x), Vector.Max(vMax, x));
                vZeros -= Vector.Equals(x, Vector<float>.Zero); // true lanes are −1
                var d = x - vShift;
                vSum += d;
                vSquares += d * d;
            }
            for (var lane = 0; lane < Vector<float>.Count; lane++) (min, max) = (Math.Min(min, vMin[lane]), Math.Max(max, vMax[lane]));
            (sum, squares, zeros) = (Vector.Sum(vSum), Vector.Sum(vSquares), Vector.Sum(vZeros));
        }
        for (; i < block.Length; i++)
        {
            var x = block[i];
            (min, max) = (Math.Min(min, x), Math.Max(max, x));
            zeros += x == 0 ? 1 : 0;
            var d = x - shift;
            sum += d;
            squares += d * d;
        }
        if (!float.IsFinite(shift) || !float.IsFinite(sum) || !float.IsFinite(squares) || !float.IsFinite(min) || !float.IsFinite(max)) return OfBlockWithNonFinite(block);
        double n = block.Length;
        var m2 = Math.Max(0, (double)squares - (double)sum * sum / n);
        return new TensorMoments(block.Length, zeros, min, max, shift + sum / n, m2);
    }

    /// <summary>A block's moments over its finite values, in double, with two passes (the block is in cache).</summary>
    static TensorMoments OfBlockWithNonFinite(ReadOnlySpan<float> block)
    {
        long count = 0, zeros = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        foreach (var x in block)
        {
            if (!float.IsFinite(x)) continue;
            (count, zeros, sum) = (count + 1, zeros + (x == 0 ? 1 : 0), sum + x);
            (min, max) = (Math.Min(min, x), Math.Max(max, x));
        }
        var mean = count == 0 ? 0 : sum / count;
        double m2 = 0;
        foreach (var x in block)
            if (float.IsFinite(x)) m2 += (x - mean) * (x - mean);
        return new TensorMoments(count, zeros, min, max, mean, m2, block.Length - count);
    }

    public static TensorMoments Merge(TensorMoments a, TensorMoments b)
    {
        if (a.Count == 0) return b with { NonFinite = a.NonFinite + b.NonFinite };
        if (b.Count == 0) return a with { NonFinite = a.NonFinite + b.NonFinite };
        var n = a.Count + b.Count;
        var delta = b.Mean - a.Mean;
        return new TensorMoments(n, a.Zeros + b.Zeros, Math.Min(a.Min, b.Min), Math.Max(a.Max, b.Max),
            a.Mean + delta * b.Count / n, a.M2 + b.M2 + delta * delta * a.Count * b.Count / n, a.NonFinite + b.NonFinite);
    }
}
