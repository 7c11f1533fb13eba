// Raising an edited model's default-domain opset, which operations must do before they add operators the model's opset
// lacks (per-axis DequantizeLinear needs 13; an old CNTK export is opset 8). Only operators whose meaning does not change
// between the two versions are carried over; the few that changed only in attributes irrelevant to inference are adapted
// (BatchNormalization's spatial=1, is_test and consumed_inputs; inference Dropout becomes Identity). Anything else is refused,
// naming the operator, rather than silently changing what the model computes.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Compression.Onnx;

internal static class OnnxOpsetUpgrade
{
    /// <summary>Operators whose every version from opset 7 to 17 computes the same for a graph that was valid at the lower version.</summary>
    static readonly HashSet<string> Unchanged = new(StringComparer.Ordinal)
    {
        "Conv", "ConvTranspose", "Relu", "LeakyRelu", "Sigmoid", "Tanh", "Elu", "Selu", "HardSigmoid", "PRelu", "Add", "Sub", "Mul", "Div", "Sum",
        "Max", "Min", "Mean", "Abs", "Neg", "Sqrt", "Exp", "Log", "Pow", "Reciprocal", "MatMul", "Gemm", "MaxPool", "AveragePool",
        "GlobalAveragePool", "GlobalMaxPool", "LRN", "Flatten", "Reshape", "Concat", "Identity", "Transpose", "Gather", "Shape", "Size",
        "Cast", "Constant", "Floor", "Ceil", "Not", "And", "Or", "Equal", "Less", "Greater", "Where", "Expand", "Tile", "Erf",
        "InstanceNormalization", "MatMulInteger", "ConvInteger", "QuantizeLinear", "DequantizeLinear", "QLinearConv", "QLinearMatMul",
        "ArgMax", "ArgMin", "Softplus", "Softsign", "HardSwish", "Range", "NonZero", "ConstantOfShape", "Einsum", "LayerNormalization",
        "Gelu", "CumSum", "ScatterND", "GatherND", "GatherElements", "OneHot", "Mod", "BitShift", "Round", "Sign", "Sin", "Cos",
    };

    /// <summary>Opset 13 changed Softmax/LogSoftmax/Hardmax from "flatten at axis" to "along axis", and reductions, Squeeze, Unsqueeze and Split moved attributes to inputs.</summary>
    static readonly Dictionary<string, int> ChangedAt = new(StringComparer.Ordinal)
    {
        ["Softmax"] = 13,
        ["LogSoftmax"] = 13,
        ["Hardmax"] = 13,
        ["Squeeze"] = 13,
        ["Unsqueeze"] = 13,
        ["Split"] = 13,
        ["ReduceSum"] = 13,
        ["ReduceMean"] = 18,
        ["ReduceMax"] = 18,
        ["ReduceMin"] = 18,
        ["ReduceProd"] = 18,
        ["ReduceL2"] = 18,
        ["Slice"] = 10,
        ["Pad"] = 11,
        ["Clip"] = 11,
        ["Resize"] = 11,
        ["Upsample"] = 10,
        ["TopK"] = 10,
        ["Dropout"] = 12,
        ["BatchNormalization"] = 9,
    };

    /// <summary>The model's default-domain opset version (1 when it imports none).</summary>
    public static long Current(ModelProto model) => model.OpsetImport.FirstOrDefault(o => o.Domain is "" or "ai.onnx")?.Version ?? 1;

    /// <summary>
    /// Raises the default-domain opset of <paramref name="model"/> to at least <paramref name="minimum"/>, adapting what must be adapted;
    /// OnnxModelException naming the first operator that cannot be carried over safely. <paramref name="why"/> says what needs it.
    /// </summary>
    public static void Require(ModelProto model, int minimum, string file, string why)
    {
        var current = Current(model);
        if (current >= minimum) return;
        foreach (var node in model.Graph.Node.Where(n => n.Domain is "" or "ai.onnx"))
        {
            if (Unchanged.Contains(node.OpType)) continue;
            if (node.OpType == "BatchNormalization" && AdaptBatchNorm(node)) continue;
            if (node.OpType == "Dropout" && node.Output.Count == 1)
            {
                // Dropout computes the identity at inference; only its training attributes changed.
                node.OpType = "Identity";
                node.Attribute.Clear();
                continue;
            }
            if (ChangedAt.TryGetValue(node.OpType, out var at) && (current >= at || minimum < at)) continue;
            throw new OnnxModelException(file,
                $"{why} needs opset {minimum}, and the model is opset {current}: its {node.OpType} node '{node.Name}' changed meaning between those versions, so it cannot be carried over as it is.",
                $"Export the model again with opset {minimum} or later (torch.onnx.export(..., opset_version=17)).");
        }
        if (model.Graph.Node.Any(n => n.Domain is "" or "ai.onnx" && n.OpType is "Loop" or "If" or "Scan"))
            throw new OnnxModelException(file, $"{why} needs opset {minimum}; the model is opset {current} and has subgraphs, whose operators are not carried over.",
                $"Export the model again with opset {minimum} or later.");
        foreach (var import in model.OpsetImport.Where(o => o.Domain is "" or "ai.onnx")) import.Version = minimum;
        if (!model.OpsetImport.Any(o => o.Domain is "" or "ai.onnx")) model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = minimum });
        model.IrVersion = Math.Max(model.IrVersion, IrVersionFor(minimum));
    }

    /// <summary>The lowest IR version that may carry <paramref name="opset"/> (ONNX's versioning table), and never below 4, the first that allows initializers that are not graph inputs.</summary>
    public static long IrVersionFor(long opset) => opset switch
    {
        <= 8 => 4,
        9 => 4,
        10 => 5,
        11 => 6,
        <= 14 => 7,
        <= 18 => 8,
        <= 20 => 9,
        _ => 10,
    };

    /// <summary>BatchNormalization before opset 9 took spatial (1 is today's only behaviour), is_test and consumed_inputs; true when adapted.</summary>
    static bool AdaptBatchNorm(NodeProto node)
    {
        if (node.Output.Count != 1) return false;
        var spatial = node.Attribute.FirstOrDefault(a => a.Name == "spatial");
        if (spatial is not null && spatial.I != 1) return false;
        var legacy = node.Attribute.Where(a => a.Name is "spatial" or "is_test" or "consumed_inputs").ToArray();
        foreach (var a in legacy) node.Attribute.Remove(a);
        return true;
    }
}
