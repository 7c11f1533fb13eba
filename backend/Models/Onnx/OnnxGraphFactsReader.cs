// Collects OnnxGraphFacts from a parsed model: declared inputs/outputs and what the graph is made of.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxGraphFactsReader
{
    public static OnnxGraphFacts Read(ModelProto model)
    {
        var graph = model.Graph;
        var opsets = new Dictionary<string, long>();
        foreach (var o in model.OpsetImport) opsets[o.Domain] = o.Version;

        // IR < 4 exporters list every initializer as a graph input as well; those are weights, not inputs.
        var initializerNames = graph.Initializer.Select(t => t.Name).ToHashSet();
        var inputs = graph.Input.Where(v => !initializerNames.Contains(v.Name)).Select(ValueInfo).ToList();
        var outputs = graph.Output.Select(ValueInfo).ToList();

        var ops = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int nodes = 0, subgraphs = -1, initializers = 0, constants = 0;
        foreach (var scope in OnnxGraphScopes.All(model))
        {
            if (!scope.IsFunction) subgraphs++;
            initializers += scope.Initializers.Count;
            foreach (var node in scope.Nodes)
            {
                nodes++;
                var key = OnnxGraphScopes.IsDefaultDomain(node.Domain) ? node.OpType : $"{node.Domain}:{node.OpType}";
                ops[key] = ops.GetValueOrDefault(key) + 1;
                if (OnnxGraphScopes.ConstantValue(node) is not null) constants++;
            }
        }
        var producer = $"{model.ProducerName} {model.ProducerVersion}".Trim();
        return new OnnxGraphFacts(model.IrVersion, producer, opsets, inputs, outputs, ops, nodes, subgraphs, initializers, constants);
    }

    static OnnxValueInfo ValueInfo(ValueInfoProto v)
    {
        var tensor = v.Type?.TensorType;
        var shape = tensor?.Shape is { } s
            ? s.Dim.Select(d => new OnnxDimension(d.HasDimValue ? d.DimValue : null, d.HasDimParam ? d.DimParam : null)).ToList()
            : null;
        return new OnnxValueInfo(v.Name, (OnnxDataType)(tensor?.ElemType ?? 0), shape);
    }
}
