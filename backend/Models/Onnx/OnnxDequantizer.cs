// Finds the float weights a model's compute nodes actually consume. Walking each graph in node order, it
// keeps the constants in scope (initializers, Constant nodes, and the results of folding decoding nodes
// such as DequantizeLinear or Cast→Gather→Reshape), and records every floating-point constant that reaches
// a node it does not fold (Gemm, Conv, LSTM, If, ...). Subgraphs see their parents' constants, as in ONNX.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxDequantizer
{
    sealed class Scope(Scope? parent, string path)
    {
        readonly Dictionary<string, (Lazy<OnnxFoldedTensor> Value, string Path)> _values = [];
        public string Path { get; } = path;

        public void Add(string name, Func<OnnxFoldedTensor> value) =>
            _values[name] = (new Lazy<OnnxFoldedTensor>(value), Path);

        public bool TryGet(string name, out (Lazy<OnnxFoldedTensor> Value, string Path) entry) =>
            _values.TryGetValue(name, out entry) || (parent is not null && parent.TryGet(name, out entry));
    }

    public static IReadOnlyDictionary<string, TensorData> EffectiveWeights(OnnxModelReader reader)
    {
        var weights = new Dictionary<string, TensorData>();
        var seen = new HashSet<(string Path, string Name)>();
        var model = reader.Model;
        Walk(new OnnxGraphScope("", model.Graph.Initializer, model.Graph.Node, false), null, reader.Path, weights, seen);
        foreach (var function in model.Functions)
            Walk(new OnnxGraphScope($"function {function.Name}", [], function.Node, true), null, reader.Path, weights, seen);
        return weights;
    }

    static void Walk(OnnxGraphScope graph, Scope? parent, string modelPath, Dictionary<string, TensorData> weights, HashSet<(string, string)> seen)
    {
        var scope = new Scope(parent, graph.Path);
        foreach (var init in graph.Initializers)
        {
            var tensor = new OnnxTensor(init, init.Name, OnnxTensorSource.Initializer, graph.Path, modelPath);
            if (tensor.DataType.IsDecodable()) scope.Add(init.Name, () => OnnxFoldedTensor.From(tensor));
        }

        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            if (OnnxGraphScopes.ConstantValue(node) is { } value)
            {
                var tensor = new OnnxTensor(value, node.Output[0], OnnxTensorSource.ConstantNode, graph.Path, modelPath);
                if (tensor.DataType.IsDecodable()) scope.Add(node.Output[0], () => OnnxFoldedTensor.From(tensor));
                continue;
            }
            if (TryFold(node, scope) is { } folded)
            {
                scope.Add(node.Output[0], () => folded);
                continue;
            }
            foreach (var input in node.Input)
                if (input.Length > 0 && scope.TryGet(input, out var entry) && seen.Add((entry.Path, input)))
                    Record(input, entry, weights);
            foreach (var child in OnnxGraphScopes.Subgraphs(graph, node, n))
                Walk(child, scope, modelPath, weights, seen);
        }
    }

    static OnnxFoldedTensor? TryFold(NodeProto node, Scope scope)
    {
        if (!OnnxConstantFolder.CanFold(node) || OnnxGraphScopes.HasSubgraphs(node)) return null;
        // Look all inputs up before decoding any, so a Gather from a constant table by a runtime index
        // (an embedding lookup) does not decode the table for nothing.
        var entries = new Lazy<OnnxFoldedTensor>?[node.Input.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            if (node.Input[i].Length == 0) continue; // an omitted optional input
            if (!scope.TryGet(node.Input[i], out var entry)) return null;
            entries[i] = entry.Value;
        }
        return OnnxConstantFolder.TryFold(node, entries.Select(e => e?.Value).ToArray());
    }

    static void Record(string name, (Lazy<OnnxFoldedTensor> Value, string Path) entry, Dictionary<string, TensorData> weights)
    {
        var value = entry.Value.Value;
        if (!value.IsFloat || value.Shape.Length == 0) return; // scalars (epsilons, constants of activations) are not weights
        var key = weights.ContainsKey(name) ? $"{entry.Path}/{name}" : name;
        weights[key] = value.ToTensorData();
    }
}
