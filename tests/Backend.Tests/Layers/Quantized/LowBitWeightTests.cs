// Block-quantized and low-precision ONNX weights against values computed by hand: com.microsoft MatMulNBits (4-bit, with
// and without zero points, K not a multiple of the block), int4/uint4 initializers behind DequantizeLinear (blocked along
// an axis, and per tensor), and float16/bfloat16 initializers.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Layers.Quantized;

public sealed class LowBitWeightTests : QuantizedFileTests
{
    /// <summary>K = 5, N = 2, 4 bits in blocks of 4: two blocks a column, the second holding one value and padding.</summary>
    internal static GraphProto NBits(bool zeroPoints, float[]? scales = null)
    {
        byte[] packed = [.. QuantizedModels.Pack4(1, 2, 3, 4), .. QuantizedModels.Pack4(5, 0, 0, 0), .. QuantizedModels.Pack4(15, 0, 8, 9), .. QuantizedModels.Pack4(7, 0, 0, 0)];
        var graph = new GraphProto
        {
            Name = "nbits",
            Initializer = { UInt8s("fc.weight_Q4", packed, [2, 2, 2]), Floats("fc.weight_scales", scales ?? [0.5f, 1f, 0.25f, 2f], [scales?.Length ?? 4]) },
        };
        // Column 0: zero points 8 then 4; column 1: 0 then 7; one byte a column.
        if (zeroPoints) graph.Initializer.Add(UInt8s("fc.weight_zero_points", [0x48, 0x70], [2]));
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 5));
        var node = Node("MatMulNBits", "fc_Q4", ["x", "fc.weight_Q4", "fc.weight_scales", zeroPoints ? "fc.weight_zero_points" : ""], "y",
            Int("K", 5), Int("N", 2), Int("bits", 4), Int("block_size", 4));
        node.Domain = "com.microsoft";
        graph.Node.Add(node);
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float));
        return graph;
    }

    [Fact]
    public void MatMulNBits_with_zero_points_decodes_to_the_float_MatMul_weight_K_by_N_without_the_Q4_suffix()
    {
        var weight = Assert.Single(QOperatorWeightTests.Weights(QuantizedModels.Save(NBits(zeroPoints: true), Folder.File("n.onnx"))));

        Assert.Equal("fc.weight", weight.Key);
        Assert.Equal("fc.weight_Q4", OnnxModelReader.OpenIndexed(Folder.File("n.onnx")).ReadWeightsOnDemand()["fc.weight"].StoredName);
        Assert.Equal([5L, 2], weight.Value.Shape);
        Assert.Equal([-3.5f, 3.75f, -3f, 0f, -2.5f, 2f, -2f, 2.25f, 1f, 0f], weight.Value.Values);
    }

    [Fact]
    public void MatMulNBits_without_zero_points_uses_the_default_of_two_to_the_bits_minus_one()
    {
        var weight = Assert.Single(QOperatorWeightTests.Weights(QuantizedModels.Save(NBits(zeroPoints: false), Folder.File("n.onnx"))));

        Assert.Equal([-3.5f, 1.75f, -3f, -2f, -2.5f, 0f, -2f, 0.25f, -3f, -2f], weight.Value.Values);
    }

    [Fact]
    public void Int4_blocked_DequantizeLinear_scales_each_block_and_takes_the_name_before_the_quantizer_suffix()
    {
        var codes = Tensor("w_quantized", OnnxDataType.Int4, (ReadOnlySpan<byte>)QuantizedModels.Pack4(-8, -1, 7, 2, 1, 2, 3, -4), [2, 4]);
        var graph = QuantizedModels.Dequantized(codes, Floats("w_scale", [0.5f, 1f, 2f, 0.25f], [2, 2]), null, "w_DequantizeLinear_Output",
            Int("axis", 1), Int("block_size", 2));

        var weight = Assert.Single(QOperatorWeightTests.Weights(QuantizedModels.Save(graph, Folder.File("i4.onnx"))));

        Assert.Equal("w", weight.Key);
        Assert.Equal([-4f, -0.5f, 7f, 2f, 2f, 4f, 0.75f, -1f], weight.Value.Values);
    }

    [Fact]
    public void Uint4_per_tensor_DequantizeLinear_with_an_odd_count_and_a_uint4_zero_point()
    {
        var codes = Tensor("u", OnnxDataType.UInt4, (ReadOnlySpan<byte>)QuantizedModels.Pack4(0, 15, 8), [3]);
        var zero = Tensor("u_zero", OnnxDataType.UInt4, (ReadOnlySpan<byte>)QuantizedModels.Pack4(8), []);
        var graph = QuantizedModels.Dequantized(codes, QuantizedModels.Scalar("u_scale", 0.5f), zero, "u_float");

        var weight = Assert.Single(QOperatorWeightTests.Weights(QuantizedModels.Save(graph, Folder.File("u4.onnx"))));

        Assert.Equal("u_float", weight.Key);
        Assert.Equal([-4f, 3.5f, 0f], weight.Value.Values);
    }

    [Fact]
    public void Float16_and_bfloat16_initializers_read_as_their_float_values()
    {
        var half = Tensor("half", OnnxDataType.Float16, (ReadOnlySpan<Half>)[(Half)1.5f, (Half)(-2f), (Half)65504f], [3]);
        // bfloat16 is float32's upper half: 0x3FC0 = 1.5, 0xC000 = −2, 0x4780 = 65536.
        var brain = Tensor("brain", OnnxDataType.BFloat16, (ReadOnlySpan<ushort>)[0x3FC0, 0xC000, 0x4780], [3]);
        var graph = new GraphProto { Name = "low", Initializer = { half, brain } };
        graph.Node.Add(Node("Add", "a", ["x", "half"], "y1"));
        graph.Node.Add(Node("Add", "b", ["y1", "brain"], "y2"));
        var path = OnnxProtoModels.Model(graph, 17).Save(Folder.File("half.onnx"));

        var weights = OnnxModelReader.OpenIndexed(path).ReadWeightsOnDemand();

        float[] Read(string name) { var v = new float[3]; weights[name].ReadFloats(v); return v; }
        Assert.Equal([1.5f, -2f, 65504f], Read("half"));
        Assert.Equal([1.5f, -2f, 65536f], Read("brain"));
    }
}
