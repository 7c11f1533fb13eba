// Int8 and palette encodings: the reader recovers exactly the weights they stand for, and the files shrink.
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Onnx;

namespace Backend.Tests.Models.Onnx;

public sealed class OnnxEncodingTests
{
    [Theory]
    [InlineData("int8", 0)]
    [InlineData("palette", 1)]
    [InlineData("palette", 3)]
    [InlineData("palette", 4)]
    [InlineData("palette", 5)]
    [InlineData("palette", 6)]
    [InlineData("palette", 8)]
    public void ReadDequantizedWeights_returns_exactly_what_each_encoding_stands_for(string encoding, int bits)
    {
        var plain = OnnxTestModels.Cnn();
        var model = encoding == "int8" ? OnnxTestModels.ToInt8(plain) : OnnxTestModels.ToPalette(plain, bits);
        using var folder = new OnnxTestFolder();
        var path = folder.File("model.onnx");
        OnnxModelWriter.Write(model, path);

        var weights = OnnxModelReader.ReadDequantizedWeights(path);

        foreach (var layer in model.Layers)
        {
            var (weight, bias, enc) = layer switch
            {
                LinearLayer l => (l.Weight, l.Bias, l.Encoding),
                Conv2dLayer c => (c.Weight, c.Bias, c.Encoding),
                _ => (null, null, null),
            };
            if (weight is null) continue;
            var read = weights[$"{layer.Name}.weight"];
            Assert.Equal(weight.Shape, read.Shape);
            Assert.Equal(OnnxTestModels.Decoded(weight, enc!), read.Values); // bit for bit
            Assert.Equal(bias!.Values, weights[$"{layer.Name}.bias"].Values);
        }
        // Codes, scales and codebooks only feed the decoding: they are not weights of the model.
        Assert.DoesNotContain(weights.Keys, k => k.Contains("_scale") || k.Contains("_codebook") || k.Contains("_quantized"));
        Assert.Equal(10, weights.Count); // 3 weights + 3 biases + 4 BatchNorm tensors
    }

    [Theory]
    [InlineData("int8", 0, 3.5)]
    [InlineData("palette", 4, 5.0)]
    [InlineData("palette", 2, 8.0)]
    [InlineData("palette", 6, 4.5)]
    public void Encoded_file_is_smaller_than_the_float_file_by_at_least(string encoding, int bits, double minimumRatio)
    {
        var plain = OnnxTestModels.Mlp(7, 64, 512, 128, 10);
        Assert.True(OnnxTestModels.WeightCount(plain) >= 50_000);
        var encoded = encoding == "int8" ? OnnxTestModels.ToInt8(plain) : OnnxTestModels.ToPalette(plain, bits);
        using var folder = new OnnxTestFolder();
        OnnxModelWriter.Write(plain, folder.File("float.onnx"));
        OnnxModelWriter.Write(encoded, folder.File("encoded.onnx"));

        var ratio = (double)new FileInfo(folder.File("float.onnx")).Length / new FileInfo(folder.File("encoded.onnx")).Length;

        Assert.True(ratio >= minimumRatio, $"float / {encoding}{(bits > 0 ? bits : "")} file size = {ratio:F2}, expected ≥ {minimumRatio}");
    }

    [Fact]
    public void Packing_puts_the_first_index_in_the_high_bits()
    {
        Assert.Equal([0x1F, 0xA0], OnnxPaletteGraph.Pack([1, 15, 10], 4));
        Assert.Equal([0b00_01_10_11, 0b01_000000], OnnxPaletteGraph.Pack([0, 1, 2, 3, 1], 2));
        // 6 bits: four indices fill three bytes, the fifth starts a new group padded to three bytes.
        Assert.Equal([0x04, 0x20, 0xFF, 0x14, 0x00, 0x00], OnnxPaletteGraph.Pack([1, 2, 3, 63, 5], 6));
    }

    [Fact]
    public void Palettes_grow_with_their_bits()
    {
        // 6-bit indices once took a whole byte each; packed at their width, every extra bit costs file bytes.
        var plain = OnnxTestModels.Mlp(7, 64, 512, 128, 10);
        using var folder = new OnnxTestFolder();
        var sizes = new[] { 2, 4, 6, 8 }.Select(bits =>
        {
            var path = folder.File($"palette{bits}.onnx");
            OnnxModelWriter.Write(OnnxTestModels.ToPalette(plain, bits), path);
            return new FileInfo(path).Length;
        }).ToArray();
        Assert.True(sizes.Zip(sizes.Skip(1)).All(pair => pair.First < pair.Second), $"sizes by bits 2, 4, 6, 8: {string.Join(", ", sizes)}");
        Assert.Equal((3, 4), OnnxPaletteGraph.PackingGroup(6));
    }
}
