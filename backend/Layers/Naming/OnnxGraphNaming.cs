// Names an ONNX model's weights and modules from its main graph, for exports whose names say nothing:
// - a weight whose stored name carries no module path ("Parameter91", "onnx::Conv_123") is shown by the node that
//   consumes it, its op type and the input's role ("Convolution249 (Conv).W"), and gets the role a checkpoint would
//   give it, so it can be matched by position against a checkpoint that names it "conv1.weight";
// - each node belongs to a module: the scope in its name ("/layer1/layer1.0/conv1/Conv" → "layer1.0.conv1"), else the
//   module its weights' dotted names say, else, when the whole graph is flat (CNTK), one module per node grouped into
//   blocks that end where branches join (a residual Add, a Concat), in the graph's topological order;
// - each module gets a type from its nodes' op types (OnnxOpRoles).
// It reads only node names, op types and input names: no tensor values.
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Layers.Naming;

internal sealed class OnnxGraphNaming
{
    const int MaxOrigins = 8;

    readonly GraphProto _graph;
    // The first node that computes with each constant value (an initializer, a Constant node's output, or the
    // output of a decoding chain such as DequantizeLinear), and which of its inputs it is.
    readonly Dictionary<string, (int Node, int Input)> _consumers = [];
    readonly string?[] _modules;
    readonly Dictionary<string, string> _types = [];

    /// <summary>True when neither node names nor weight names carry a module path, so modules come from the graph's shape.</summary>
    public bool IsFlat { get; }

    /// <summary>Module types by module name, blocks included.</summary>
    public IReadOnlyDictionary<string, string> ModuleTypes => _types;

    /// <summary>The module node <paramref name="index"/> belongs to; null when nothing names one (activations then keep their own rule).</summary>
    public string? ModuleOfNode(int index) => _modules[index];

