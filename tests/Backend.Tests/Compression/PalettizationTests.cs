using Backend.Tests.Models.Torch;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Models;

namespace Backend.Tests.Compression;

[Collection(TorchSharpTests.Name)]
public sealed class PalettizationTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Each_layer_holds_at_most_2_to_the_bits_distinct_values(int bits)
    {
        using var palettized = new Palettization(bits).Apply(TrainedDigits.Cnn, CompressionContext.None);
        foreach (var layer in palettized.WeightedLayers())
        {
            var encoding = Assert.IsType<PaletteEncoding>(palettized.WeightEncodings[layer.Name]);
            Assert.Equal(1 << bits, encoding.Codebook.Length);
            Assert.True(TrainedDigits.Weights(palettized, layer.WeightName).Distinct().Count() <= 1 << bits);
        }
    }

    [Fact]
    public void Six_bits_keep_accuracy_within_one_point_of_float()
    {
        foreach (var model in new[] { TrainedDigits.Mlp, TrainedDigits.Cnn })
        {
            using var palettized = new Palettization(6).Apply(model, CompressionContext.None);
            Assert.InRange(TrainedDigits.Accuracy(palettized) - TrainedDigits.Accuracy(model), -0.01, 0.01);
        }
    }

    [Fact]
    public void Every_weight_maps_to_its_nearest_codebook_entry()
    {
        var weight = Enumerable.Range(0, 500).Select(i => MathF.Sin(i * 0.37f) * (i % 7)).ToArray();
        var encoding = Palettization.Palettize(weight, bits: 2, iterations: 10);
        for (var i = 0; i < weight.Length; i++)
        {
            var chosen = MathF.Abs(weight[i] - encoding.Codebook[encoding.Indices[i]]);
            Assert.All(encoding.Codebook, c => Assert.True(chosen <= MathF.Abs(weight[i] - c) + 1e-6f));
        }
    }

    [Fact]
    public void Palettizing_a_pruned_model_keeps_every_zero_at_zero()
    {
        using var pruned = new MagnitudePruning(0.6).Apply(TrainedDigits.Mlp, CompressionContext.None);
        using var palettized = new Palettization(2).Apply(pruned, CompressionContext.None);
        foreach (var layer in pruned.WeightedLayers())
        {
            var before = TrainedDigits.Weights(pruned, layer.WeightName);
            var after = TrainedDigits.Weights(palettized, layer.WeightName);
            Assert.All(Enumerable.Range(0, before.Length).Where(i => before[i] == 0), i => Assert.Equal(0f, after[i]));
        }
    }

    [Fact]
    public void Bits_other_than_2_4_6_8_are_refused()
    {
        var error = Assert.Throws<CompressionParameterException>(() => new Palettization(3).Apply(TrainedDigits.Mlp, CompressionContext.None));
        Assert.Equal(CompressionParameterKeys.Bits, error.Parameter);
    }
}
