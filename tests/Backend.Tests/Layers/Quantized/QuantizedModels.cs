// Hand-built quantized ONNX graphs for the decoder tests: each wraps one quantized node (or DequantizeLinear) the way
// ONNX Runtime's quantizer lays it out, with codes, scales and zero points chosen so the floats are exact by hand.
using Backend.Tests.Models.Onnx;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Layers.Quantized;

internal static class QuantizedModels
{
    /// <summary>Saves a graph with the default opset 21 and com.microsoft (for MatMulNBits).</summary>
    public static string Save(GraphProto graph, string path)
    {
        var model = OnnxProtoModels.Model(graph, 21);
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "com.microsoft", Version = 1 });
        return model.Save(path);
    }

    public static TensorProto Scalar(string name, float value) => Floats(name, [value], []);

    /// <summary>
    /// quantize_dynamic's MatMul: x → DynamicQuantizeLinear → MatMulInteger(xq, codes, xz, zeroPoint) → Cast → Mul(·, Mul(xs, scale)).
    /// <paramref name="op"/> is MatMulInteger or ConvInteger.
    /// </summary>
    public static GraphProto Dynamic(string op, TensorProto codes, TensorProto scale, TensorProto? zeroPoint)
    {
        var graph = new GraphProto { Name = "dynamic", Initializer = { codes, scale } };
        if (zeroPoint is not null) graph.Initializer.Add(zeroPoint);
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 2));
        graph.Node.Add(new NodeProto { OpType = "DynamicQuantizeLinear", Name = "x_quant", Input = { "x" }, Output = { "xq", "xs", "xz" } });
        graph.Node.Add(Node(op, "layer_quant", ["xq", codes.Name, "xz", zeroPoint?.Name ?? ""], "yi"));
        graph.Node.Add(Node("Cast", "yi_cast", ["yi"], "yc", Int("to", (long)OnnxDataType.Float)));
        graph.Node.Add(Node("Mul", "layer_quant_scales_mul", ["xs", scale.Name], "layer_quant_scales_mul:0"));
        graph.Node.Add(Node("Mul", "layer_quant_output_scale_mul", ["yc", "layer_quant_scales_mul:0"], "y"));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float));
        return graph;
    }

    /// <summary>quantize_static's QOperator node: QLinearMatMul or QLinearConv with constant input and output scales (and a bias for Conv).</summary>
    public static GraphProto QLinear(string op, TensorProto codes, TensorProto scale, TensorProto zeroPoint, TensorProto? bias = null)
    {
        var graph = new GraphProto
        {
            Name = "static",
            Initializer =
            {
                codes, scale, zeroPoint, Scalar("x_scale", 0.5f), UInt8s("x_zero_point", [128], []),
                Scalar("y_scale", 0.25f), UInt8s("y_zero_point", [128], []),
            },
        };
        if (bias is not null) graph.Initializer.Add(bias);
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 2));
        graph.Node.Add(Node("QuantizeLinear", "x_QuantizeLinear", ["x", "x_scale", "x_zero_point"], "xq"));
        graph.Node.Add(Node(op, "layer_quant",
            ["xq", "x_scale", "x_zero_point", codes.Name, scale.Name, zeroPoint.Name, "y_scale", "y_zero_point", .. bias is null ? Array.Empty<string>() : [bias.Name]], "yq"));
        graph.Node.Add(Node("DequantizeLinear", "y_DequantizeLinear", ["yq", "y_scale", "y_zero_point"], "y"));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float));
        return graph;
    }

    /// <summary>A weight behind DequantizeLinear (attributes as given), read by a MatMul.</summary>
    public static GraphProto Dequantized(TensorProto codes, TensorProto scale, TensorProto? zeroPoint, string output, params AttributeProto[] attributes)
    {
        var graph = new GraphProto { Name = "qdq", Initializer = { codes, scale } };
        if (zeroPoint is not null) graph.Initializer.Add(zeroPoint);
        graph.Input.Add(ValueInfo("x", OnnxDataType.Float, 1, 2));
        graph.Node.Add(Node("DequantizeLinear", "w_DequantizeLinear", [codes.Name, scale.Name, zeroPoint?.Name ?? ""], output, attributes));
        graph.Node.Add(Node("MatMul", "matmul", ["x", output], "y"));
        graph.Output.Add(ValueInfo("y", OnnxDataType.Float));
        return graph;
    }

    /// <summary>Packs 4-bit values two a byte, the first in the low nibble (ONNX's int4/uint4 and MatMulNBits order).</summary>
    public static byte[] Pack4(params int[] values)
    {
        var bytes = new byte[(values.Length + 1) / 2];
        for (var i = 0; i < values.Length; i++) bytes[i / 2] |= (byte)((values[i] & 0xF) << (i % 2 * 4));
        return bytes;
    }
}
