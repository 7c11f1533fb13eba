// The vectorized, blocked, multi-threaded scan against a value-by-value reference on tensors large enough to take
// every path: several parts, full blocks and a ragged tail, joint counting (≤ 32 bins) and separate counting (more).
using CompressCompare.Backend.Layers;

namespace Backend.Tests.Layers;

public sealed class ScanKernelTests : IDisposable
{
    const int Length = 3 * 65_536 + 4_099; // past the parallel threshold, not a multiple of the block or vector width
    readonly ProbeFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(32)]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Every_statistic_equals_a_value_by_value_computation(int binCount)
    {
        var random = new Random(binCount);
        // Every 11th base value is zero, so the sparsity split has zeros in both as well as zeros only in a model.
        var baseValues = Enumerable.Range(0, Length).Select(i => i % 11 == 0 ? 0 : random.NextSingle() * 2 - 1).ToArray();
        // Four compared models: more than the probe holds at once, so the last ones are re-read and compared alone.
        float[][] models =
        [
            [.. baseValues.Select(v => Math.Abs(v) < 0.5f ? 0 : v)],
            [.. baseValues.Select((v, i) => i % 3 == 0 ? v : v * (1 + (random.NextSingle() * 2 - 1) * 0.3f))],
            [.. baseValues.Select((v, i) => i % 7 == 0 ? 5f : v)],
            [.. baseValues.Select(v => v + 0.003f)],
        ];
        string[] files = [_files.Write("base.safetensors", ("w", [Length], baseValues)),
            .. models.Select((values, m) => _files.Write($"m{m}.safetensors", ("w", [Length], values)))];

        var tensor = (await ProbeFiles.Probe(binCount, files)).Tensors.Single();

        var bins = new SharedBins(models.Append(baseValues).Min(v => v.Min()), models.Append(baseValues).Max(v => v.Max()), binCount);
        Assert.Equal((bins.Min, bins.Max), (tensor.BinMin, tensor.BinMax));
        Assert.Equal(Histogram(baseValues, bins), tensor.Models[0]!.Histogram);
        var baseMaxAbs = baseValues.Max(Math.Abs);
        for (var m = 0; m < models.Length; m++)
        {
            var (values, stats) = (models[m], tensor.Models[m + 1]!);
            Assert.Equal(Histogram(values, bins), stats.Histogram);
            Assert.Equal((double)values.Min(), stats.Min);
            Assert.Equal((double)values.Max(), stats.Max);
            var mean = values.Average(v => (double)v);
            // Moments sum in float per block of 4096 values (then in double): exact to about 1e-7 of the values' magnitude (here ≤ 5).
            Assert.Equal(mean, stats.Mean, 1e-6);
            Assert.Equal(Math.Sqrt(values.Average(v => (v - mean) * (v - mean))), stats.Std, 1e-6);
            Assert.Equal((double)values.Count(v => v == 0) / Length, stats.Sparsity);
            Assert.Equal((double)values.Where((v, i) => v == 0 && baseValues[i] == 0).Count() / Length, stats.ZeroInBoth);
            Assert.Equal((double)values.Where((v, i) => v == 0 && baseValues[i] != 0).Count() / Length, stats.ZeroOnlyHere);
            var bands = new long[ChangeBands.Labels.Count][];
            for (var band = 0; band < bands.Length; band++) bands[band] = new long[binCount];
            double squaredDifference = 0, squaredBase = 0;
            long changed = 0;
            for (var i = 0; i < Length; i++)
            {
                var band = ChangeBands.Of(baseValues[i], values[i], baseMaxAbs);
                bands[band][bins.Of(baseValues[i])]++;
                changed += band == ChangeBands.Unchanged ? 0 : 1;
                squaredDifference += ((double)values[i] - baseValues[i]) * ((double)values[i] - baseValues[i]);
                squaredBase += (double)baseValues[i] * baseValues[i];
            }
            for (var band = 0; band < bands.Length; band++) Assert.Equal(bands[band], stats.ChangeHistograms[band]);
            Assert.Equal((double)changed / Length, stats.Changed);
            // Float accumulators per block of 4096 values: sums agree with double ones to a few parts per million.
            Assert.Equal(Math.Sqrt(squaredDifference / squaredBase), stats.RelL2!.Value, 1e-5 * stats.RelL2.Value);
        }
    }

    [Fact]
    public async Task Half_precision_tensors_read_in_stretches_on_several_threads_keep_every_value()
    {
        // A ramp: a stretch read from the wrong offset would shift the mean and the histogram.
        var values = Enumerable.Range(0, Length).Select(i => (Half)(8.0 * i / Length - 4)).ToArray();
        var bytes = values.SelectMany(h => BitConverter.GetBytes(h)).ToArray();
        var stats = (await ProbeFiles.Probe(16, _files.WriteRaw("h.safetensors", "w", "F16", [Length], bytes))).Tensors.Single().Models[0]!;

        var floats = values.Select(h => (double)(float)h).ToArray();
        Assert.Equal((floats.Min(), floats.Max()), (stats.Min, stats.Max));
        Assert.Equal(floats.Average(), stats.Mean, 1e-6);
        Assert.Equal(Histogram([.. floats.Select(v => (float)v)], new SharedBins(floats.Min(), floats.Max(), 16)), stats.Histogram);
    }

    static long[] Histogram(float[] values, SharedBins bins)
    {
        var counts = new long[bins.Count];
        foreach (var v in values) counts[bins.Of(v)]++;
        return counts;
    }
}
