// Global magnitude pruning's exact cut in one counting pass instead of two histogram passes. A sample of the weights (runs
// of neighbours read at evenly spread places) brackets the cut's |w|; one pass over the weights then counts the values below
// the bracket and keeps, in (tensor, index) order, the few inside it (about 1 % of them). MagnitudeCut settles those exactly,
// which gives the same cut as MagnitudeCut.Find: the same threshold and the same ties spent in the same order. The pass is a
// vector compare, where Find's first pass incremented a histogram counter per value. When the sample misjudged the bracket
// (the cut lies outside it), Cut says so and the caller falls back to Find.
using System.Numerics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="low">Values whose |w| float bits are below this are counted.</param>
/// <param name="high">Values whose |w| float bits are at or above this are passed over; those between are kept.</param>
internal sealed class MagnitudeBracket(uint low, uint high, int expectedInside = 0)
{
    /// <summary>Values per sampled run: neighbours read together, so the sample costs few reads.</summary>
    const int Run = 64;

    /// <summary>Keys of non-finite values (exponent all ones) start here.</summary>
    const uint NonFinite = 0x7F80_0000;

    readonly uint _low = low, _high = high;
    // Sized for the values the sample put inside, so a large model's list does not grow by copies.
    readonly List<float> _inside = new(expectedInside);
    long _below;

    /// <summary>
    /// The bracket of the cut that zeros <paramref name="zeros"/> of <paramref name="weights"/>' values (<paramref name="total"/> in
    /// all), estimated from at most <paramref name="sampleValues"/> of them read from <paramref name="file"/>. Its width is four
    /// binomial standard deviations of the sample's rank either side, plus a run: a sample of 2^17 keeps about 1 % of the values.
    /// </summary>
    public static MagnitudeBracket Estimate(SafeFileHandle file, IReadOnlyList<OnnxStoredWeight> weights, long total, long zeros, int sampleValues)
    {
        var (keys, n) = Sample(file, weights, total, sampleValues);
        keys.AsSpan(0, n).Sort();
        var p = (double)zeros / total;
        var margin = (long)Math.Ceiling(4 * Math.Sqrt(n * p * (1 - p))) + Run + 1;
        var rank = (long)Math.Round(p * n);
        var low = rank - margin <= 0 ? 0u : keys[rank - margin];
        var high = rank + margin >= n ? NonFinite : keys[rank + margin] + 1;
        var expected = (int)Math.Min(total * (2.0 * margin / n) * 1.25, 1 << 28);
        return new MagnitudeBracket(low, Math.Min(high, NonFinite), expected);
    }

    /// <summary>The |w| float bits of about <paramref name="limit"/> values in runs spread evenly over the weights taken end to end (all of them when fewer).</summary>
    static (uint[] Keys, int Count) Sample(SafeFileHandle file, IReadOnlyList<OnnxStoredWeight> weights, long total, int limit)
    {
        var runs = total <= limit ? (int)((total + Run - 1) / Run) : Math.Max(1, limit / Run);
        var keys = new uint[(int)Math.Min((long)runs * Run, total)];
        var buffer = new float[Run];
        var (tensor, before, taken) = (0, 0L, 0);
        for (var r = 0; r < runs; r++)
        {
            // A run stops at its tensor's end: the sample only estimates the bracket, so missing a few values costs nothing.
            var at = total <= limit ? (long)r * Run : r * (total - Run) / Math.Max(1, runs - 1);
            while (at >= before + weights[tensor].Count) before += weights[tensor++].Count;
            var part = weights[tensor] with { Offset = weights[tensor].Offset + 4 * (at - before), Count = (int)Math.Min(Run, before + weights[tensor].Count - at) };
            part.ReadInto(file, buffer);
            foreach (var v in buffer.AsSpan(0, part.Count)) keys[taken++] = BitConverter.SingleToUInt32Bits(v) & 0x7FFF_FFFF;
        }
        return (keys, taken);
    }

    /// <summary>Values per piece of the counting pass: read and counted while they are still in cache.</summary>
    const int Piece = 1 << 16;

