// The second pass over one tensor of one model: its histogram on the shared bins and, against the base,
// the sums behind relative L2, the count of changed values, and the base's values histogrammed by change band.
// Values go through in blocks: bin indices, change bands and sums of squares with vectorized kernels (float
// accumulators per block of 4096, summed in double), then one scalar pass that counts.
using System.Numerics;
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Layers;

public sealed class TensorChange
{
    const int Block = 4096;

    readonly int _bins;
    readonly long[] _histogram;
    // [band × bins + bin]: one array, so the hot loop indexes once.
    readonly long[] _bands;

    public IReadOnlyList<long> Histogram => _histogram;
    /// <summary>[band][bin]: base values by how much they changed (see ChangeBands).</summary>
    public IReadOnlyList<IReadOnlyList<long>> ChangeHistograms =>
        [.. Enumerable.Range(0, ChangeBands.Labels.Count).Select(b => (IReadOnlyList<long>)_bands[(b * _bins)..((b + 1) * _bins)])];
    public double SquaredDifference { get; private set; }
    public double SquaredBase { get; private set; }
    public long Changed { get; private set; }

    TensorChange(int bins)
    {
        _bins = bins;
        _histogram = new long[bins];
        _bands = new long[bins * ChangeBands.Labels.Count];
    }

    /// <summary>The base against itself: its histogram and ‖base‖² only.</summary>
    public static TensorChange OfBase(float[] values, int length, SharedBins bins, int threads) =>
        Measure(values, null, length, bins, 0, threads);

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

    public static TensorChange Of(float[] values, float[] baseValues, int length, SharedBins bins, double baseMaxAbs, int threads) =>
        Measure(values, baseValues, length, bins, baseMaxAbs, threads);

    static TensorChange Measure(float[] values, float[]? baseValues, int length, SharedBins bins, double baseMaxAbs, int threads)
    {
        var parts = threads <= 1 || length < 1 << 16 ? 1 : threads;
        var results = new TensorChange[parts];
        Parallel.For(0, parts, p =>
        {
            var (from, to) = TensorMoments.Part(length, parts, p);
            var part = new TensorChange(bins.Count);
            part.Add(values.AsSpan(from, to - from), baseValues is null ? default : baseValues.AsSpan(from, to - from), bins, (float)baseMaxAbs);
            results[p] = part;
        });
        var total = results[0];
        foreach (var part in results.Skip(1)) total.Merge(part);
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void Add(ReadOnlySpan<float> values, ReadOnlySpan<float> baseValues, SharedBins bins, float baseMaxAbs)
    {
        Span<int> valueBins = stackalloc int[Block];
        Span<int> baseBins = stackalloc int[Block];
        var (small, medium) = (0.01f * baseMaxAbs, 0.1f * baseMaxAbs);
        // int tallies cannot overflow: a part holds fewer than 2³¹ values (tensors are int-indexed).
        var histogramTallies = new int[4 * _histogram.Length];
        var bandTallies = new int[4 * _bands.Length];
        for (var start = 0; start < values.Length; start += Block)
        {
            var n = Math.Min(Block, values.Length - start);
            var v = values.Slice(start, n);
            bins.Of(v, valueBins[..n]);
            Count(valueBins[..n], histogramTallies, _histogram.Length);
            if (baseValues.IsEmpty)
            {
                SquaredBase += SumOfSquares(v);
                continue;
            }
            var b = baseValues.Slice(start, n);
            bins.Of(b, baseBins[..n]);
            var cells = baseBins[..n]; // reused in place: band × bins + base bin
            long changed = 0;
            var k = 0;
            if (Vector.IsHardwareAccelerated)
            {
                // ChangeBands.Of, lane by lane: comparisons are −1 where true, so 1 − (Δ ≥ small) − (Δ ≥ medium) is the Small/Medium/Large band.
                var (vSmall, vMedium, vBins) = (new Vector<float>(small), new Vector<float>(medium), new Vector<int>(_bins));
                var changedLanes = Vector<int>.Zero;
                var (baseSquares, differenceSquares) = (Vector<float>.Zero, Vector<float>.Zero);
                for (; k <= n - Vector<float>.Count; k += Vector<float>.Count)
                {
                    var (x, y) = (new Vector<float>(v[k..]), new Vector<float>(b[k..]));
                    var difference = x - y;
                    var delta = Vector.Abs(difference);
                    baseSquares += y * y;
                    differenceSquares += difference * difference;
                    var band = Vector<int>.One - Vector.GreaterThanOrEqual(delta, vSmall) - Vector.GreaterThanOrEqual(delta, vMedium);
                    band = Vector.ConditionalSelect(Vector.Equals(x, Vector<float>.Zero), new Vector<int>(ChangeBands.Zeroed), band);
                    var same = Vector.Equals(x, y);
                    band = Vector.ConditionalSelect(same, Vector<int>.Zero, band);
                    changedLanes += Vector<int>.One + same;
                    (band * vBins + new Vector<int>(cells[k..])).CopyTo(cells[k..]);
                }
                changed = Vector.Sum(changedLanes);
                (SquaredBase, SquaredDifference) = (SquaredBase + Vector.Sum(baseSquares), SquaredDifference + Vector.Sum(differenceSquares));
            }
            for (; k < n; k++)
            {
                var band = ChangeBands.Of(b[k], v[k], small, medium);
                var difference = (double)v[k] - b[k];
                (SquaredBase, SquaredDifference) = (SquaredBase + (double)b[k] * b[k], SquaredDifference + difference * difference);
                changed += band == ChangeBands.Unchanged ? 0 : 1;
                cells[k] = band * _bins + cells[k];
            }
            Count(cells, bandTallies, _bands.Length);
            Changed += changed;
        }
        Flush(histogramTallies, _histogram);
        Flush(bandTallies, _bands);
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

    /// <summary>Counts into four interleaved int tallies: consecutive values often fall in one bin, and a single tally would make
    /// each increment wait for the previous one's store. <paramref name="tallies"/> is 4 × the cell count; Flush adds it to the totals.</summary>
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

    static void Flush(Span<int> tallies, long[] counts)
    {
        for (var c = 0; c < counts.Length; c++)
            counts[c] += (long)tallies[c] + tallies[counts.Length + c] + tallies[2 * counts.Length + c] + tallies[3 * counts.Length + c];
        tallies.Clear();
    }

    void Merge(TensorChange other)
    {
        for (var b = 0; b < _histogram.Length; b++) _histogram[b] += other._histogram[b];
        for (var b = 0; b < _bands.Length; b++) _bands[b] += other._bands[b];
        (SquaredDifference, SquaredBase, Changed) = (SquaredDifference + other.SquaredDifference, SquaredBase + other.SquaredBase, Changed + other.Changed);
    }
}
