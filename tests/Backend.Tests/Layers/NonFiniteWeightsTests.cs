// NaN and ±Inf weights: counted apart (NonFinite), left out of the other statistics, and never in the JSON.
using System.Text.Json;
using CompressCompare.Backend.Layers;

namespace Backend.Tests.Layers;

public sealed class NonFiniteWeightsTests : IDisposable
{
    readonly ProbeFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task NaN_and_Inf_are_counted_apart_and_every_other_statistic_is_over_the_finite_values()
    {
        // Position by position: unchanged; NaN in both (unchanged); 2 became NaN; +Inf became 3; unchanged; −3 was zeroed.
        var a = _files.Write("a.safetensors", ("w", [6], [1f, float.NaN, 2f, float.PositiveInfinity, -2f, -3f]));
        var b = _files.Write("b.safetensors", ("w", [6], [1f, float.NaN, float.NaN, 3f, -2f, 0f]));

        var result = await ProbeFiles.Probe(4, a, b);

        var tensor = result.Tensors.Single();
        Assert.Equal((-3, 3), (tensor.BinMin, tensor.BinMax)); // finite values only: bins of width 1.5
        var (base_, model) = (tensor.Models[0]!, tensor.Models[1]!);
        Assert.Equal(2, base_.NonFinite);
        Assert.Equal((-3, 2), (base_.Min, base_.Max));
        Assert.Equal(-0.5, base_.Mean, 12); // (1 + 2 − 2 − 3) / 4
        Assert.Equal(Math.Sqrt(17.0 / 4), base_.Std, 12); // 1.5² + 2.5² + 1.5² + 2.5²
        Assert.Equal([2L, 0, 1, 1], base_.Histogram); // −2, −3 → 0; 1 → 2; 2 → 3
        Assert.Equal(2, model.NonFinite);
        Assert.Equal((-2, 3), (model.Min, model.Max));
        Assert.Equal(0.5, model.Mean, 12);
        Assert.Equal(Math.Sqrt(13.0 / 4), model.Std, 12);
        Assert.Equal([1L, 0, 2, 1], model.Histogram); // −2 → 0; 0, 1 → 2; 3 → 3 (clamped)
        Assert.Equal(1.0 / 6, model.Sparsity);
        Assert.Equal(0.5, model.Changed); // 2 → NaN, +Inf → 3, −3 → 0
        Assert.Equal(Math.Sqrt(9.0 / 18), model.RelL2!.Value, 12); // (0 − (−3))² over 1 + 4 + 4 + 9, both finite only
        var bands = result.ChangeBands.ToList();
        Assert.Equal([1L, 0, 1, 0], model.ChangeHistograms[bands.IndexOf("unchanged")]);
        Assert.Equal([0L, 0, 0, 1], model.ChangeHistograms[bands.IndexOf("> 10%")]); // 2 became NaN
        Assert.Equal([1L, 0, 0, 0], model.ChangeHistograms[bands.IndexOf("zeroed")]);
        Assert.Equal(base_.Histogram, Enumerable.Range(0, 4).Select(bin => model.ChangeHistograms.Sum(h => h[bin])));
        JsonSerializer.Serialize(result); // throws on a NaN or Infinity number
    }

    [Fact]
    public async Task A_tensor_of_only_NaN_has_empty_statistics_not_NaN_ones()
    {
        var a = _files.Write("a.safetensors", ("w", [3], [float.NaN, float.NaN, float.NaN]));

        var stats = (await ProbeFiles.Probe(4, a, a)).Tensors.Single().Models[1]!;

        Assert.Equal(3, stats.NonFinite);
        Assert.Equal((0, 0, 0, 0), (stats.Min, stats.Max, stats.Mean, stats.Std));
        Assert.Equal([0L, 0, 0, 0], stats.Histogram);
        Assert.Equal(0, stats.Changed);
    }

    [Fact]
    public async Task Large_tensors_with_scattered_NaN_and_Inf_match_a_value_by_value_computation()
    {
        const int length = 3 * 65_536 + 11; // vectorized blocks on several threads
        var random = new Random(5);
        var a = Enumerable.Range(0, length).Select(i => i % 1_000 == 3 ? float.NaN : i % 777 == 5 ? float.PositiveInfinity : random.NextSingle() * 4 - 2).ToArray();
        var b = a.Select((v, i) => i % 501 == 0 ? float.NegativeInfinity : v * 1.01f).ToArray();
        var result = await ProbeFiles.Probe(32, _files.Write("a.safetensors", ("w", [length], a)), _files.Write("b.safetensors", ("w", [length], b)));

        var tensor = result.Tensors.Single();
        foreach (var (values, stats) in new[] { (a, tensor.Models[0]!), (b, tensor.Models[1]!) })
        {
            var finite = values.Where(float.IsFinite).Select(v => (double)v).ToArray();
            Assert.Equal(length - finite.Length, stats.NonFinite);
            Assert.Equal((finite.Min(), finite.Max()), (stats.Min, stats.Max));
            var mean = finite.Average();
            Assert.Equal(mean, stats.Mean, 1e-6);
            Assert.Equal(Math.Sqrt(finite.Average(v => (v - mean) * (v - mean))), stats.Std, 1e-6);
            Assert.Equal(finite.Length, stats.Histogram.Sum());
        }
        var both = Enumerable.Range(0, length).Where(i => float.IsFinite(a[i]) && float.IsFinite(b[i])).ToList();
        var expected = Math.Sqrt(both.Sum(i => ((double)b[i] - a[i]) * ((double)b[i] - a[i])) / a.Where(float.IsFinite).Sum(v => (double)v * v));
        Assert.Equal(expected, tensor.Models[1]!.RelL2!.Value, 1e-9);
        JsonSerializer.Serialize(result);
    }
}