    /// <summary>
    /// Counts every value of <paramref name="weights"/> (read from <paramref name="file"/>) below the bracket and keeps those
    /// inside it, in the order the cut will be applied. Pieces are read and counted on the thread pool, each into its own
    /// list, and the lists are joined in piece order, so the result is the one a single pass in order gives.
    /// </summary>
    public void Count(SafeFileHandle file, IReadOnlyList<OnnxStoredWeight> weights, CancellationToken cancellationToken)
    {
        var pieces = weights.SelectMany(w => Enumerable.Range(0, (w.Count + Piece - 1) / Piece)
            .Select(p => w with { Offset = w.Offset + 4L * p * Piece, Count = Math.Min(Piece, w.Count - p * Piece) })).ToArray();
        var counted = new (long Below, float? NonFinite, List<float> Inside)[pieces.Length];
        try
        {
            Parallel.For(0, pieces.Length, new ParallelOptions { CancellationToken = cancellationToken }, () => new float[Piece], (p, _, buffer) =>
            {
                var values = buffer.AsSpan(0, pieces[p].Count);
                pieces[p].ReadInto(file, values);
                var inside = new List<float>();
                var (below, bad) = Tally(values, inside);
                counted[p] = (below, bad, inside);
                return buffer;
            }, _ => { });
        }
        catch (AggregateException e)
        {
            // A file that changed while it was read fails as the read itself does, not as a parallel loop.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        // In file order, so the first non-finite value is the one a pass in order would meet.
        foreach (var (below, bad, inside) in counted) Add(below, bad, inside);
    }

    /// <summary>Counts the next values below the bracket and keeps those inside it; values must come in the order the cut will be applied.</summary>
    public void Count(ReadOnlySpan<float> values)
    {
        var inside = new List<float>();
        var (below, bad) = Tally(values, inside);
        Add(below, bad, inside);
    }

    void Add(long below, float? bad, List<float> inside)
    {
        if (bad is { } v)
            throw new InvalidDataException($"A weight is {v}: magnitude pruning needs finite weights. Check the model (onnx.checker, or the Layers panel's NaN count).");
        _below += below;
        _inside.AddRange(inside);
    }

    /// <summary>How many of <paramref name="values"/> lie below the bracket, adding those inside it to <paramref name="inside"/>; and the first non-finite value, if any.</summary>
    (long Below, float? NonFinite) Tally(ReadOnlySpan<float> values, List<float> inside)
    {
        var i = 0;
        var count = 0L;
        if (Vector.IsHardwareAccelerated)
        {
            // Finite keys are below 2^31, so signed compares order them.
            var (low, high, finite) = (new Vector<int>((int)_low), new Vector<int>((int)_high), new Vector<int>((int)NonFinite - 1));
            var magnitude = new Vector<int>(0x7FFF_FFFF);
            var below = Vector<int>.Zero;
            for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var key = Vector.AsVectorInt32(new Vector<float>(values[i..])) & magnitude;
                var lower = Vector.LessThan(key, low);
                // Only a vector holding a value inside the bracket, or a non-finite one, goes through the scalar path.
                if (!Vector.EqualsAll(Vector.AndNot(Vector.LessThan(key, high), lower) | Vector.GreaterThan(key, finite), Vector<int>.Zero))
                {
                    var (some, bad) = Scalar(values.Slice(i, Vector<float>.Count), inside);
                    if (bad is not null) return (0, bad);
                    count += some;
                }
                else below += lower; // each true lane is −1, summed once per call
            }
            count -= Vector.Sum(below);
        }
        var (rest, last) = Scalar(values[i..], inside);
        return (count + rest, last);
    }

    (long Below, float? NonFinite) Scalar(ReadOnlySpan<float> values, List<float> inside)
    {
        var below = 0L;
        foreach (var v in values)
        {
            var key = BitConverter.SingleToUInt32Bits(v) & 0x7FFF_FFFF;
            if (key >= NonFinite) return (0, v);
            // Branch-free count: about half the values of a vector that holds one inside the bracket lie below it, unpredictably.
            below += key < _low ? 1 : 0;
            if (key - _low < _high - _low) inside.Add(v); // wraps past the width below the bracket
        }
        return (below, null);
    }

    /// <summary>
    /// The exact cut that zeros <paramref name="zeros"/> of the counted values, to be applied to them in the same order; null when
    /// the cut lies outside the bracket.
    /// </summary>
    public MagnitudeCut? Cut(long zeros)
    {
        var inside = zeros - _below;
        if (inside < 0 || inside > _inside.Count) return null;
        // Every value at the cut's |w| lies inside the bracket, so the ties it spends there are all the ties there are.
        return inside == 0 ? new MagnitudeCut(_low, 0) : MagnitudeCut.Within(CollectionsMarshal.AsSpan(_inside), inside);
    }
}
