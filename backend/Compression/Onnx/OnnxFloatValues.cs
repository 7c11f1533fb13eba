// Which values of an ONNX graph are float32, found without running shape inference: graph inputs, initializers, Constant
// nodes and value_info say so directly, and node outputs follow a small table (Shape and comparisons give integers or
// booleans, Cast gives its "to", DequantizeLinear gives float) with "the type of the first input" for everything else,
// which covers the elementwise, convolution, pooling, normalization and data-movement operators. Float16 conversion
// needs this only where it must insert Casts: around operators kept in float32 and at the model's float interface.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Compression.Onnx;

internal static class OnnxFloatValues
{
    /// <summary>Operators whose every output is an integer or boolean whatever their inputs.</summary>
    static readonly HashSet<string> NeverFloat = new(StringComparer.Ordinal)
    {
        "Shape", "Size", "NonZero", "ArgMax", "ArgMin", "Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "Not", "And", "Or",
        "Xor", "IsNaN", "IsInf", "NonMaxSuppression", "QuantizeLinear", "MatMulInteger", "ConvInteger", "QLinearConv", "QLinearMatMul",
    };

    /// <summary>Operators whose first output is float32 unless an attribute says otherwise (later outputs are indices or masks).</summary>
    static readonly HashSet<string> FloatByDefault = new(StringComparer.Ordinal) { "DequantizeLinear", "RandomNormal", "RandomUniform" };

    public static HashSet<string> Find(GraphProto graph)
    {
        const int Float = (int)OnnxDataType.Float;
        var floats = new HashSet<string>(StringComparer.Ordinal);
        floats.UnionWith(graph.Input.Concat(graph.Output).Concat(graph.ValueInfo).Where(v => v.Type?.TensorType?.ElemType == Float).Select(v => v.Name));
        floats.UnionWith(graph.Initializer.Where(t => t.DataType == Float).Select(t => t.Name));
        foreach (var node in graph.Node)
        {
            if (node.Output.Count == 0) continue;
            long? Attribute(string name) => node.Attribute.FirstOrDefault(a => a.Name == name)?.I;
            bool? first = node.OpType switch
            {
                _ when NeverFloat.Contains(node.OpType) => false,
                "Cast" => Attribute("to") == Float,
                "Constant" => node.Attribute.FirstOrDefault(a => a.Name is "value")?.T?.DataType == Float || node.Attribute.Any(a => a.Name is "value_float" or "value_floats"),
                "ConstantOfShape" => node.Attribute.FirstOrDefault(a => a.Name == "value")?.T is not { } v || v.DataType == Float,
                "Where" => node.Input.Count > 1 && floats.Contains(node.Input[1]),
                _ when FloatByDefault.Contains(node.OpType) => Attribute("dtype") is null or Float,
                _ => node.Input.Count > 0 && floats.Contains(node.Input[0]),
            };
            if (first == true) floats.Add(node.Output[0]);
            // Multi-output operators whose further outputs share the first one's type (Split, LSTM's states, BatchNormalization's training outputs).
            if (first == true && node.OpType is "Split" or "LSTM" or "GRU" or "RNN" or "BatchNormalization")
                floats.UnionWith(node.Output.Skip(1));
        }
        return floats;
    }
}
