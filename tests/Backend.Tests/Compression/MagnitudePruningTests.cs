using Backend.Tests.Models.Torch;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Models.Torch;

namespace Backend.Tests.Compression;

[Collection(TorchSharpTests.Name)]
public sealed class MagnitudePruningTests
{
    static readonly string[] MlpWeights = ["classifier.0.weight", "classifier.2.weight", "classifier.4.weight"];

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.37)]
    [InlineData(0.9)]
    public void Global_pruning_zeroes_exactly_round_s_n_of_the_layer_weights(double amount)
    {
        using var pruned = new MagnitudePruning(amount).Apply(TrainedDigits.Mlp, CompressionContext.None);
        var n = MlpWeights.Sum(w => TrainedDigits.Weights(pruned, w).Length);
        Assert.Equal(6464, n);
        Assert.Equal((long)Math.Round(amount * n, MidpointRounding.AwayFromZero), MlpWeights.Sum(w => TrainedDigits.Weights(pruned, w).LongCount(v => v == 0)));
        Assert.Equal(Math.Round(amount * n, MidpointRounding.AwayFromZero) / n, ModelMeasurements.Sparsity(pruned), 12);
    }

    [Fact]
    public void Global_pruning_uses_one_threshold_across_layers()
    {
        using var pruned = new MagnitudePruning(0.6).Apply(TrainedDigits.Mlp, CompressionContext.None);
        var original = MlpWeights.SelectMany(w => TrainedDigits.Weights(TrainedDigits.Mlp, w)).ToArray();
        var after = MlpWeights.SelectMany(w => TrainedDigits.Weights(pruned, w)).ToArray();
        var largestPruned = original.Where((_, i) => after[i] == 0).Max(MathF.Abs);
        var smallestKept = original.Where((_, i) => after[i] != 0).Min(MathF.Abs);
        Assert.True(largestPruned <= smallestKept);
        Assert.All(after.Select((v, i) => (v, i)).Where(x => x.v != 0), x => Assert.Equal(original[x.i], x.v));
    }

    [Fact]
    public void Per_layer_pruning_zeroes_exactly_round_s_n_in_each_tensor()
    {
        using var pruned = new MagnitudePruning(0.55, PruningScopes.PerLayer).Apply(TrainedDigits.Cnn, CompressionContext.None);
        foreach (var layer in pruned.WeightedLayers())
        {
            var values = TrainedDigits.Weights(pruned, layer.WeightName);
            Assert.Equal((long)Math.Round(0.55 * values.Length, MidpointRounding.AwayFromZero), values.LongCount(v => v == 0));
        }
    }

    [Fact]
    public void Ties_at_the_threshold_are_broken_by_index_so_the_count_is_exact()
    {
        using var equal = TrainedDigits.Mlp.Clone();
        foreach (var layer in equal.WeightedLayers())
            TensorValues.Assign(layer.Weight, Enumerable.Repeat(0.25f, (int)layer.Weight.numel()).ToArray());
        using var pruned = new MagnitudePruning(0.3, PruningScopes.PerLayer).Apply(equal, CompressionContext.None);
        foreach (var name in MlpWeights)
        {
            var values = TrainedDigits.Weights(pruned, name);
            var zeros = (int)Math.Round(0.3 * values.Length, MidpointRounding.AwayFromZero);
            Assert.All(values.Take(zeros), v => Assert.Equal(0f, v));
            Assert.All(values.Skip(zeros), v => Assert.Equal(0.25f, v));
        }
    }

    [Fact]
    public void Excluded_tensors_are_unchanged_bit_for_bit_and_the_rest_hits_the_target()
    {
        using var pruned = new MagnitudePruning(0.5, Exclude: "features.0.*").Apply(TrainedDigits.Cnn, CompressionContext.None);
        Assert.Equal(Bits(TrainedDigits.Weights(TrainedDigits.Cnn, "features.0.weight")), Bits(TrainedDigits.Weights(pruned, "features.0.weight")));
        Assert.Equal(Bits(TrainedDigits.Weights(TrainedDigits.Cnn, "features.0.bias")), Bits(TrainedDigits.Weights(pruned, "features.0.bias")));
        var rest = new[] { "features.4.weight", "classifier.0.weight" }.SelectMany(w => TrainedDigits.Weights(pruned, w)).ToArray();
        Assert.Equal((long)Math.Round(0.5 * rest.Length, MidpointRounding.AwayFromZero), rest.LongCount(v => v == 0));
    }

    [Fact]
    public void Biases_and_batch_norm_parameters_are_never_pruned_by_default()
    {
        using var pruned = new MagnitudePruning(0.9, Include: "*").Apply(TrainedDigits.Cnn, CompressionContext.None);
        foreach (var (name, _) in pruned.Module.named_parameters().Where(p => !p.name.EndsWith(".weight", StringComparison.Ordinal) || p.name.StartsWith("features.1", StringComparison.Ordinal) || p.name.StartsWith("features.5", StringComparison.Ordinal)))
            Assert.Equal(Bits(TrainedDigits.Weights(TrainedDigits.Cnn, name)), Bits(TrainedDigits.Weights(pruned, name)));
    }

    [Fact]
    public void Biases_named_explicitly_by_include_are_pruned_with_the_weights()
    {
        using var pruned = new MagnitudePruning(0.5, Include: "classifier.*, *.bias").Apply(TrainedDigits.Mlp, CompressionContext.None);
        var selected = new[] { "classifier.0.weight", "classifier.0.bias", "classifier.2.weight", "classifier.2.bias", "classifier.4.weight", "classifier.4.bias" }
            .SelectMany(p => TrainedDigits.Weights(pruned, p)).ToArray();
        Assert.Equal((long)Math.Round(0.5 * selected.Length, MidpointRounding.AwayFromZero), selected.LongCount(v => v == 0));
        Assert.Contains(TrainedDigits.Weights(pruned, "classifier.0.bias"), v => v == 0);
    }

    [Fact]
    public void Include_restricts_pruning_to_matching_layers()
    {
        using var pruned = new MagnitudePruning(0.5, Include: "classifier.4.*").Apply(TrainedDigits.Mlp, CompressionContext.None);
        Assert.Equal(160, TrainedDigits.Weights(pruned, "classifier.4.weight").Count(v => v == 0));
        Assert.Equal(Bits(TrainedDigits.Weights(TrainedDigits.Mlp, "classifier.0.weight")), Bits(TrainedDigits.Weights(pruned, "classifier.0.weight")));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_an_error_listing_the_parameters()
    {
        var error = Assert.Throws<CompressionParameterException>(() => new MagnitudePruning(0.5, Exclude: "*bn*").Apply(TrainedDigits.Mlp, CompressionContext.None));
        Assert.Equal(CompressionParameterKeys.Exclude, error.Parameter);
        Assert.Contains("classifier.0.weight", error.Message);
    }

    [Fact]
    public void The_input_model_is_left_unchanged()
    {
        var before = Bits(TrainedDigits.Weights(TrainedDigits.Mlp, "classifier.0.weight"));
        using var pruned = new MagnitudePruning(0.8).Apply(TrainedDigits.Mlp, CompressionContext.None);
        Assert.Equal(before, Bits(TrainedDigits.Weights(TrainedDigits.Mlp, "classifier.0.weight")));
        Assert.Equal(0, ModelMeasurements.Sparsity(TrainedDigits.Mlp));
    }

    [Fact]
    public void Same_parameters_give_identical_results()
    {
        using var a = new MagnitudePruning(0.5).Apply(TrainedDigits.Cnn, CompressionContext.None);
        using var b = new MagnitudePruning(0.5).Apply(TrainedDigits.Cnn, CompressionContext.None);
        foreach (var layer in a.WeightedLayers())
            Assert.Equal(Bits(TrainedDigits.Weights(a, layer.WeightName)), Bits(TrainedDigits.Weights(b, layer.WeightName)));
    }

    internal static int[] Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();
}
