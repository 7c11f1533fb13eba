// Static int8's activations, in the QDQ form ONNX Runtime's quantize_static writes: each float activation X that a quantized
// layer reads goes through QuantizeLinear(X, X_scale, X_zero_point) → DequantizeLinear, uint8 per tensor, and the layer reads
// the dequantized value. ONNX Runtime fuses each DequantizeLinear→Conv/Gemm/MatMul←DequantizeLinear(W) group into one integer
// kernel; any other runtime computes the same values in float. Other readers of X keep reading the float X.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Compression.Onnx;

internal static class OnnxQdqActivations
{
    /// <summary>Puts a QuantizeLinear→DequantizeLinear pair on each of <paramref name="activations"/>, with the parameters of its range.</summary>
    public static void Insert(OnnxModelEdit edit, IReadOnlyList<OnnxLayerActivation> activations, IReadOnlyDictionary<string, OnnxActivationRange> ranges,
        OnnxFreshNames names)
    {
        var graph = edit.Graph;
        foreach (var group in activations.GroupBy(a => a.Tensor, StringComparer.Ordinal))
        {
            var x = group.Key;
            var (scale, zeroPoint) = ranges[x].UInt8();
            var scaleName = names.Take(x, "_scale");
            var zeroName = names.Take(x, "_zero_point");
            edit.AddInitializer(scaleName, [], [scale]);
            edit.AddInitializer(zeroName, OnnxDataType.UInt8, [], [zeroPoint]);
            var quantized = names.Take(x, "_QuantizeLinear_Output");
            var dequantized = names.Take(x, "_DequantizeLinear_Output");
            // Just before the first layer that reads X: after whatever produced X, so the graph stays in topological order.
            var first = graph.Node.IndexOf(group.First().Node);
            graph.Node.Insert(first, Node("DequantizeLinear", names.Take(x, "_DequantizeLinear"), [quantized, scaleName, zeroName], dequantized));
            graph.Node.Insert(first, Node("QuantizeLinear", names.Take(x, "_QuantizeLinear"), [x, scaleName, zeroName], quantized));
            foreach (var (node, input) in group) node.Input[input] = dequantized;
        }
    }
}
