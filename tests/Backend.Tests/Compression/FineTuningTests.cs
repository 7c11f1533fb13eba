using Backend.Tests.Models.Torch;
using CompressCompare.Backend.Compression;

namespace Backend.Tests.Compression;

[Collection(TorchSharpTests.Name)]
public sealed class FineTuningTests
{
    [Fact]
    public void Fine_tuning_after_70_percent_pruning_keeps_zeros_and_recovers_accuracy()
    {
        using var pruned = new MagnitudePruning(0.7).Apply(TrainedDigits.Mlp, CompressionContext.None);
        using var tuned = new FineTuning(Epochs: 5).Apply(pruned, new CompressionContext(TrainedDigits.Split.Train));
        foreach (var layer in pruned.WeightedLayers())
        {
            var before = TrainedDigits.Weights(pruned, layer.WeightName);
            var after = TrainedDigits.Weights(tuned, layer.WeightName);
            Assert.All(Enumerable.Range(0, before.Length).Where(i => before[i] == 0), i => Assert.Equal(0f, after[i]));
        }
        Assert.Equal(ModelMeasurements.Sparsity(pruned), ModelMeasurements.Sparsity(tuned), 3);
        var (floatAccuracy, prunedAccuracy, tunedAccuracy) = (TrainedDigits.Accuracy(TrainedDigits.Mlp), TrainedDigits.Accuracy(pruned), TrainedDigits.Accuracy(tuned));
        Assert.True(tunedAccuracy > prunedAccuracy, $"pruned {prunedAccuracy:P1}, fine-tuned {tunedAccuracy:P1}");
        Assert.True(tunedAccuracy >= floatAccuracy - 0.02, $"float {floatAccuracy:P1}, fine-tuned {tunedAccuracy:P1}");
    }

    [Fact]
    public void Fine_tuning_drops_earlier_encodings_because_all_weights_change()
    {
        using var quantized = new Int8Quantization().Apply(TrainedDigits.Mlp, CompressionContext.None);
        using var tuned = new FineTuning(Epochs: 1).Apply(quantized, new CompressionContext(TrainedDigits.Split.Train));
        Assert.Empty(tuned.WeightEncodings);
    }
}
