// QOperator weights (MatMulInteger, ConvInteger, QLinearMatMul, QLinearConv) decoded to floats under the float model's
// names, per tensor and per channel, int8 and uint8, against values computed by hand: w = (q − zero point) · scale.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Layers.Quantized;

public sealed class QOperatorWeightTests : QuantizedFileTests
{
    /// <summary>Every weight as the probe reads it (indexed, on demand), checked equal to the decoding reader's.</summary>
    internal static Dictionary<string, (long[] Shape, float[] Values)> Weights(string path)
    {
        var decoded = OnnxModelReader.ReadDequantizedWeights(path);
        var weights = OnnxModelReader.OpenIndexed(path).ReadWeightsOnDemand();
        Assert.Equal(decoded.Keys, weights.Keys);
        return weights.ToDictionary(w => w.Key, w =>
        {
            Assert.False(w.Value.IsHeld); // decoded when read, never held from open
            var values = new float[w.Value.Shape.Aggregate(1L, (a, d) => a * d)];
            w.Value.ReadFloats(values);
            Assert.Equal(decoded[w.Key].Values, values);
            return (w.Value.Shape.ToArray(), values);
        });
    }

    [Fact]
    public void MatMulInteger_per_tensor_int8_is_reported_under_the_float_name_with_its_named_scale()
    {
        var path = QuantizedModels.Save(QuantizedModels.Dynamic("MatMulInteger",
            Int8s("W_quantized", [-2, 0, 4, 6, -8, 1], [2, 3]), QuantizedModels.Scalar("W_scale", 0.5f), Int8s("W_zero_point", [1], [])),
            Folder.File("m.onnx"));

        var weight = Assert.Single(Weights(path));

        Assert.Equal("W", weight.Key);
        Assert.Equal("W_quantized", OnnxModelReader.OpenIndexed(path).ReadWeightsOnDemand()["W"].StoredName);
        Assert.Equal([2L, 3], weight.Value.Shape);
        Assert.Equal([-1.5f, -0.5f, 1.5f, 2.5f, -4.5f, 0f], weight.Value.Values);
    }

    [Fact]
    public void MatMulInteger_per_channel_uint8_finds_its_scale_through_the_output_chain_and_keeps_its_stored_name()
    {
        // No "_quantized" naming: the scale is found as the constant factor of Mul(x_scale, scale) after Cast.
        var path = QuantizedModels.Save(QuantizedModels.Dynamic("MatMulInteger",
            UInt8s("codes", [130, 120, 128, 126, 124, 136], [2, 3]), Floats("s", [0.5f, 0.25f, 2f], [3]), UInt8s("z", [128, 120, 130], [3])),
            Folder.File("m.onnx"));

        var weight = Assert.Single(Weights(path)); // neither the scales nor the zero points are weights

        Assert.Equal("codes", weight.Key);
        Assert.Equal([1f, 0f, -4f, -1f, 1f, 12f], weight.Value.Values);
    }

    [Fact]
    public void ConvInteger_per_tensor_uint8_decodes_the_filter()
    {
        var path = QuantizedModels.Save(QuantizedModels.Dynamic("ConvInteger",
            UInt8s("conv.weight_quantized", [0, 10, 20, 255], [2, 1, 1, 2]), QuantizedModels.Scalar("conv.weight_scale", 0.25f), UInt8s("conv.weight_zero_point", [10], [])),
            Folder.File("c.onnx"));

        var weight = Assert.Single(Weights(path));

        Assert.Equal("conv.weight", weight.Key);
        Assert.Equal([2L, 1, 1, 2], weight.Value.Shape);
        Assert.Equal([-2.5f, 0f, 2.5f, 61.25f], weight.Value.Values);
    }

    [Fact]
    public void ConvInteger_per_channel_int8_scales_each_output_channel()
    {
        var path = QuantizedModels.Save(QuantizedModels.Dynamic("ConvInteger",
            Int8s("w_quantized", [1, 2, 3, 4], [2, 1, 1, 2]), Floats("w_scale", [0.5f, 2f], [2]), Int8s("w_zero_point", [1, -1], [2])),
            Folder.File("c.onnx"));

        Assert.Equal([0f, 0.5f, 8f, 10f], Weights(path)["w"].Values);
    }

    [Fact]
    public void QLinearMatMul_per_channel_int8_decodes_columns_and_consumes_every_quantization_parameter()
    {
        var path = QuantizedModels.Save(QuantizedModels.QLinear("QLinearMatMul",
            Int8s("fc.weight_quantized", [-4, 8, 2, 0], [2, 2]), Floats("fc.weight_scale", [0.25f, 0.5f], [2]), Int8s("fc.weight_zero_point", [0, 2], [2])),
            Folder.File("q.onnx"));

        var weight = Assert.Single(Weights(path));

        Assert.Equal("fc.weight", weight.Key);
        Assert.Equal([-1f, 3f, 0.5f, -1f], weight.Value.Values);
    }

    [Fact]
    public void QLinearConv_per_channel_decodes_the_int32_bias_with_input_scale_times_weight_scale()
    {
        var path = QuantizedModels.Save(QuantizedModels.QLinear("QLinearConv",
            Int8s("conv.weight_quantized", [4, -4], [2, 1, 1, 1]), Floats("conv.weight_scale", [0.5f, 0.25f], [2]), Int8s("conv.weight_zero_point", [0, 0], [2]),
            Int32s("conv.bias_quantized", [4, -8], [2])),
            Folder.File("q.onnx"));

        var weights = Weights(path);

        Assert.Equal(["conv.weight", "conv.bias"], weights.Keys);
        Assert.Equal([2f, -1f], weights["conv.weight"].Values);
        Assert.Equal([1f, -1f], weights["conv.bias"].Values); // x_scale 0.5 · [0.5, 0.25] · [4, −8]
    }

    [Fact]
    public void QLinearConv_per_tensor_uint8()
    {
        var path = QuantizedModels.Save(QuantizedModels.QLinear("QLinearConv",
            UInt8s("k_quantized", [100, 130], [1, 2, 1, 1]), QuantizedModels.Scalar("k_scale", 0.125f), UInt8s("k_zero_point", [128], [])),
            Folder.File("q.onnx"));

        Assert.Equal([-3.5f, 0.25f], Weights(path)["k"].Values);
    }

    [Fact]
    public void Large_int8_codes_stay_in_the_file_and_are_read_from_it_when_the_weight_is_read()
    {
        var codes = Enumerable.Range(0, 256 * 256).Select(i => (sbyte)(i % 255 - 127)).ToArray();
        var path = QuantizedModels.Save(QuantizedModels.Dynamic("MatMulInteger",
            Int8s("W_quantized", codes, [256, 256]), QuantizedModels.Scalar("W_scale", 0.5f), Int8s("W_zero_point", [0], [])),
            Folder.File("big.onnx"));
        using var source = new OnnxWeightSource(path);
        var tensor = Assert.Single(source.Tensors);
        var values = new float[tensor.Count];

        Assert.Equal(0, source.HeldBytes);
        source.Read(tensor, values);
        Assert.Equal(codes.Select(c => c * 0.5f), values);

        using (var file = File.OpenWrite(path)) file.SetLength(file.Length / 2); // the codes are no longer all there
        var error = Assert.Throws<BackendException>(() => source.Read(tensor, values));
        Assert.Equal(path, error.ErrorData.File);
        Assert.Contains("W_quantized", error.Message);
    }
}
