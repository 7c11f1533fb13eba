// New value and node names for nodes an operation adds to an ONNX graph. ONNX Runtime's quantizer names what it adds after
// the value it stands for ("W_quantized", "W_scale", "W_DequantizeLinear_Output"), and the probe reads a weight under its
// float name through that suffix (OnnxDequantizeLinearCodes), so names keep the quantizer's form; a name the graph already
// uses gets a counter before its suffix, never after it, so the suffix still says what the value is.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Compression.Onnx;

internal sealed class OnnxFreshNames
{
    readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Every name the model's main graph and its subgraphs use for a value or a node.</summary>
    public OnnxFreshNames(GraphProto graph)
    {
        _taken.UnionWith(graph.Input.Select(v => v.Name));
        _taken.UnionWith(graph.Output.Select(v => v.Name));
        foreach (var scope in OnnxGraphScopes.WithSubgraphs(new OnnxGraphScope("", graph.Initializer, graph.Node, false)))
        {
            _taken.UnionWith(scope.Initializers.Select(i => i.Name));
            foreach (var node in scope.Nodes)
            {
                _taken.UnionWith(node.Input);
                _taken.UnionWith(node.Output);
                _taken.Add(node.Name);
            }
        }
        _taken.UnionWith(graph.ValueInfo.Select(v => v.Name));
    }

    /// <summary>"<paramref name="stem"/><paramref name="suffix"/>", or "<paramref name="stem"/>_2<paramref name="suffix"/>" and on while that is taken; taken from now on.</summary>
    public string Take(string stem, string suffix)
    {
        var name = stem + suffix;
        for (var i = 2; !_taken.Add(name); i++) name = $"{stem}_{i}{suffix}";
        return name;
    }

    /// <summary>Names that nodes inside subgraphs (If, Loop, Scan bodies) read: a value they capture from the main graph must keep its name.</summary>
    public static HashSet<string> ReadBySubgraphs(GraphProto graph) =>
        [.. OnnxGraphScopes.WithSubgraphs(new OnnxGraphScope("", graph.Initializer, graph.Node, false)).Skip(1).SelectMany(s => s.Nodes).SelectMany(n => n.Input)];
}
