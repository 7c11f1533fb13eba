// Walks every place of an ONNX model that holds nodes: the main graph, the subgraphs in node attributes
// (If's then/else_branch, Loop's and Scan's body: GRAPH and GRAPHS attributes, nested to any depth) and
// model-local functions. Real exports keep weights in all of them, not only in graph.initializer.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

/// <summary>A list of nodes with the initializers they see first. Path is "" for the main graph.</summary>
internal sealed record OnnxGraphScope(string Path, IList<TensorProto> Initializers, IList<NodeProto> Nodes, bool IsFunction);

internal static class OnnxGraphScopes
{
    /// <summary>Depth-first, parents before children, in node order: the order tensors are streamed in.</summary>
    public static IEnumerable<OnnxGraphScope> All(ModelProto model)
    {
        foreach (var scope in WithSubgraphs(new OnnxGraphScope("", model.Graph.Initializer, model.Graph.Node, false)))
            yield return scope;
        foreach (var function in model.Functions)
            foreach (var scope in WithSubgraphs(new OnnxGraphScope($"function {function.Name}", [], function.Node, true)))
                yield return scope;
    }

    public static IEnumerable<OnnxGraphScope> WithSubgraphs(OnnxGraphScope scope)
    {
        yield return scope;
        for (var i = 0; i < scope.Nodes.Count; i++)
            foreach (var child in Subgraphs(scope, scope.Nodes[i], i))
                foreach (var nested in WithSubgraphs(child))
                    yield return nested;
    }

    /// <summary>The subgraphs held directly by one node's attributes.</summary>
    public static IEnumerable<OnnxGraphScope> Subgraphs(OnnxGraphScope parent, NodeProto node, int index)
    {
        var label = string.IsNullOrEmpty(node.Name) ? $"{node.OpType}#{index}" : node.Name;
        var prefix = parent.Path.Length == 0 ? "" : parent.Path + "/";
        foreach (var attribute in node.Attribute)
        {
            if (attribute.G is { } g)
                yield return new OnnxGraphScope($"{prefix}{label}.{attribute.Name}", g.Initializer, g.Node, false);
            for (var j = 0; j < attribute.Graphs.Count; j++)
                yield return new OnnxGraphScope($"{prefix}{label}.{attribute.Name}[{j}]", attribute.Graphs[j].Initializer, attribute.Graphs[j].Node, false);
        }
    }

    public static bool HasSubgraphs(NodeProto node) => node.Attribute.Any(a => a.G is not null || a.Graphs.Count > 0);

    public static bool IsDefaultDomain(string domain) => domain is "" or "ai.onnx";

    /// <summary>
    /// The tensor a Constant node produces: its value attribute, or (opset 12+) value_float(s)/value_int(s).
    /// Null for string and sparse constants, which hold no weights we can read.
    /// </summary>
    public static TensorProto? ConstantValue(NodeProto node)
    {
        if (node.OpType != "Constant" || !IsDefaultDomain(node.Domain) || node.Output.Count == 0) return null;
        foreach (var a in node.Attribute)
        {
            switch (a.Name)
            {
                case "value" when a.T is not null:
                    return a.T;
                case "value_float":
                    return new TensorProto { DataType = (int)OnnxDataType.Float, FloatData = { a.F } };
                case "value_floats":
                    return new TensorProto { DataType = (int)OnnxDataType.Float, Dims = { a.Floats.Count }, FloatData = { a.Floats } };
                case "value_int":
                    return new TensorProto { DataType = (int)OnnxDataType.Int64, Int64Data = { a.I } };
                case "value_ints":
                    return new TensorProto { DataType = (int)OnnxDataType.Int64, Dims = { a.Ints.Count }, Int64Data = { a.Ints } };
            }
        }
        return null;
    }
}