    public OnnxGraphNaming(GraphProto graph)
    {
        _graph = graph;
        var nodes = graph.Node;
        var constants = graph.Initializer.Select(i => i.Name).ToHashSet();
        // The stored tensors each decoded value comes from ("Parameter91_quantized" for a DequantizeLinear output).
        var origins = new Dictionary<string, string[]>();
        var computes = new bool[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var folded = OnnxGraphScopes.ConstantValue(node) is not null
                || (node.Input.Count > 0 && node.Input.All(x => x.Length == 0 || constants.Contains(x)) && !OnnxGraphScopes.HasSubgraphs(node));
            if (folded)
            {
                constants.UnionWith(node.Output);
                // Distinct and capped: a decoding chain starts from a few tensors (values, scale, zero point), while a
                // hostile graph that adds a value to itself 30 times over would otherwise double the list at each step.
                string[] from = [.. node.Input.Where(x => x.Length > 0).SelectMany(x => origins.GetValueOrDefault(x) ?? [x]).Distinct().Take(MaxOrigins)];
                foreach (var output in node.Output) origins[output] = from;
                continue;
            }
            computes[i] = true;
            for (var j = 0; j < node.Input.Count; j++)
            {
                if (!constants.Contains(node.Input[j])) continue;
                // A quantized copy's weights come back under their float names: the stored name, or the name of what a
                // decoding chain starts from, less the quantizer's suffix.
                foreach (var name in (origins.GetValueOrDefault(node.Input[j]) ?? []).Prepend(node.Input[j]))
                {
                    _consumers.TryAdd(name, (i, j));
                    _consumers.TryAdd(WithoutQuantizerSuffix(name), (i, j));
                }
            }
        }
        IsFlat = !nodes.Any(n => ModulePaths.OfScopedName(n.Name) is not null) && !_consumers.Keys.Any(ModulePaths.HasModulePath);
        _modules = new string?[nodes.Count];
        var block = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!computes[i]) continue;
            var node = nodes[i];
            var weights = node.Input.Where(_consumers.ContainsKey).ToList();
            var module = _modules[i] = IsFlat ? $"block{block}.{ModulePaths.Segment(Label(i))}"
                : ModulePaths.OfScopedName(node.Name) ?? weights.Where(ModulePaths.HasModulePath).Select(ModulePaths.ModuleOf).FirstOrDefault();
            var join = IsJoin(node, constants) ? OnnxOpRoles.JoinType(node.OpType) : null;
            if (module is not null && OnnxOpRoles.ModuleType(node.OpType, weights.Count > 0) is { } type
                && (weights.Count > 0 || !_types.ContainsKey(module)))
                _types[module] = type;
            if (join is null) continue;
            // A join closes the block it ends (flat graphs) or marks the scope that holds it (a torch block's "…/Add").
            if (IsFlat) _types[$"block{block++}"] = join;
            else if (ModulePaths.OfScopedName(node.Name) is { } scope) _types.TryAdd(scope, join);
        }
    }

    /// <summary>The float weight's name a quantizer derived a stored name from: ONNX Runtime appends "_quantized" (QOperator, QDQ) or "_Q4"/"_Q8" (MatMulNBits).</summary>
    static string WithoutQuantizerSuffix(string name)
    {
        foreach (var suffix in (string[])["_quantized", "_Q4", "_Q8"])
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        return name;
    }

    /// <summary>
    /// The compute node that first uses <paramref name="weight"/> (a stored or decoded weight name, as OnnxWeightSource names it) and
    /// which of its inputs reads it; null when no main-graph node computes with it. Diagnose restores a weight there.
    /// </summary>
    public (int Node, int Input)? ConsumerOf(string weight) => _consumers.TryGetValue(weight, out var use) ? use : null;

    /// <summary>A node's display name: its own, or "{OpType}_{index}" when the exporter left it unnamed.</summary>
    string Label(int index) => _graph.Node[index] is { Name.Length: > 0 } node ? node.Name : $"{_graph.Node[index].OpType}_{index}";

    /// <summary>Two or more computed (non-constant) inputs: branches meet here.</summary>
    static bool IsJoin(NodeProto node, HashSet<string> constants) =>
        node.Input.Count(x => x.Length > 0 && !constants.Contains(x)) >= 2;

    /// <summary>
    /// The weight as the graph sees it: its role and module type from the op that consumes it and, when its stored name
    /// carries no module path, a label and module from that node. Weights no main-graph node consumes (subgraphs) stay as stored.
    /// </summary>
    public TensorInfo Describe(TensorInfo weight)
    {
        if (!_consumers.TryGetValue(weight.Name, out var use))
            return weight with { Role = ModulePaths.RoleOfName(weight.Name) };
        var node = _graph.Node[use.Node];
        var input = OnnxOpRoles.InputName(node.OpType, use.Input);
        var type = OnnxOpRoles.ModuleType(node.OpType, weighted: true);
        if (ModulePaths.HasModulePath(weight.Name))
            return weight with
            {
                // A slashed name ("model/conv2d/Conv2D/ReadVariableOp:0", tf2onnx) has no dots to give its module: its node's scope does.
                Module = weight.Name.Contains('.') ? weight.Module : _modules[use.Node] ?? ModulePaths.OfScopedName(weight.Name),
                Role = ModulePaths.RoleOfName(weight.Name) ?? OnnxOpRoles.CheckpointRole(node.OpType, input),
                ModuleType = type,
            };
        var module = _modules[use.Node] ?? ModulePaths.Segment(Label(use.Node));
        // A scoped node reads better by its module path than by its raw name ("conv1 (Conv).W" for "/conv1/Conv").
        var shown = ModulePaths.OfScopedName(node.Name) ?? Label(use.Node);
        return weight with
        {
            Module = module,
            Label = $"{shown} ({node.OpType}).{input}",
            Role = OnnxOpRoles.CheckpointRole(node.OpType, input),
            ModuleType = type,
        };
    }
}
