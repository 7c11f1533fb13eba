using Backend.Tests.Models.Torch;
using CompressCompare.Backend.Compression;

namespace Backend.Tests.Compression;

[Collection(TorchSharpTests.Name)]
public sealed class ModelMeasurementsTests
{
    [Fact]
    public void Mlp_counts_6570_parameters_and_6464_layer_weights()
    {
        var measurement = ModelMeasurements.Measure(TrainedDigits.Mlp);
        Assert.Equal(64 * 64 + 64 + 64 * 32 + 32 + 32 * 10 + 10, measurement.ParameterCount);
        Assert.Equal(6464, measurement.LayerWeightCount);
        Assert.Equal(0, measurement.Sparsity);
    }

    [Fact]
    public void Cnn_parameter_count_includes_batch_norm_scale_and_shift_but_not_running_statistics()
    {
        // conv 8·1·9+8, bn 8+8, conv 16·8·9+16, bn 16+16, linear 10·64+10
        Assert.Equal(80 + 16 + 1168 + 32 + 650, ModelMeasurements.ParameterCount(TrainedDigits.Cnn));
    }

    [Fact]
    public void Sparsity_counts_linear_and_conv_weights_only()
    {
        using var pruned = new MagnitudePruning(0.5, Include: "*.bias").Apply(TrainedDigits.Mlp, CompressionContext.None);
        // Only the biases were pruned: layer-weight sparsity stays 0.
        Assert.Equal(0, ModelMeasurements.Sparsity(pruned));
    }
}
