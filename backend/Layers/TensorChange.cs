// The second pass over one tensor: each compared model's histogram on the shared bins and, against the base,
// the sums behind relative L2, the count of changed values, and the base's values histogrammed by change band.
// All models held in memory go through together, block by block, so the base's bin indices are computed once
// per block for all of them while the block is in L1. One vectorized loop per model and block computes the
// value's bin, its change band and the sums of squares (float accumulators per block of 4096, summed in double)
// and writes one joint cell per value (value bin × band × base bin); a scalar pass counts the cells. The model's
// histogram and the base's band histograms are the joint counts' two marginals, so each value is counted once.
// Tensors holding NaN or ±Inf take a value-by-value path instead (WithNonFinite), rare enough not to be worth speed.
// The same loops count the paper's sparsity split (zero in both, zero only in this model), so it costs no extra read.
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Layers;

public sealed class TensorChange
{
    const int Block = 4096;
    // Joint cells per value bin: the change bands. Beyond JointCellLimit cells (bins > 32 with 5 bands) the joint
    // tallies outgrow the L2 cache, and each value is counted twice instead: once by its bin, once by band × base bin.
    const int JointCellLimit = 5 * 32 * 32;
    // Interleaved tallies: consecutive values often share a cell, and a single tally would make each increment
    // wait for the previous one's store.
    const int Tallies = 4;

    readonly int _bins;
    readonly long[] _histogram;
    // [band × bins + bin]: one array, so the counts index once.
    readonly long[] _bands;

    public IReadOnlyList<long> Histogram => _histogram;
    /// <summary>[band][bin]: base values by how much they changed (see ChangeBands).</summary>
    public IReadOnlyList<IReadOnlyList<long>> ChangeHistograms =>
        [.. Enumerable.Range(0, ChangeBands.Labels.Count).Select(b => (IReadOnlyList<long>)_bands[(b * _bins)..((b + 1) * _bins)])];
    public double SquaredDifference { get; private set; }
    public double SquaredBase { get; private set; }
    public long Changed { get; private set; }
    /// <summary>Values exactly zero in this model and in the base (for the base against itself: its zeros, counted by TensorMoments instead).</summary>
    public long ZeroInBoth { get; private set; }
    /// <summary>Values exactly zero in this model whose base value is not.</summary>
    public long ZeroOnlyHere { get; private set; }

    TensorChange(int bins)
    {
        _bins = bins;
        _histogram = new long[bins];
        _bands = new long[bins * ChangeBands.Labels.Count];
    }

    /// <summary>
    /// Whether tensors with these moments can take the vectorized path: all values finite, and none so large (≥ 1e18) that float
    /// accumulators of their squares could overflow. Others are measured value by value, in double.
    /// </summary>
    public static bool VectorSafe(IEnumerable<TensorMoments> moments) =>
        moments.All(x => x.NonFinite == 0 && (x.Count == 0 || Math.Max(Math.Abs(x.Min), Math.Abs(x.Max)) < 1e18));

    /// <summary>The base against itself: its histogram and ‖base‖² only.</summary>
    /// <param name="vectorSafe">False when the base holds NaN or ±Inf, or values large enough for float sums of squares to overflow (see VectorSafe).</param>
    public static TensorChange OfBase(float[] values, int length, SharedBins bins, int threads, bool vectorSafe = true) =>
        Measure([], values, length, bins, 0, threads, baseOnly: true, vectorSafe)[0];

    /// <summary>
    /// The base's histogram and ‖base‖² read off a model's comparison, which already binned every base value (its change
    /// histograms summed over bands): saves the base a pass of its own whenever another model is compared.
    /// </summary>
    public static TensorChange BaseOf(TensorChange comparison)
    {
        var result = new TensorChange(comparison._bins) { SquaredBase = comparison.SquaredBase };
        for (var band = 0; band < ChangeBands.Labels.Count; band++)
            for (var b = 0; b < comparison._bins; b++) result._histogram[b] += comparison._bands[band * comparison._bins + b];
        return result;
    }

    public static TensorChange Of(float[] values, float[] baseValues, int length, SharedBins bins, double baseMaxAbs, int threads, bool vectorSafe = true) =>
        Of([values], baseValues, length, bins, baseMaxAbs, threads, vectorSafe)[0];

    /// <summary>Each of <paramref name="models"/> against the base in one pass over the base's values: one result per model, in order.</summary>
    /// <param name="vectorSafe">False when the base or a model holds NaN or ±Inf, or values large enough for float sums of squares to overflow (see VectorSafe).</param>
    public static IReadOnlyList<TensorChange> Of(IReadOnlyList<float[]> models, float[] baseValues, int length, SharedBins bins, double baseMaxAbs, int threads, bool vectorSafe = true) =>
        Measure(models, baseValues, length, bins, baseMaxAbs, threads, baseOnly: false, vectorSafe);

