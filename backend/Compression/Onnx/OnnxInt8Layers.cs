// Where int8 quantization meets the graph: for each selected weight, its output-channel axis (the axis its scales run
// along), and for each layer that computes with a quantized weight, the float activation input that static quantization
// puts a QuantizeLinear→DequantizeLinear pair on. Output channels are what a layer's rows of weights produce: Conv's
// W [M, C/group, kH, kW] → 0; Gemm's B → 0 when transB=1 ([N, K]) else 1 ([K, N]); MatMul's constant [.., K, N] right operand
// → its last axis, a constant left operand [.., M, K] → the one before.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="Axis">The DequantizeLinear axis its scales run along; null for one scale over the whole tensor (a scalar or a vector MatMul operand).</param>
internal sealed record OnnxInt8Weight(string Name, int? Axis);

/// <summary>A layer's float activation input: <paramref name="Node"/>.Input[<paramref name="Input"/>].</summary>
internal sealed record OnnxLayerActivation(NodeProto Node, int Input)
{
    public string Tensor => Node.Input[Input];
}

internal static class OnnxInt8Layers
{
    /// <summary>Each of <paramref name="selected"/> with its axis, in the order given, and the activations of the layers that read them, in node order.</summary>
    public static (IReadOnlyList<OnnxInt8Weight> Weights, IReadOnlyList<OnnxLayerActivation> Activations) Plan(GraphProto graph, IReadOnlyList<string> selected)
    {
        var chosen = selected.ToHashSet(StringComparer.Ordinal);
        var constants = graph.Initializer.Select(i => i.Name)
            .Concat(graph.Node.Where(n => n.OpType == "Constant").SelectMany(n => n.Output)).ToHashSet(StringComparer.Ordinal);
        var axes = new Dictionary<string, int?>(StringComparer.Ordinal);
        var activations = new List<OnnxLayerActivation>();
        foreach (var node in graph.Node)
            foreach (var (weight, activation) in Operands(node))
            {
                if (weight >= node.Input.Count || !chosen.Contains(node.Input[weight])) continue;
                // A weight two layers share is quantized once, along the first layer's axis; the other still computes the same values.
                axes.TryAdd(node.Input[weight], Axis(node, weight, RankOf(graph, node.Input[weight])));
                if (activation < node.Input.Count && node.Input[activation].Length > 0 && !constants.Contains(node.Input[activation]))
                    activations.Add(new OnnxLayerActivation(node, activation));
            }
        // Weights only an include pattern chose (biases, norms) have no layer axis: their first one, as TorchSharp's int8 does.
        return ([.. selected.Select(w => new OnnxInt8Weight(w, axes.TryGetValue(w, out var axis) ? axis : RankOf(graph, w) > 0 ? 0 : null))], activations);
    }

    /// <summary>(weight input, activation input) pairs of a layer: Conv and Gemm compute with input 1 on input 0; MatMul either way round.</summary>
    static IEnumerable<(int Weight, int Activation)> Operands(NodeProto node) => node.OpType switch
    {
        "Conv" or "Gemm" when node.Domain is "" or "ai.onnx" => [(1, 0)],
        "MatMul" when node.Domain is "" or "ai.onnx" => [(1, 0), (0, 1)],
        _ => [],
    };

    static int? Axis(NodeProto node, int weight, int rank) => node.OpType switch
    {
        "Conv" => 0,
        "Gemm" => node.Attribute.FirstOrDefault(a => a.Name == "transB")?.I == 1 ? 0 : 1,
        _ when rank < 2 => null,
        _ => weight == 1 ? rank - 1 : rank - 2,
    };

    static int RankOf(GraphProto graph, string initializer) => graph.Initializer.First(i => i.Name == initializer).Dims.Count;
}
