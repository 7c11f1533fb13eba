// Quantized weights whose inputs lie (scales that do not fit the channels, zero points of another type than their codes,
// MatMulNBits blobs or scales that do not fit K and N): refused at open with an OnnxModelException that names the tensor,
// and through the probe's source with the file and that name, never another exception.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Layers.Quantized;

public sealed class QuantizedHostileTests : QuantizedFileTests
{
    public static TheoryData<string, string, string> Lies => new()
    {
        { "QLinearConv with 3 scales for 2 channels", "conv.weight_quantized", "3 scales for the 2 channels" },
        { "ConvInteger with 3 scales for 2 channels", "w_quantized", "3 scales for the 2 channels" },
        { "MatMulInteger with a uint8 zero point for int8 codes", "W_zero_point", "must have the codes' type" },
        { "DequantizeLinear with int4 blocks that do not fit", "w_quantized", "must be [2, 2]" },
        { "MatMulNBits with a blob too long for K", "fc.weight_Q4", "must be [2, 2, 2]" },
        { "MatMulNBits with too few scales", "fc.weight_scales", "need 4" },
        { "QLinearConv with scales and zero points that differ in count", "conv.weight_quantized", "must match one to one" },
    };

    [Theory]
    [MemberData(nameof(Lies))]
    public void A_lying_quantized_weight_is_refused_naming_the_tensor(string lie, string tensor, string problem)
    {
        var path = QuantizedModels.Save(Model(lie), Folder.File("lie.onnx"));

        var error = Assert.Throws<OnnxModelException>(() => OnnxModelReader.OpenIndexed(path).ReadWeightsOnDemand());
        Assert.Equal(tensor, error.Tensor);
        Assert.Contains(problem, error.Message);

        var probe = Assert.Throws<BackendException>(() => TensorSources.Open(path));
        Assert.Equal(path, probe.ErrorData.File);
        Assert.Contains(tensor, probe.Message);
    }

    static GraphProto Model(string lie) => lie switch
    {
        "QLinearConv with 3 scales for 2 channels" => QuantizedModels.QLinear("QLinearConv",
            Int8s("conv.weight_quantized", [4, -4], [2, 1, 1, 1]), Floats("conv.weight_scale", [0.5f, 0.25f, 1f], [3]), Int8s("conv.weight_zero_point", [0, 0, 0], [3])),
        "ConvInteger with 3 scales for 2 channels" => QuantizedModels.Dynamic("ConvInteger",
            Int8s("w_quantized", [1, 2, 3, 4], [2, 1, 1, 2]), Floats("w_scale", [0.5f, 2f, 1f], [3]), null),
        "MatMulInteger with a uint8 zero point for int8 codes" => QuantizedModels.Dynamic("MatMulInteger",
            Int8s("W_quantized", [1, 2], [1, 2]), QuantizedModels.Scalar("W_scale", 0.5f), UInt8s("W_zero_point", [128], [])),
        "DequantizeLinear with int4 blocks that do not fit" => QuantizedModels.Dequantized(
            Tensor("w_quantized", OnnxDataType.Int4, (ReadOnlySpan<byte>)QuantizedModels.Pack4(1, 2, 3, 4, 5, 6, 7, 0), [2, 4]),
            Floats("w_scale", [1f, 1f, 1f], [1, 3]), null, "w_DequantizeLinear_Output", Int("axis", 1), Int("block_size", 2)),
        "MatMulNBits with a blob too long for K" => Replace(LowBitWeightTests.NBits(false), 0, UInt8s("fc.weight_Q4", new byte[12], [2, 2, 3])),
        "MatMulNBits with too few scales" => LowBitWeightTests.NBits(false, scales: [1f, 1f, 1f]),
        "QLinearConv with scales and zero points that differ in count" => QuantizedModels.QLinear("QLinearConv",
            Int8s("conv.weight_quantized", [4, -4], [2, 1, 1, 1]), Floats("conv.weight_scale", [0.5f, 0.25f], [2]), Int8s("conv.weight_zero_point", [0], [])),
        _ => throw new ArgumentException(lie),
    };

    static GraphProto Replace(GraphProto graph, int index, TensorProto tensor)
    {
        graph.Initializer[index] = tensor;
        return graph;
    }
}