    static TensorChange[] Measure(IReadOnlyList<float[]> models, float[] baseValues, int length, SharedBins bins, double baseMaxAbs, int threads, bool baseOnly, bool vectorSafe)
    {
        var count = baseOnly ? 1 : models.Count;
        var parts = threads <= 1 || length < 1 << 16 ? 1 : threads;
        var results = new TensorChange[parts][];
        Parallel.For(0, parts, p =>
        {
            var (from, to) = TensorMoments.Part(length, parts, p);
            results[p] = [.. Enumerable.Range(0, count).Select(_ => new TensorChange(bins.Count))];
            if (!vectorSafe)
                for (var m = 0; m < count; m++)
                    results[p][m].AddWithNonFinite(baseOnly ? default : models[m].AsSpan(from, to - from), baseValues.AsSpan(from, to - from), bins, (float)baseMaxAbs);
            else if (baseOnly) results[p][0].AddBase(baseValues.AsSpan(from, to - from), bins);
            else AddModels(results[p], models, baseValues, from, to, bins, (float)baseMaxAbs);
        });
        var total = results[0];
        foreach (var part in results.Skip(1))
            for (var m = 0; m < count; m++) total[m].Merge(part[m]);
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void AddBase(ReadOnlySpan<float> values, SharedBins bins)
    {
        Span<int> cells = stackalloc int[Block];
        // int tallies cannot overflow: a part holds fewer than 2³¹ values (tensors are int-indexed).
        var tallies = new int[Tallies * _bins];
        for (var start = 0; start < values.Length; start += Block)
        {
            var v = values.Slice(start, Math.Min(Block, values.Length - start));
            bins.Of(v, cells[..v.Length]);
            Count(cells[..v.Length], tallies, _bins);
            SquaredBase += SumOfSquares(v);
        }
        Flush(tallies, _histogram);
    }

    static void AddModels(TensorChange[] results, IReadOnlyList<float[]> models, float[] baseValues, int from, int to, SharedBins bins, float baseMaxAbs)
    {
        var binCount = bins.Count;
        var bandCount = ChangeBands.Labels.Count;
        var joint = (long)binCount * binCount * bandCount <= JointCellLimit;
        var cellCount = joint ? binCount * binCount * bandCount : bandCount * binCount;
        // int tallies cannot overflow: a part holds fewer than 2³¹ values (tensors are int-indexed).
        var cellTallies = models.Select(_ => new int[Tallies * cellCount]).ToArray();
        var histogramTallies = joint ? [] : models.Select(_ => new int[Tallies * binCount]).ToArray();
        Span<int> baseBins = stackalloc int[Block];
        Span<int> cells = stackalloc int[Block];
        Span<int> valueBins = stackalloc int[joint ? 0 : Block];
        for (var start = from; start < to; start += Block)
        {
            var n = Math.Min(Block, to - start);
            var b = baseValues.AsSpan(start, n);
            bins.Of(b, baseBins[..n]);
            for (var m = 0; m < models.Count; m++)
            {
                var v = models[m].AsSpan(start, n);
                results[m].Compare(v, b, baseBins[..n], cells[..n], joint ? default : valueBins[..n], bins, baseMaxAbs);
                Count(cells[..n], cellTallies[m], cellCount);
                if (!joint) Count(valueBins[..n], histogramTallies[m], binCount);
            }
        }
        for (var m = 0; m < models.Count; m++)
        {
            if (joint) results[m].FlushJoint(cellTallies[m]);
            else
            {
                Flush(cellTallies[m], results[m]._bands);
                Flush(histogramTallies[m], results[m]._histogram);
            }
        }
    }

    /// <summary>
    /// One block of a model against the base's: the sums, the changed count, and per value its cell: (value bin × bands + band) × bins + base bin
    /// when <paramref name="valueBins"/> is empty (joint counting), else band × bins + base bin, with the value's bin in <paramref name="valueBins"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void Compare(ReadOnlySpan<float> v, ReadOnlySpan<float> b, ReadOnlySpan<int> baseBins, Span<int> cells, Span<int> valueBins, SharedBins bins, float baseMaxAbs)
    {
        var (small, medium) = (0.01f * baseMaxAbs, 0.1f * baseMaxAbs);
        var joint = valueBins.IsEmpty;
        var (binCount, bandCount) = (bins.Count, ChangeBands.Labels.Count);
        var (min, scale, last) = bins.Kernel;
        var n = v.Length;
        if (b.Length != n || baseBins.Length != n || cells.Length != n || (!joint && valueBins.Length != n))
            throw new ArgumentException("A block's values, base values, base bins and cells must be equally long.");
        long changed = 0, zeroInBoth = 0, zeroOnlyHere = 0;
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // ChangeBands.Of, lane by lane: comparisons are −1 where true, so 1 − (Δ ≥ small) − (Δ ≥ medium) is the Small/Medium/Large band.
            var (vSmall, vMedium) = (new Vector<float>(small), new Vector<float>(medium));
            var (vMin, vScale, vLast) = (new Vector<float>(min), new Vector<float>(scale), new Vector<float>(last));
            var (vBins, vStride) = (new Vector<int>(binCount), new Vector<int>(bandCount * binCount));
            // Unchecked loads and stores (k + lanes ≤ n, and every span is n long): span slicing's checks cost about a quarter of this loop.
            ref var vAt = ref MemoryMarshal.GetReference(v);
            ref var bAt = ref MemoryMarshal.GetReference(b);
            ref var baseBinsAt = ref MemoryMarshal.GetReference(baseBins);
            ref var cellsAt = ref MemoryMarshal.GetReference(cells);
            var (changedLanes, bothZeroLanes, hereZeroLanes) = (Vector<int>.Zero, Vector<int>.Zero, Vector<int>.Zero);
            var (baseSquares, differenceSquares) = (Vector<float>.Zero, Vector<float>.Zero);
            for (; k <= n - Vector<float>.Count; k += Vector<float>.Count)
            {
                var (x, y) = (Vector.LoadUnsafe(ref vAt, (nuint)k), Vector.LoadUnsafe(ref bAt, (nuint)k));
                var difference = x - y;
                var delta = Vector.Abs(difference);
                baseSquares += y * y;
                differenceSquares += difference * difference;
                var band = Vector<int>.One - Vector.GreaterThanOrEqual(delta, vSmall) - Vector.GreaterThanOrEqual(delta, vMedium);
                var zeroHere = Vector.Equals(x, Vector<float>.Zero);
                band = Vector.ConditionalSelect(zeroHere, new Vector<int>(ChangeBands.Zeroed), band);
                // Masks are −1 where true: subtracting counts. −0 equals 0, as in TensorMoments' zero count.
                var zeroBoth = zeroHere & Vector.Equals(y, Vector<float>.Zero);
                bothZeroLanes -= zeroBoth;
                hereZeroLanes -= Vector.AndNot(zeroHere, zeroBoth);
                var same = Vector.Equals(x, y);
                band = Vector.ConditionalSelect(same, Vector<int>.Zero, band);
                changedLanes += Vector<int>.One + same;
                // SharedBins.Of's arithmetic, so a value lands in one bin whichever path computes it.
                var valueBin = Vector.ConvertToInt32(Vector.Min(Vector.Max((x - vMin) * vScale, Vector<float>.Zero), vLast));
                var cell = band * vBins + Vector.LoadUnsafe(ref baseBinsAt, (nuint)k);
                if (joint) (valueBin * vStride + cell).StoreUnsafe(ref cellsAt, (nuint)k);
                else
                {
                    cell.CopyTo(cells[k..]);
                    valueBin.CopyTo(valueBins[k..]);
                }
            }
            changed = Vector.Sum(changedLanes);
            (zeroInBoth, zeroOnlyHere) = (Vector.Sum(bothZeroLanes), Vector.Sum(hereZeroLanes));
            (SquaredBase, SquaredDifference) = (SquaredBase + Vector.Sum(baseSquares), SquaredDifference + Vector.Sum(differenceSquares));
        }
        for (; k < n; k++)
        {
            var band = ChangeBands.Of(b[k], v[k], small, medium);
            var difference = (double)v[k] - b[k];
            (SquaredBase, SquaredDifference) = (SquaredBase + (double)b[k] * b[k], SquaredDifference + difference * difference);
            changed += band == ChangeBands.Unchanged ? 0 : 1;
            zeroInBoth += v[k] == 0 && b[k] == 0 ? 1 : 0;
            zeroOnlyHere += v[k] == 0 && b[k] != 0 ? 1 : 0;
            var cell = band * binCount + baseBins[k];
            if (joint) cells[k] = bins.Of(v[k]) * bandCount * binCount + cell;
            else (cells[k], valueBins[k]) = (cell, bins.Of(v[k]));
        }
        Changed += changed;
        (ZeroInBoth, ZeroOnlyHere) = (ZeroInBoth + zeroInBoth, ZeroOnlyHere + zeroOnlyHere);
    }

