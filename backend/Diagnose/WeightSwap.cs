// Puts other float values in place of a weight in an ONNX graph, whatever encoding it has there: the value the compute
// node reads as that weight (a float initializer, a DequantizeLinear output, a palette Gather's output…) is replaced at
// every use by a new float initializer, and the decoding nodes and tensors nothing reads any longer are dropped. Diagnose
// restores a module of a compressed model this way (and compresses one module of the base), and so does Restore Module.
using System.Runtime.InteropServices;
using CompressCompare.Backend.Compression.Onnx;
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Diagnose;

internal sealed class WeightSwap(OnnxModelEdit edit)
{
    /// <summary>Ops that compute with a weight's integer codes themselves: a float tensor cannot take the codes' place.</summary>
    static readonly HashSet<string> IntegerCompute = ["ConvInteger", "MatMulInteger", "QLinearConv", "QLinearMatMul", "MatMulNBits", "QGemm", "DynamicQuantizeMatMul"];

    // Named from the graph as opened: node positions stay valid while inputs are renamed, until Finish drops nodes.
    readonly OnnxGraphNaming _naming = new(edit.Graph);

    /// <summary>Makes the graph compute with <paramref name="values"/> wherever it computed with <paramref name="weight"/> (as OnnxWeightSource names it).</summary>
    public void Replace(TensorInfo weight, ReadOnlySpan<float> values)
    {
        var (node, input) = _naming.ConsumerOf(weight.Name) ?? _naming.ConsumerOf(weight.FileName)
            ?? throw new OnnxModelException(edit.Source, $"No node of the main graph computes with weight '{weight.FileName}', so it cannot be replaced.",
                "Restore a module whose weights the graph uses directly (not inside an If or Loop subgraph).", weight.FileName);
        var consumer = edit.Graph.Node[node];
        if (IntegerCompute.Contains(consumer.OpType))
            throw new OnnxModelException(edit.Source,
                $"Node '{consumer.Name}' ({consumer.OpType}) computes with weight '{weight.FileName}' as integer codes, so float values cannot take their place.",
                "Diagnose and restore work on models whose quantized weights are decoded before use (QDQ: DequantizeLinear, as quantize_static(quant_format=QDQ) writes), palettized or float ones.",
                weight.FileName);
        var value = consumer.Input[input];
        // A float initializer read directly keeps its name and type (a Float16 model computes in float16).
        if (edit.Initializer(value) is { } stored && (OnnxDataType)stored.DataType is OnnxDataType.Float or OnnxDataType.Float16 or OnnxDataType.Double)
        {
            AddAs(value, (OnnxDataType)stored.DataType, weight.Shape, values);
            return;
        }
        // A decoded value gets a new float initializer; Finish gives it the weight's own name once its decoding chain is gone.
        var name = Unused($"{weight.Name}.restored");
        edit.AddInitializer(name, weight.Shape, values);
        _renames.Add((name, weight.Name));
        foreach (var n in edit.Graph.Node)
            for (var i = 0; i < n.Input.Count; i++)
                if (n.Input[i] == value) n.Input[i] = name;
    }

    readonly List<(string Added, string Preferred)> _renames = [];

    void AddAs(string name, OnnxDataType type, IReadOnlyList<long> shape, ReadOnlySpan<float> values)
    {
        switch (type)
        {
            case OnnxDataType.Float16:
                var halves = new Half[values.Length];
                for (var i = 0; i < values.Length; i++) halves[i] = (Half)values[i];
                edit.AddInitializer(name, type, shape, MemoryMarshal.AsBytes(halves.AsSpan()));
                break;
            case OnnxDataType.Double:
                var doubles = new double[values.Length];
                for (var i = 0; i < values.Length; i++) doubles[i] = values[i];
                edit.AddInitializer(name, type, shape, MemoryMarshal.AsBytes(doubles.AsSpan()));
                break;
            default:
                edit.AddInitializer(name, shape, values);
                break;
        }
    }

    /// <summary>Puts <paramref name="from"/>'s values of its weight <paramref name="source"/> in place of <paramref name="target"/>, read through <paramref name="buffer"/>.</summary>
    public void ReplaceFrom(TensorInfo target, ITensorSource from, TensorInfo source, float[] buffer)
    {
        var values = buffer.AsSpan(0, (int)source.Count);
        from.Read(source, values);
        Replace(target, values);
    }

    /// <summary>Drops the nodes and initializers nothing reads any longer (the replaced weights' decoding chains), repeatedly, so whole chains go.</summary>
    public void Finish()
    {
        var graph = edit.Graph;
        while (true)
        {
            var used = Used(graph);
            var dead = graph.Node.Where(n => n.Output.All(o => o.Length == 0 || !used.Contains(o))).ToList();
            if (dead.Count == 0) break;
            foreach (var node in dead) graph.Node.Remove(node);
        }
        var read = Used(graph);
        foreach (var tensor in graph.Initializer.Where(t => !read.Contains(t.Name)).ToList())
        {
            edit.RemoveInitializer(tensor.Name);
            // IR 3 models list their initializers as graph inputs too; left there, the dropped tensor would become a required input.
            if (graph.Input.FirstOrDefault(i => i.Name == tensor.Name) is { } listed) graph.Input.Remove(listed);
        }
        // Under its weight's name, a restored tensor matches the base's by name, and the Layers panel files it under the same module.
        foreach (var (added, preferred) in _renames)
        {
            var taken = graph.Initializer.Select(t => t.Name).Concat(graph.Input.Select(i => i.Name)).Concat(graph.Node.SelectMany(n => n.Output)).ToHashSet();
            if (taken.Contains(preferred) || Used(graph).Contains(preferred)) continue;
            edit.Initializer(added)!.Name = preferred;
            foreach (var n in graph.Node)
                for (var i = 0; i < n.Input.Count; i++)
                    if (n.Input[i] == added) n.Input[i] = preferred;
        }
    }

    string Unused(string name)
    {
        var taken = edit.Graph.Initializer.Select(t => t.Name).Concat(edit.Graph.Node.SelectMany(n => n.Output)).ToHashSet();
        var candidate = name;
        for (var k = 2; taken.Contains(candidate); k++) candidate = $"{name}{k}";
        return candidate;
    }

    /// <summary>Every value name something reads: node inputs (subgraphs' included, which may read outer values) and the graph's outputs.</summary>
    static HashSet<string> Used(GraphProto graph)
    {
        var used = graph.Output.Select(o => o.Name).ToHashSet();
        AddInputs(graph, used);
        return used;
    }

    static void AddInputs(GraphProto graph, HashSet<string> used)
    {
        foreach (var node in graph.Node)
        {
            used.UnionWith(node.Input);
            foreach (var attribute in node.Attribute)
            {
                foreach (var sub in attribute.Graphs.Prepend(attribute.G).OfType<GraphProto>())
                {
                    used.UnionWith(sub.Output.Select(o => o.Name));
                    AddInputs(sub, used);
                }
            }
        }
    }
}
