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

    /// <summary>The first high bin of non-finite values (exponent all ones): finite |v| keys lie below it.</summary>
    const int NonFiniteBin = 0x7F80_0000 >> LowBits;

    static void CountHigh(long[] high, ReadOnlySpan<float> values)
    {
        foreach (var v in values) high[(BitConverter.SingleToUInt32Bits(v) & 0x7FFF_FFFF) >> LowBits]++;
        // Non-finite values land in the top bins: checked once per tensor here, not once per value in the loop.
        if (high.AsSpan(NonFiniteBin, (1 << (31 - LowBits)) - NonFiniteBin).ContainsAnyExcept(0L))
            foreach (var v in values) Key(v);
    }

    /// <summary>Counts the low bits of the values in high bin <paramref name="bin"/>: a vector test finds the few vectors that hold any.</summary>
    static void CountLow(long[] low, int bin, ReadOnlySpan<float> values)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && bin + 1 < NonFiniteBin)
        {
            var (from, to) = (new Vector<float>(BitConverter.UInt32BitsToSingle((uint)bin << LowBits)),
                new Vector<float>(BitConverter.UInt32BitsToSingle((uint)(bin + 1) << LowBits)));
            for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var magnitude = Vector.Abs(new Vector<float>(values[i..]));
                if (Vector.EqualsAny(Vector.GreaterThanOrEqual(magnitude, from) & Vector.LessThan(magnitude, to), Vector<int>.AllBitsSet))
                    CountLowOf(low, bin, values.Slice(i, Vector<float>.Count));
            }
        }
        CountLowOf(low, bin, values[i..]);
    }

    static void CountLowOf(long[] low, int bin, ReadOnlySpan<float> values)
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
            var counted = Vector<int>.Zero;
            for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var v = new Vector<float>(values[i..]);
                var kept = Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(v), limit), Vector<float>.Zero, v);
                kept.CopyTo(values[i..]);
                // Values exactly at the threshold are rare: only a vector holding one goes through the tie rule.
                if (_tiesLeft > 0 && Vector.EqualsAny(Vector.Abs(kept), limit))
                {
                    SpendTies(values.Slice(i, Vector<float>.Count), threshold);
                    kept = new Vector<float>(values[i..]);
                }
                counted += Vector.Equals(kept, Vector<float>.Zero); // each true lane is −1, summed once per tensor
            }
            zeros -= Vector.Sum(counted);
        }
        for (; i < values.Length; i++)
        {
            if (MathF.Abs(values[i]) < threshold) values[i] = 0f;
            SpendTies(values.Slice(i, 1), threshold);
            if (values[i] == 0f) zeros++;
        }
        return zeros;
    }

    /// <summary>Zeros the values exactly at the threshold while ties are left, the first ones met (Find's order); zeros never spend one.</summary>
    void SpendTies(Span<float> values, float threshold)
    {
        for (var t = 0; t < values.Length && _tiesLeft > 0; t++)
            if (values[t] != 0f && MathF.Abs(values[t]) == threshold)
            {
                values[t] = 0f;
                _tiesLeft--;
            }
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