    /// <summary>
    /// Value by value, when NaN or ±Inf are present: histograms count finite values only; a finite base value whose model value
    /// is not finite changed by more than 10% (Large), so the bands still add up to the base's histogram; a value is unchanged
    /// when equal to the base's or when both are NaN; ‖base‖² sums the finite base values and ‖model − base‖² the positions
    /// where both are finite, so relative L2 stays a number (the non-finite values are reported as TensorStats.NonFinite).
    /// <paramref name="values"/> is empty for the base against itself.
    /// </summary>
    void AddWithNonFinite(ReadOnlySpan<float> values, ReadOnlySpan<float> baseValues, SharedBins bins, float baseMaxAbs)
    {
        var (small, medium) = (0.01f * baseMaxAbs, 0.1f * baseMaxAbs);
        for (var k = 0; k < baseValues.Length; k++)
        {
            var b = baseValues[k];
            if (float.IsFinite(b)) SquaredBase += (double)b * b;
            if (values.IsEmpty)
            {
                if (float.IsFinite(b)) _histogram[bins.Of(b)]++;
                continue;
            }
            var v = values[k];
            if (float.IsFinite(v)) _histogram[bins.Of(v)]++;
            if (v != b && !(float.IsNaN(v) && float.IsNaN(b))) Changed++;
            ZeroInBoth += v == 0 && b == 0 ? 1 : 0;
            ZeroOnlyHere += v == 0 && b != 0 ? 1 : 0;
            if (!float.IsFinite(b)) continue;
            var band = float.IsFinite(v) ? ChangeBands.Of(b, v, small, medium) : ChangeBands.Large;
            _bands[band * _bins + bins.Of(b)]++;
            if (float.IsFinite(v)) SquaredDifference += ((double)v - b) * ((double)v - b);
        }
    }

