using Backend.Tests.Models.Torch;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Models.Torch;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Backend.Tests.Compression;

[Collection(TorchSharpTests.Name)]
public sealed class BatchNormCalibrationTests
{
    [Fact]
    public void Running_mean_and_variance_become_the_sample_statistics_of_the_batch_norm_input()
    {
        var train = TrainedDigits.ImageSplit.Train;
        using var stale = TrainedDigits.Cnn.Clone();
        var norm = Norm(stale, "features.1");
        TensorValues.Assign(norm.running_mean!, Enumerable.Repeat(5f, 8).ToArray());
        TensorValues.Assign(norm.running_var!, Enumerable.Repeat(9f, 8).ToArray());

        // The whole training set in one batch: the statistics are those of all 1347 instances, in any order.
        using var calibrated = new BatchNormCalibration(Samples: train.Count).Apply(stale, new CompressionContext(train));

        float[] mean, variance;
        using (no_grad())
        using (var scope = NewDisposeScope())
        {
            var conv = (Conv2d)stale.Module.named_modules().Single(m => m.name == "features.0").module;
            var output = conv.call(TensorValues.Batch(train.Inputs, train.Features, train.InstanceShape, 0, train.Count));
            mean = TensorValues.ToArray(output.mean([0, 2, 3]));
            variance = TensorValues.ToArray(output.var([0, 2, 3], unbiased: true));
        }
        var result = Norm(calibrated, "features.1");
        AssertClose(mean, TensorValues.ToArray(result.running_mean!));
        AssertClose(variance, TensorValues.ToArray(result.running_var!));
        Assert.Equal(0.1, result.momentum);
        Assert.False(result.training);
        // Parameters are untouched; the stale model's statistics too.
        Assert.Equal(TrainedDigits.Weights(stale, "features.1.weight"), TrainedDigits.Weights(calibrated, "features.1.weight"));
        Assert.Equal(5f, TensorValues.ToArray(norm.running_mean!)[0]);
    }

    [Fact]
    public void Calibration_after_pruning_changes_both_batch_norms_and_helps_accuracy_or_keeps_it()
    {
        using var pruned = new MagnitudePruning(0.7, PruningScopes.PerLayer).Apply(TrainedDigits.Cnn, CompressionContext.None);
        using var calibrated = new BatchNormCalibration().Apply(pruned, new CompressionContext(TrainedDigits.ImageSplit.Train));
        foreach (var name in new[] { "features.1", "features.5" })
            Assert.NotEqual(TensorValues.ToArray(Norm(pruned, name).running_mean!), TensorValues.ToArray(Norm(calibrated, name).running_mean!));
        Assert.True(TrainedDigits.Accuracy(calibrated) >= TrainedDigits.Accuracy(pruned) - 0.01);
    }

    [Fact]
    public void Calibration_keeps_weight_encodings_so_a_quantized_model_still_exports()
    {
        using var quantized = new Int8Quantization().Apply(TrainedDigits.Cnn, CompressionContext.None);
        using var calibrated = new BatchNormCalibration(Samples: 128).Apply(quantized, new CompressionContext(TrainedDigits.ImageSplit.Train));
        Assert.Equal(quantized.WeightEncodings.Keys.Order(), calibrated.WeightEncodings.Keys.Order());
        Assert.Equal(3, TorchToSequential.Convert(calibrated).Layers.Count(l => l is CompressCompare.Backend.Models.Conv2dLayer { Encoding: CompressCompare.Backend.Models.Int8PerChannelEncoding }
            or CompressCompare.Backend.Models.LinearLayer { Encoding: CompressCompare.Backend.Models.Int8PerChannelEncoding }));
    }

    [Fact]
    public void A_model_without_batch_norm_comes_back_unchanged()
    {
        using var calibrated = new BatchNormCalibration().Apply(TrainedDigits.Mlp, new CompressionContext(TrainedDigits.Split.Train));
        Assert.Equal(TrainedDigits.Weights(TrainedDigits.Mlp, "classifier.0.weight"), TrainedDigits.Weights(calibrated, "classifier.0.weight"));
    }

    static BatchNorm2d Norm(TorchClassifier model, string name) =>
        (BatchNorm2d)model.Module.named_modules().Single(m => m.name == name).module;

    static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(MathF.Abs(expected[i] - actual[i]) <= 1e-4f * MathF.Max(1, MathF.Abs(expected[i])), $"[{i}] expected {expected[i]}, got {actual[i]}");
    }
}
