using Backend.Tests.Models.Torch;
using CompressCompare.Backend.Compression;

namespace Backend.Tests.Compression;

[Collection(TorchSharpTests.Name)]
public sealed class TaylorPruningTests
{
    static CompressionContext Training => new(TrainedDigits.ImageSplit.Train);

    [Fact]
    public void Global_Taylor_pruning_hits_the_exact_sparsity()
    {
        using var pruned = new TaylorPruning(0.6).Apply(TrainedDigits.Cnn, Training);
        var measurement = ModelMeasurements.Measure(pruned);
        Assert.Equal((long)Math.Round(0.6 * measurement.LayerWeightCount, MidpointRounding.AwayFromZero), measurement.ZeroLayerWeights);
    }

    [Fact]
    public void Per_layer_Taylor_pruning_hits_the_exact_sparsity_in_each_tensor_and_honours_exclude()
    {
        using var pruned = new TaylorPruning(0.45, PruningScopes.PerLayer, Exclude: "classifier.*").Apply(TrainedDigits.Cnn, Training);
        foreach (var name in new[] { "features.0.weight", "features.4.weight" })
        {
            var values = TrainedDigits.Weights(pruned, name);
            Assert.Equal((long)Math.Round(0.45 * values.Length, MidpointRounding.AwayFromZero), values.LongCount(v => v == 0));
        }
        Assert.Equal(MagnitudePruningTests.Bits(TrainedDigits.Weights(TrainedDigits.Cnn, "classifier.0.weight")),
            MagnitudePruningTests.Bits(TrainedDigits.Weights(pruned, "classifier.0.weight")));
    }

    [Fact]
    public void Taylor_importance_differs_from_magnitude_and_is_deterministic_for_a_seed()
    {
        using var taylor = new TaylorPruning(0.5, Seed: 3).Apply(TrainedDigits.Mlp, new CompressionContext(TrainedDigits.Split.Train));
        using var again = new TaylorPruning(0.5, Seed: 3).Apply(TrainedDigits.Mlp, new CompressionContext(TrainedDigits.Split.Train));
        using var magnitude = new MagnitudePruning(0.5).Apply(TrainedDigits.Mlp, CompressionContext.None);
        var zeros = (Func<CompressCompare.Backend.Models.Torch.TorchClassifier, bool[]>)(m => TrainedDigits.Weights(m, "classifier.0.weight").Select(v => v == 0).ToArray());
        Assert.Equal(zeros(taylor), zeros(again));
        Assert.NotEqual(zeros(taylor), zeros(magnitude));
    }

    [Fact]
    public void Half_the_cnn_pruned_by_Taylor_importance_keeps_most_of_its_accuracy()
    {
        // Importance summed over minibatches; one large batch scored close to random here (56 % top-1).
        using var pruned = new TaylorPruning(0.5).Apply(TrainedDigits.Cnn, Training);
        Assert.True(TrainedDigits.Accuracy(pruned) >= 0.85, $"top-1 {TrainedDigits.Accuracy(pruned):P1}");
    }

    [Fact]
    public void Without_training_data_it_says_what_is_missing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new TaylorPruning(0.5).Apply(TrainedDigits.Mlp, CompressionContext.None));
        Assert.Contains("training data", error.Message);
    }
}
