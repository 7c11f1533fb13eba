// BatchNormalization nodes rewritten as PyTorch computes them in train mode, so ONNX Runtime can run a model the way
// a calibration pass does: each node normalises with its own batch's per-channel statistics, and those statistics
// become extra graph outputs for the caller to average. Built from plain ops (Reshape, ReduceMean, Sub, Mul, Sqrt,
// Div, Add, Shape) that every opset from 7 on has; the input is viewed as [N, C, L] so any rank works, and
// ReduceMean takes its axes as an attribute up to opset 17 and as an input from 18, as the standard moved them.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="Node">The original BatchNormalization node.</param>
/// <param name="Mean">Output: the batch mean per channel, [1, C, 1].</param>
/// <param name="Variance">Output: the biased batch variance per channel (divided by N·L), [1, C, 1].</param>
/// <param name="Dims">Output: the int64 [N, C, L] the statistics were taken over.</param>
internal sealed record BatchNormStatistics(NodeProto Node, string Mean, string Variance, string Dims);

internal static class BatchNormTrainGraph
{
    const string Prefix = "__calibrate_";
    const string ThreeD = Prefix + "nc_rest", PerChannel = Prefix + "per_channel", Axes = Prefix + "axes";

    /// <summary>
    /// Replaces every BatchNormalization of <paramref name="edit"/>'s graph, in place, by its train-mode computation, adds
    /// the statistics as graph outputs, and returns where each node's statistics are. The caller restores the graph after.
    /// </summary>
    public static IReadOnlyList<BatchNormStatistics> Build(OnnxModelEdit edit, IReadOnlyList<NodeProto> norms)
    {
        var graph = edit.Graph;
        var axesAsInput = OnnxOpsetUpgrade.Current(edit.Model) >= 18;
        edit.AddInitializer(ThreeD, OnnxDataType.Int64, [3], Longs(0, 0, -1));
        edit.AddInitializer(PerChannel, OnnxDataType.Int64, [3], Longs(1, -1, 1));
        if (axesAsInput) edit.AddInitializer(Axes, OnnxDataType.Int64, [2], Longs(0, 2));
        var statistics = new List<BatchNormStatistics>();
        for (var k = 0; k < norms.Count; k++)
        {
            var node = norms[k];
            string V(string name) => $"{Prefix}{k}_{name}";
            var epsilon = node.Attribute.FirstOrDefault(a => a.Name == "epsilon")?.F ?? 1e-5f;
            edit.AddInitializer(V("epsilon"), [], [epsilon]);
            NodeProto ReduceMean(string input, string output) => axesAsInput
                ? Node("ReduceMean", V(output), [input, Axes], V(output), Int("keepdims", 1))
                : Node("ReduceMean", V(output), [input], V(output), Ints("axes", 0, 2), Int("keepdims", 1));
            NodeProto[] train =
            [
                Node("Reshape", V("x3"), [node.Input[0], ThreeD], V("x3")),
                ReduceMean(V("x3"), "mean"),
                Node("Sub", V("centred"), [V("x3"), V("mean")], V("centred")),
                Node("Mul", V("squared"), [V("centred"), V("centred")], V("squared")),
                ReduceMean(V("squared"), "variance"),
                Node("Add", V("shifted"), [V("variance"), V("epsilon")], V("shifted")),
                Node("Sqrt", V("std"), [V("shifted")], V("std")),
                Node("Div", V("normalised"), [V("centred"), V("std")], V("normalised")),
                Node("Reshape", V("scale"), [node.Input[1], PerChannel], V("scale")),
                Node("Mul", V("scaled"), [V("normalised"), V("scale")], V("scaled")),
                Node("Reshape", V("bias"), [node.Input[2], PerChannel], V("bias")),
                Node("Add", V("y3"), [V("scaled"), V("bias")], V("y3")),
                Node("Shape", V("shape"), [node.Input[0]], V("shape")),
                Node("Reshape", V("y"), [V("y3"), V("shape")], node.Output[0]),
                Node("Shape", V("dims"), [V("x3")], V("dims")),
            ];
            var at = graph.Node.IndexOf(node);
            graph.Node.RemoveAt(at);
            for (var i = 0; i < train.Length; i++) graph.Node.Insert(at + i, train[i]);
            graph.Output.Add(Output(V("mean"), OnnxDataType.Float));
            graph.Output.Add(Output(V("variance"), OnnxDataType.Float));
            graph.Output.Add(Output(V("dims"), OnnxDataType.Int64));
            statistics.Add(new BatchNormStatistics(node, V("mean"), V("variance"), V("dims")));
        }
        return statistics;
    }

    /// <summary>Removes the constants Build added (the caller puts the original nodes and outputs back).</summary>
    public static void RemoveConstants(OnnxModelEdit edit)
    {
        foreach (var name in edit.Graph.Initializer.Select(i => i.Name).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToArray())
            edit.RemoveInitializer(name);
    }

    static byte[] Longs(params long[] values) => [.. values.SelectMany(BitConverter.GetBytes)];

    /// <summary>An output with its element type and no shape: ONNX Runtime infers the shape.</summary>
    static ValueInfoProto Output(string name, OnnxDataType type) =>
        new() { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type } } };
}
