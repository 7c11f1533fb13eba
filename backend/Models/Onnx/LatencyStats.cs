// Summary of timed inference runs. Median and p90 rather than the mean: a single GC pause or scheduler
// hiccup should not move the number a comparison is based on.
namespace CompressCompare.Backend.Models.Onnx;

public sealed record LatencyStats(int Runs, double MedianMs, double P90Ms, double MinMs, double MaxMs)
{
    /// <summary>Percentiles by linear interpolation between order statistics (numpy's default).</summary>
    public static LatencyStats FromSamples(IReadOnlyList<double> samplesMs)
    {
        if (samplesMs.Count == 0) throw new ArgumentException("At least one timed run is needed.", nameof(samplesMs));
        var sorted = samplesMs.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.9), sorted[0], sorted[^1]);
    }

    static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
