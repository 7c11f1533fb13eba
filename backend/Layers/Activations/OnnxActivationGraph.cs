// Which values of an ONNX graph are activations, and which module each belongs to. Activations are the outputs
// of nodes that depend on the graph's input: the DequantizeLinear and Cast→Gather nodes that decode int8 and
// palettized weights depend on initializers only, so they are weights, not activations. Modules are those the
// weights get (OnnxGraphNaming), so a flat CNTK graph's outputs sit in the same graph-made blocks as its weights.
using CompressCompare.Backend.Layers.Naming;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Layers.Activations;

internal static class OnnxActivationGraph
{
    /// <summary>A value computed from the input, with the module that computed it.</summary>
    public sealed record Value(string Name, string Module);

    /// <summary>Every output of a node that depends on a graph input, in execution order (ONNX lists nodes topologically sorted).</summary>
    public static IReadOnlyList<Value> Activations(GraphProto graph)
    {
        var initializers = graph.Initializer.Select(i => i.Name).ToHashSet();
        var dependent = graph.Input.Select(i => i.Name).Where(n => !initializers.Contains(n)).ToHashSet();
        var values = new List<Value>();
        var naming = new OnnxGraphNaming(graph);
        for (var i = 0; i < graph.Node.Count; i++)
        {
            var node = graph.Node[i];
            if (!node.Input.Any(dependent.Contains)) continue;
            foreach (var output in node.Output.Where(o => o.Length > 0 && dependent.Add(o)))
                values.Add(new Value(output, naming.IsFlat && naming.ModuleOfNode(i) is { } module ? module : ModuleOf(output, node.Name)));
        }
        return values;
    }

    /// <summary>
    /// The module of a node's output. PyTorch's exporter names values and nodes by module path
    /// ("/features/features.0/Conv_output_0", node "/features/features.0/Conv"): the scopes joined as weights name them
    /// ("/layer1/layer1.0/conv1/Conv" → "layer1.0.conv1", see ModulePaths.OfScopedName).
    /// Our writer names each node after its layer ("features.0") and its output too, except the last layer's,
    /// which is "logits": the node's name is the module. Otherwise the node's name, else the value's.
    /// </summary>
    public static string ModuleOf(string value, string node) =>
        ModulePaths.OfScopedName(value) ?? ModulePaths.OfScopedName(node) ?? (node.Length > 0 ? node : value);
}
