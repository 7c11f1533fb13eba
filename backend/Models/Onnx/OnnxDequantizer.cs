// Finds the float weights a model's compute nodes actually consume. Walking each graph in node order, it
// keeps the constants in scope (initializers, Constant nodes, and the results of folding decoding nodes
// such as DequantizeLinear or Cast→Gather→Reshape), and records every floating-point constant that reaches
// a node it does not fold (Gemm, Conv, LSTM, If, ...). Subgraphs see their parents' constants, as in ONNX.
// Quantized nodes (QOperator, MatMulNBits) and DequantizeLinear on stored codes yield their weights through decoders
// (OnnxQOperatorWeights, OnnxMatMulNBits, OnnxDequantizeLinearCodes) that read the codes only when the weight is read.
// On demand, a stored tensor that reaches such a node as it is stays undecoded (its OnnxTensor is recorded).
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxDequantizer
{
    public static IReadOnlyDictionary<string, TensorData> EffectiveWeights(OnnxModelReader reader) =>
        Walk(reader, onDemand: false).ToDictionary(w => w.Key, w => w.Value.ToTensorData());

    public static IReadOnlyDictionary<string, OnnxWeight> EffectiveWeightsOnDemand(OnnxModelReader reader) => Walk(reader, onDemand: true);

    static Dictionary<string, OnnxWeight> Walk(OnnxModelReader reader, bool onDemand)
    {
        var weights = new Dictionary<string, OnnxWeight>();
        var seen = new HashSet<(string Path, string Name)>();
        var model = reader.Model;
        // One budget for the whole walk: every decoded or folded value stays in scope until it ends.
        var walk = new WalkState(reader.Path, weights, seen, onDemand, new OnnxDecodeBudget(reader.Path));
        Walk(new OnnxGraphScope("", model.Graph.Initializer, model.Graph.Node, false), null, walk);
        foreach (var function in model.Functions)
            Walk(new OnnxGraphScope($"function {function.Name}", [], function.Node, true), null, walk);
        ReleaseFolded(walk.Budget);
        return weights;
    }

    /// <summary>
    /// A walk that decoded hundreds of MiB leaves most of it unreachable (the intermediate folded values): collected now,
    /// before the caller allocates for what the walk returned, the process stays near budget + baseline instead of adding
    /// the two (measured with the fuzzer: 1.66 GB for a 1 GiB budget without this). Small walks never pay for a collection.
    /// </summary>
    static void ReleaseFolded(OnnxDecodeBudget budget)
    {
        if (budget.Used > MemoryBudget.Bytes / 4) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    sealed record WalkState(string ModelPath, Dictionary<string, OnnxWeight> Weights, HashSet<(string, string)> Seen, bool OnDemand, OnnxDecodeBudget Budget)
    {
        /// <summary>Quantized codes already decoded as a weight: a second node reading them adds no second copy.</summary>
        public HashSet<OnnxTensor> DecodedCodes { get; } = new(ReferenceEqualityComparer.Instance);
    }

    static void Walk(OnnxGraphScope graph, OnnxConstantScope? parent, WalkState walk)
    {
        var (modelPath, weights, seen, onDemand, budget) = walk;
        var scope = new OnnxConstantScope(parent, graph.Path);
        var consumers = new OnnxValueConsumers(graph.Nodes);
        foreach (var init in graph.Initializers)
        {
            var tensor = new OnnxTensor(init, init.Name, OnnxTensorSource.Initializer, graph.Path, modelPath);
            if (tensor.DataType.IsDecodable() || tensor.DataType.IsPacked4Bit()) scope.Add(init.Name, () => OnnxFoldedTensor.From(tensor, budget), tensor);
        }

        for (var n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            if (OnnxGraphScopes.ConstantValue(node) is { } value)
            {
                var tensor = new OnnxTensor(value, node.Output[0], OnnxTensorSource.ConstantNode, graph.Path, modelPath);
                if (tensor.DataType.IsDecodable() || tensor.DataType.IsPacked4Bit()) scope.Add(node.Output[0], () => OnnxFoldedTensor.From(tensor, budget), tensor);
                continue;
            }
            if (OnnxDequantizeLinearCodes.TryDefer(node, scope, modelPath, budget) is { } deferred)
            {
                scope.AddDeferred(node.Output[0], deferred.Value, deferred.Weight, deferred.ReportAs);
                continue;
            }
            if (OnnxQOperatorWeights.TryDecode(node, scope, consumers, modelPath) is { } quantized)
                RecordQuantized(quantized, scope, walk);
            else if (TryFold(node, scope, walk) is { } folded)
            {
                scope.Add(node.Output[0], () => folded);
                continue;
            }
            foreach (var input in node.Input)
                if (input.Length > 0 && scope.TryGet(input, out var entry) && seen.Add((entry.Path, input)))
                    Record(input, entry, walk);
            foreach (var child in OnnxGraphScopes.Subgraphs(graph, node, n))
                Walk(child, scope, walk);
        }
    }

    static OnnxFoldedTensor? TryFold(NodeProto node, OnnxConstantScope scope, WalkState walk)
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
        var inputs = entries.Select(e => e?.Value).ToArray();
        try
        {
            return OnnxConstantFolder.TryFold(node, inputs, walk.Budget);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            // The folder follows the operator spec for valid models; axes, permutations or indices that do not fit
            // their inputs (which ONNX Runtime would refuse too) are refused as a whole rather than checked op by op.
            throw new OnnxModelException(walk.ModelPath,
                $"Node '{Models.Names.Short(node.Name)}' ({Models.Names.Short(node.OpType)}) has attributes or constant inputs that do not fit together.",
                "The file is damaged or its exporter is faulty: export the model again.", inner: e);
        }
    }

    /// <summary>A quantized node's weights, under the float model's names; the scales and zero points it consumed are no weights.</summary>
    static void RecordQuantized(OnnxQuantizedNode quantized, OnnxConstantScope scope, WalkState walk)
    {
        foreach (var input in quantized.Consumed)
            if (input.Length > 0 && scope.TryGet(input, out var entry)) walk.Seen.Add((entry.Path, input));
        foreach (var (name, weight, codes) in quantized.Weights)
            if (walk.DecodedCodes.Add(codes))
                walk.Weights[walk.Weights.ContainsKey(name) ? $"{codes.GraphPath}/{name}" : name] = weight;
    }

    static void Record(string name, OnnxConstantEntry entry, WalkState walk)
    {
        var (modelPath, weights, _, onDemand, _) = walk;
        name = entry.ReportAs ?? name;
        var key = weights.ContainsKey(name) ? $"{entry.Path}/{name}" : name;
        if (onDemand && entry.Stored is { } stored && stored.DataType.IsFloatingPoint())
        {
            if (stored.Shape.Count > 0) weights[key] = new OnnxWeight(stored);
            return;
        }
        if (onDemand && entry.Deferred is { } deferred)
        {
            if (deferred.Shape.Count > 0) weights[key] = deferred;
            return;
        }
        if (entry.Stored is { } codes && !codes.DataType.IsFloatingPoint()) return; // stored integers (codes, indices, shapes) are no weights
        var value = entry.Value.Value;
        if (!value.IsFloat || value.Shape.Length == 0) return; // scalars (epsilons, constants of activations) are not weights
        weights[key] = new OnnxWeight(value.ToTensorData()
            ?? throw new OnnxModelException(modelPath, $"Weight '{Models.Names.Short(name)}' has a dimension past 2^31 once folded.",
                "The file is damaged or its exporter is faulty: export the model again.", name));
    }
}
