// The exact cut of magnitude pruning, found without holding the weights: zero every value whose |w| is below a threshold,
// and of those equal to it the first few in (tensor, index) order, so exactly round(s·n) values are zero. It is the
// order ExactPruner sorts by (score, then position), found here by two histogram passes over the float bits of |w|
// (a non-negative float's bits order like the float): the top 16 bits, then the low 15 within the one bin that holds
// the cut. Each pass reads the tensors one at a time, so memory is one tensor plus 96k counters.
using System.Buffers;
using System.Numerics;

namespace CompressCompare.Backend.Compression.Onnx;

/// <summary>The values of tensor <paramref name="index"/>; the span may be reused for the next tensor.</summary>
internal delegate ReadOnlySpan<float> TensorValues(int index);

/// <param name="bits">Values whose |w| has fewer float bits are zeroed.</param>
/// <param name="ties">How many values whose |w| has exactly these bits are zeroed, the first ones met.</param>
internal sealed class MagnitudeCut(uint bits, long ties)
{
    const int LowBits = 15;

    readonly uint _bits = bits;
    long _tiesLeft = ties;

    /// <summary>The cut that zeros <paramref name="zeros"/> of the values of <paramref name="count"/> tensors.</summary>
    public static MagnitudeCut Find(int count, TensorValues values, long zeros)
    {
        if (zeros <= 0) return new MagnitudeCut(0, 0);
        var (high, low) = Histograms();
        try
        {
            for (var t = 0; t < count; t++) CountHigh(high, values(t));
            var (bin, below) = Locate(high, zeros);
            for (var t = 0; t < count; t++) CountLow(low, bin, values(t));
            return Cut(low, bin, zeros - below);
        }
        finally
        {
            Return(high, low);
        }
    }

    /// <summary>The cut that zeros <paramref name="zeros"/> of <paramref name="values"/> alone (per-layer pruning).</summary>
    public static MagnitudeCut Within(ReadOnlySpan<float> values, long zeros)
    {
        if (zeros <= 0) return new MagnitudeCut(0, 0);
        var (high, low) = Histograms();
        try
        {
            CountHigh(high, values);
            var (bin, below) = Locate(high, zeros);
            CountLow(low, bin, values);
            return Cut(low, bin, zeros - below);
        }
        finally
        {
            Return(high, low);
        }
    }

    /// <summary>Zeroed counters, pooled: per-layer pruning cuts every tensor, and fresh ones would allocate 768 KB each time.</summary>
    static (long[] High, long[] Low) Histograms()
    {
        var high = ArrayPool<long>.Shared.Rent(1 << (31 - LowBits));
        var low = ArrayPool<long>.Shared.Rent(1 << LowBits);
        Array.Clear(high);
        Array.Clear(low);
        return (high, low);
    }

    static void Return(long[] high, long[] low)
    {
        ArrayPool<long>.Shared.Return(high);
        ArrayPool<long>.Shared.Return(low);
    }

    static void CountHigh(long[] high, ReadOnlySpan<float> values)
    {
        foreach (var v in values) high[Key(v) >> LowBits]++;
    }

    static void CountLow(long[] low, int bin, ReadOnlySpan<float> values)
    {
        foreach (var v in values)
            if (Key(v) is var key && key >> LowBits == bin) low[key & ((1 << LowBits) - 1)]++;
    }

    /// <summary>The cut inside high bin <paramref name="bin"/> that zeros <paramref name="zeros"/> of its values.</summary>
    static MagnitudeCut Cut(long[] low, int bin, long zeros)
    {
        var (rest, below) = Locate(low, zeros);
        return new MagnitudeCut(((uint)bin << LowBits) | (uint)rest, zeros - below);
    }

    /// <summary>Zeros this cut's values in the next tensor (tensors must come in the order Find read them); returns how many values are zero after.</summary>
    public long Apply(Span<float> values)
    {
        // Find or Within has read every value and refused non-finite ones, so |v| < threshold is the same test as Key(v) < _bits,
        // and it vectorizes: this pass runs once per value of the model, which made it most of a large model's pruning time.
        var threshold = BitConverter.UInt32BitsToSingle(_bits);
        var zeros = 0L;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var limit = new Vector<float>(threshold);
            for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var v = new Vector<float>(values[i..]);
                var kept = Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(v), limit), Vector<float>.Zero, v);
                kept.CopyTo(values[i..]);
                zeros -= Vector.Sum(Vector.Equals(kept, Vector<float>.Zero)); // each true lane is −1
            }
        }
        for (; i < values.Length; i++)
        {
            if (MathF.Abs(values[i]) < threshold) values[i] = 0f;
            if (values[i] == 0f) zeros++;
        }
        // Values exactly at the threshold: the first _tiesLeft of them (in Find's order) are zeroed too.
        for (var t = 0; t < values.Length && _tiesLeft > 0; t++)
            if (values[t] != 0f && MathF.Abs(values[t]) == threshold)
            {
                values[t] = 0f;
                _tiesLeft--;
                zeros++;
            }
        return zeros;
    }

    /// <summary>The first bin at which the running count reaches <paramref name="target"/>, and the count before it.</summary>
    static (int Bin, long Below) Locate(long[] histogram, long target)
    {
        long below = 0;
        for (var b = 0; b < histogram.Length; b++)
        {
            if (below + histogram[b] >= target) return (b, below);
            below += histogram[b];
        }
        throw new InvalidOperationException($"Asked to zero {target} more values than the tensors hold.");
    }

    /// <summary>The float bits of |v|: ordered like |v|, below 2^31 for every finite value.</summary>
    static uint Key(float v)
    {
        if (!float.IsFinite(v))
            throw new InvalidDataException($"A weight is {v}: magnitude pruning needs finite weights. Check the model (onnx.checker, or the Layers panel's NaN count).");
        return BitConverter.SingleToUInt32Bits(MathF.Abs(v));
    }
}