    // Hot loops are compiled optimized at once (AggressiveOptimization): left to tiering they started unoptimized
    // and ran the 500 MB benchmark about 2× slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static double SumOfSquares(ReadOnlySpan<float> values)
    {
        var squares = Vector<float>.Zero;
        var i = 0;
        for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var x = new Vector<float>(values[i..]);
            squares += x * x;
        }
        double total = Vector.Sum(squares);
        for (; i < values.Length; i++) total += (double)values[i] * values[i];
        return total;
    }

    /// <summary>Counts into <see cref="Tallies"/> interleaved int tallies (<paramref name="stride"/> cells each); Flush adds them to the totals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void Count(ReadOnlySpan<int> cells, Span<int> tallies, int stride)
    {
        var i = 0;
        for (; i <= cells.Length - 4; i += 4)
        {
            tallies[cells[i]]++;
            tallies[stride + cells[i + 1]]++;
            tallies[2 * stride + cells[i + 2]]++;
            tallies[3 * stride + cells[i + 3]]++;
        }
        for (; i < cells.Length; i++) tallies[cells[i]]++;
    }

    static void Flush(ReadOnlySpan<int> tallies, long[] counts)
    {
        for (var c = 0; c < counts.Length; c++)
            counts[c] += (long)tallies[c] + tallies[counts.Length + c] + tallies[2 * counts.Length + c] + tallies[3 * counts.Length + c];
    }

    /// <summary>Adds joint tallies (value bin × band × base bin) to the histogram (summed over band and base bin) and the band histograms (summed over value bin).</summary>
    void FlushJoint(ReadOnlySpan<int> tallies)
    {
        var perValueBin = _bands.Length;
        var stride = _bins * perValueBin;
        for (var valueBin = 0; valueBin < _bins; valueBin++)
            for (var c = 0; c < perValueBin; c++)
            {
                var i = valueBin * perValueBin + c;
                var count = (long)tallies[i] + tallies[stride + i] + tallies[2 * stride + i] + tallies[3 * stride + i];
                _histogram[valueBin] += count;
                _bands[c] += count;
            }
    }

    void Merge(TensorChange other)
    {
        for (var b = 0; b < _histogram.Length; b++) _histogram[b] += other._histogram[b];
        for (var b = 0; b < _bands.Length; b++) _bands[b] += other._bands[b];
        (SquaredDifference, SquaredBase, Changed) = (SquaredDifference + other.SquaredDifference, SquaredBase + other.SquaredBase, Changed + other.Changed);
        (ZeroInBoth, ZeroOnlyHere) = (ZeroInBoth + other.ZeroInBoth, ZeroOnlyHere + other.ZeroOnlyHere);
    }
}
