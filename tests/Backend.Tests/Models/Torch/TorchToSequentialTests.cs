using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;

namespace Backend.Tests.Models.Torch;

[Collection(TorchSharpTests.Name)]
public sealed class TorchToSequentialTests
{
    [Fact]
    public void Cnn_converts_to_named_layers_with_shapes_and_float32_by_default()
    {
        var model = TorchToSequential.Convert(TrainedDigits.Cnn);
        Assert.Equal([1, 8, 8], model.InstanceShape);
        Assert.Equal(10, model.Classes);
        Assert.Equal(
            ["features.0", "features.1", "features.2", "features.3", "features.4", "features.5", "features.6", "features.7", "flatten", "classifier.0"],
            model.Layers.Select(l => l.Name));
        var conv = Assert.IsType<Conv2dLayer>(model.Layers[0]);
        Assert.Equal([8, 1, 3, 3], conv.Weight.Shape);
        Assert.Equal((1, 1), (conv.Stride, conv.Padding));
        Assert.Same(WeightEncoding.Float32, conv.Encoding);
        Assert.Equal(TrainedDigits.Weights(TrainedDigits.Cnn, "features.0.weight"), conv.Weight.Values);
        var norm = Assert.IsType<BatchNorm2dLayer>(model.Layers[1]);
        Assert.Equal([8], norm.RunningVar.Shape);
        Assert.Equal(1e-5f, norm.Epsilon);
        Assert.IsType<ReluLayer>(model.Layers[2]);
        Assert.Equal((2, 2), (Assert.IsType<MaxPool2dLayer>(model.Layers[3]).Kernel, ((MaxPool2dLayer)model.Layers[3]).Stride));
        Assert.IsType<FlattenLayer>(model.Layers[8]);
        var linear = Assert.IsType<LinearLayer>(model.Layers[9]);
        Assert.Equal([10, 64], linear.Weight.Shape);
        Assert.Equal([10], linear.Bias!.Shape);
    }

    [Fact]
    public void Mlp_converts_to_linear_relu_layers()
    {
        var model = TorchToSequential.Convert(TrainedDigits.Mlp);
        Assert.Equal([64], model.InstanceShape);
        Assert.Equal(["classifier.0", "classifier.1", "classifier.2", "classifier.3", "classifier.4"], model.Layers.Select(l => l.Name));
        Assert.Equal([32, 64], Assert.IsType<LinearLayer>(model.Layers[2]).Weight.Shape);
    }

    [Fact]
    public void Int8_encodings_dequantize_exactly_to_the_exported_weights()
    {
        using var quantized = new Int8Quantization().Apply(TrainedDigits.Cnn, CompressionContext.None);
        var model = TorchToSequential.Convert(quantized);
        foreach (var (weight, encoding) in model.Layers.Select(Weighted).OfType<(TensorData, WeightEncoding)>())
        {
            var int8 = Assert.IsType<Int8PerChannelEncoding>(encoding);
            var perChannel = weight.Values.Length / int8.Scales.Length;
            Assert.Equal(weight.Values.Select(BitConverter.SingleToInt32Bits),
                int8.Quantized.Select((q, i) => BitConverter.SingleToInt32Bits(q * int8.Scales[i / perChannel])));
        }
    }

    [Fact]
    public void Palette_encodings_dequantize_exactly_to_the_exported_weights()
    {
        using var palettized = new Palettization(4).Apply(TrainedDigits.Mlp, CompressionContext.None);
        var model = TorchToSequential.Convert(palettized);
        foreach (var (weight, encoding) in model.Layers.Select(Weighted).OfType<(TensorData, WeightEncoding)>())
        {
            var palette = Assert.IsType<PaletteEncoding>(encoding);
            Assert.Equal(4, palette.Bits);
            Assert.Equal(weight.Values.Select(BitConverter.SingleToInt32Bits), palette.Indices.Select(i => BitConverter.SingleToInt32Bits(palette.Codebook[i])));
        }
    }

    [Fact]
    public void Weights_changed_after_encoding_are_refused()
    {
        using var quantized = new Int8Quantization().Apply(TrainedDigits.Mlp, CompressionContext.None);
        var layer = quantized.WeightedLayers()[0];
        var values = TensorValues.ToArray(layer.Weight);
        values[0] += 1e-3f;
        TensorValues.Assign(layer.Weight, values);
        var error = Assert.Throws<InvalidOperationException>(() => TorchToSequential.Convert(quantized));
        Assert.Contains("classifier.0", error.Message);
    }

    static (TensorData, WeightEncoding)? Weighted(Layer layer) => layer switch
    {
        LinearLayer l => (l.Weight, l.Encoding),
        Conv2dLayer c => (c.Weight, c.Encoding),
        _ => null,
    };
}
