using Backend.Tests.Models.Torch;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Models;

namespace Backend.Tests.Compression;

[Collection(TorchSharpTests.Name)]
public sealed class Int8QuantizationTests
{
    [Fact]
    public void Dequantized_weights_lie_within_half_a_scale_of_the_originals()
    {
        using var quantized = new Int8Quantization().Apply(TrainedDigits.Cnn, CompressionContext.None);
        foreach (var layer in quantized.WeightedLayers())
        {
            var encoding = Assert.IsType<Int8PerChannelEncoding>(quantized.WeightEncodings[layer.Name]);
            var original = TrainedDigits.Weights(TrainedDigits.Cnn, layer.WeightName);
            var after = TrainedDigits.Weights(quantized, layer.WeightName);
            var perChannel = original.Length / encoding.Scales.Length;
            for (var i = 0; i < original.Length; i++)
                Assert.True(MathF.Abs(after[i] - original[i]) <= encoding.Scales[i / perChannel] / 2 * 1.0001f, $"{layer.WeightName}[{i}]");
            for (var c = 0; c < encoding.Scales.Length; c++)
                Assert.Equal(127, encoding.Quantized.Skip(c * perChannel).Take(perChannel).Max(q => Math.Abs((int)q)));
        }
    }

    [Fact]
    public void Accuracy_stays_within_one_point_of_float_for_MLP_and_CNN()
    {
        foreach (var model in new[] { TrainedDigits.Mlp, TrainedDigits.Cnn })
        {
            using var quantized = new Int8Quantization().Apply(model, CompressionContext.None);
            Assert.InRange(TrainedDigits.Accuracy(quantized) - TrainedDigits.Accuracy(model), -0.01, 0.01);
        }
    }

    [Fact]
    public void Quantize_handles_hand_computed_values_and_an_all_zero_channel()
    {
        var encoding = Int8Quantization.Quantize([0.5f, -1f, 0.25f, 0f, 0f, 0f], channels: 2);
        Assert.Equal([1f / 127, 1f], encoding.Scales);
        Assert.Equal(new sbyte[] { 64, -127, 32, 0, 0, 0 }, encoding.Quantized); // 63.5 rounds to even: 64
    }

    [Fact]
    public void Excluded_layers_keep_float32_and_no_encoding()
    {
        using var quantized = new Int8Quantization(Exclude: "features.0.*").Apply(TrainedDigits.Cnn, CompressionContext.None);
        Assert.False(quantized.WeightEncodings.ContainsKey("features.0"));
        Assert.IsType<Int8PerChannelEncoding>(quantized.WeightEncodings["features.4"]);
        Assert.Equal(MagnitudePruningTests.Bits(TrainedDigits.Weights(TrainedDigits.Cnn, "features.0.weight")),
            MagnitudePruningTests.Bits(TrainedDigits.Weights(quantized, "features.0.weight")));
    }

    [Fact]
    public void Quantizing_a_pruned_model_keeps_its_zeros()
    {
        using var pruned = new MagnitudePruning(0.5).Apply(TrainedDigits.Mlp, CompressionContext.None);
        using var quantized = new Int8Quantization().Apply(pruned, CompressionContext.None);
        Assert.Equal(ModelMeasurements.Measure(pruned).ZeroLayerWeights, ModelMeasurements.Measure(quantized).ZeroLayerWeights);
        Assert.Equal(3, quantized.WeightEncodings.Count);
    }
}
