// The second pass over one tensor of one model: its histogram on the shared bins and, against the base,
// the sums behind relative L2, the count of changed values, and the base's values histogrammed by change band.
namespace CompressCompare.Backend.Layers;

public sealed class TensorChange
{
    public long[] Histogram { get; }
    /// <summary>[band][bin]: base values by how much they changed (see ChangeBands).</summary>
    public long[][] ChangeHistograms { get; }
    public double SquaredDifference { get; private set; }
    public double SquaredBase { get; private set; }
    public long Changed { get; private set; }

    TensorChange(int bins)
    {
        Histogram = new long[bins];
        ChangeHistograms = [.. ChangeBands.Labels.Select(_ => new long[bins])];
    }

    /// <summary>The base against itself: its histogram and ‖base‖² only.</summary>
    public static TensorChange OfBase(float[] values, int length, SharedBins bins, int threads) =>
        Measure(values, null, length, bins, 0, threads);

    public static TensorChange Of(float[] values, float[] baseValues, int length, SharedBins bins, double baseMaxAbs, int threads) =>
        Measure(values, baseValues, length, bins, baseMaxAbs, threads);

    static TensorChange Measure(float[] values, float[]? baseValues, int length, SharedBins bins, double baseMaxAbs, int threads)
    {
        var parts = threads <= 1 || length < 1 << 20 ? 1 : threads;
        var results = new TensorChange[parts];
        Parallel.For(0, parts, p =>
        {
            var (from, to) = TensorMoments.Part(length, parts, p);
            var part = new TensorChange(bins.Count);
            if (baseValues is null) part.AddBase(values.AsSpan(from, to - from), bins);
            else part.Add(values.AsSpan(from, to - from), baseValues.AsSpan(from, to - from), bins, baseMaxAbs);
            results[p] = part;
        });
        var total = results[0];
        foreach (var part in results.Skip(1)) total.Merge(part);
        return total;
    }

    void AddBase(ReadOnlySpan<float> values, SharedBins bins)
    {
        double squares = 0;
        foreach (var v in values)
        {
            Histogram[bins.Of(v)]++;
            squares += (double)v * v;
        }
        SquaredBase += squares;
    }

    void Add(ReadOnlySpan<float> values, ReadOnlySpan<float> baseValues, SharedBins bins, double baseMaxAbs)
    {
        double difference = 0, squares = 0;
        long changed = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var (v, b) = (values[i], baseValues[i]);
            Histogram[bins.Of(v)]++;
            squares += (double)b * b;
            if (v == b)
            {
                ChangeHistograms[ChangeBands.Unchanged][bins.Of(b)]++;
                continue;
            }
            var d = (double)v - b;
            difference += d * d;
            changed++;
            ChangeHistograms[ChangeBands.Of(b, v, baseMaxAbs)][bins.Of(b)]++;
        }
        (SquaredDifference, SquaredBase, Changed) = (SquaredDifference + difference, SquaredBase + squares, Changed + changed);
    }

    void Merge(TensorChange other)
    {
        for (var b = 0; b < Histogram.Length; b++) Histogram[b] += other.Histogram[b];
        for (var band = 0; band < ChangeHistograms.Length; band++)
            for (var b = 0; b < Histogram.Length; b++) ChangeHistograms[band][b] += other.ChangeHistograms[band][b];
        (SquaredDifference, SquaredBase, Changed) = (SquaredDifference + other.SquaredDifference, SquaredBase + other.SquaredBase, Changed + other.Changed);
    }
}
