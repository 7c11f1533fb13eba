// Which Conv and Gemm layers of an ONNX graph can lose whole output channels, and what else must shrink with them. A
// channel can go only when nothing but channel-wise nodes (BatchNormalization, activations with no second operand,
// pooling) lie between the layer and the one Conv that reads it as input channels, or the one Gemm that reads it
// through Flatten: then removing the channel from the layer, those nodes' per-channel parameters and the consumer's
// input slice leaves every other value of the graph as it was. Anything else on the way (a residual Add, a Concat,
// a graph output, a second reader) could see the channel, so the layer is skipped and the reason kept for the report.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxQuantizedInputs;

namespace CompressCompare.Backend.Compression.Onnx;

/// <summary>
/// Slice <paramref name="Axis"/> (0 or 1) of initializer <paramref name="Initializer"/> by channel: channel c owns
/// entries [c·Block, (c+1)·Block) of that axis (Block > 1 for a Gemm reading a flattened C×H×W activation).
/// </summary>
internal sealed record ChannelSlice(string Initializer, int Axis, int Block, string Role);

/// <param name="Layer">The Conv or Gemm whose output channels go.</param>
/// <param name="Weight">Its weight initializer (ranked by the L1 norm of each channel's filter).</param>
/// <param name="Channels">Its output channels.</param>
/// <param name="Slices">Every initializer that loses the removed channels: the layer's weight and bias, BatchNorm parameters, the consumer's input slice.</param>
/// <param name="Values">The values between the layer and its consumer, whose shapes change.</param>
/// <param name="Skipped">Why the layer keeps its channels; null when it can lose them.</param>
internal sealed record ChannelPrunableLayer(NodeProto Layer, string Weight, int Channels, IReadOnlyList<ChannelSlice> Slices,
    IReadOnlyList<string> Values, string? Skipped);

internal static class ChannelPruneGraph
{
    /// <summary>Nodes that act on each channel alone when their only input is the channel-carrying value.</summary>
    static readonly HashSet<string> Elementwise = new(StringComparer.Ordinal)
    {
        "Relu", "LeakyRelu", "PRelu", "Sigmoid", "HardSigmoid", "HardSwish", "Tanh", "Elu", "Selu", "Celu", "Softplus", "Softsign",
        "ThresholdedRelu", "Mish", "Gelu", "Identity", "Clip", "Dropout", "Abs", "Neg", "Exp", "Erf", "Sqrt",
    };

    static readonly HashSet<string> Pools = new(StringComparer.Ordinal)
    {
        "MaxPool", "AveragePool", "LpPool", "GlobalAveragePool", "GlobalMaxPool", "GlobalLpPool",
    };

    /// <summary>Every Conv and Gemm of <paramref name="graph"/> computing with a float32 initializer weight, prunable or not.</summary>
    public static IReadOnlyList<ChannelPrunableLayer> Layers(GraphProto graph)
    {
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var uses = graph.Node.SelectMany(n => n.Input).Where(i => i.Length > 0).GroupBy(i => i, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var outputs = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var consumers = new OnnxValueConsumers(graph.Node);
        var walk = new Walk(initializers, uses, outputs, consumers);
        var layers = new List<ChannelPrunableLayer>();
        foreach (var node in graph.Node)
            if (node.OpType is "Conv" or "Gemm" && initializers.TryGetValue(Input(node, 1), out var weight) && weight.DataType == (int)OnnxDataType.Float)
                layers.Add(walk.From(node, weight));
        return layers;
    }

    sealed class Walk(Dictionary<string, TensorProto> initializers, Dictionary<string, int> uses, HashSet<string> outputs, OnnxValueConsumers consumers)
    {
        public ChannelPrunableLayer From(NodeProto layer, TensorProto weight)
        {
            var isGemm = layer.OpType == "Gemm";
            var transB = Attribute(layer, "transB", 0) != 0;
            var channels = (int)(isGemm && !transB ? weight.Dims[^1] : weight.Dims[0]);
            var slices = new List<ChannelSlice> { new(weight.Name, isGemm && !transB ? 1 : 0, 1, "output channels") };
            var values = new List<string>();
            ChannelPrunableLayer Skip(string why) => new(layer, weight.Name, channels, [], [], why);

            if (isGemm ? Attribute(layer, "transA", 0) != 0 || weight.Dims.Count != 2 : Attribute(layer, "group", 1) != 1)
                return Skip(isGemm ? "its Gemm transposes its input or has a weight that is not 2-D" : "it is a grouped (or depthwise) convolution");
            var bias = Input(layer, 2);
            if (bias.Length > 0)
            {
                if (!initializers.TryGetValue(bias, out var b)) return Skip($"its bias '{bias}' is computed, not stored");
                // Gemm's C broadcasts: only a per-output vector ([M] or [1, M]) follows the channels.
                var axis = b.Dims.Count == 1 && b.Dims[0] == channels ? 0 : b.Dims.Count == 2 && b.Dims[0] == 1 && b.Dims[1] == channels ? 1 : -1;
                if (axis < 0) return Skip($"its bias '{bias}' is not one value per output channel");
                slices.Add(new ChannelSlice(bias, axis, 1, "bias"));
            }

            var value = layer.Output[0];
            var flattened = isGemm; // a Gemm's output is already [N, M]: one feature per channel
            var spatial = !isGemm;
            while (true)
            {
                values.Add(value);
                if (outputs.Contains(value)) return Skip($"its output '{value}' is a graph output");
                var readers = consumers.Consumers(value).ToArray();
                if (readers.Length != 1)
                    return Skip(readers.Length == 0 ? $"its output '{value}' is not used" : $"its output '{value}' is read by {readers.Length} nodes ({Names(readers)})");
                var node = readers[0];
                if (node.Input.Count(i => i == value) != 1 || node.Input[0] != value)
                    return Skip($"its output reaches {Describe(node)}{(Followed(node.OpType) ? " as a second operand" : "")}");
                if (node.Output.Skip(1).Any(o => o.Length > 0 && consumers.Consumers(o).Any() || outputs.Contains(o)))
                    return Skip($"its output reaches {Describe(node)}, whose extra outputs are used");

                switch (node.OpType)
                {
                    case "Conv" when !flattened:
                        if (Attribute(node, "group", 1) != 1) return Skip($"its output feeds {Describe(node)}, a grouped convolution");
                        if (!initializers.TryGetValue(Input(node, 1), out var next) || next.Dims.Count < 2 || next.Dims[1] != channels || next.DataType != (int)OnnxDataType.Float)
                            return Skip($"{Describe(node)} reads it with a weight that is not a float32 initializer of {channels} input channels");
                        slices.Add(new ChannelSlice(next.Name, 1, 1, $"input channels of {Describe(node)}"));
                        return Checked(layer, weight.Name, channels, slices, values, Skip);
                    case "Gemm" when flattened:
                        if (Attribute(node, "transA", 0) != 0 || !initializers.TryGetValue(Input(node, 1), out var fc) || fc.Dims.Count != 2 || fc.DataType != (int)OnnxDataType.Float)
                            return Skip($"{Describe(node)} transposes its input or has no float32 initializer weight");
                        var nextTransB = Attribute(node, "transB", 0) != 0;
                        var features = fc.Dims[nextTransB ? 1 : 0];
                        // Flatten lays out [N, C, H, W] channel by channel: each channel owns H·W consecutive features.
                        if (features % channels != 0 || (!spatial && features != channels))
                            return Skip($"{Describe(node)} reads {features} features, which do not split into {channels} channels");
                        slices.Add(new ChannelSlice(fc.Name, nextTransB ? 1 : 0, (int)(features / channels), $"input features of {Describe(node)}"));
                        return Checked(layer, weight.Name, channels, slices, values, Skip);
                    case "Flatten" when !flattened && Attribute(node, "axis", 1) == 1:
                        flattened = true;
                        break;
                    case "BatchNormalization":
                        if (Attribute(node, "spatial", 1) != 1 || Attribute(node, "training_mode", 0) != 0)
                            return Skip($"its output reaches {Describe(node)}, which is not per-channel inference normalization");
                        for (var i = 1; i <= 4; i++)
                        {
                            if (!initializers.TryGetValue(Input(node, i), out var p) || p.Dims.Count != 1 || p.Dims[0] != channels)
                                return Skip($"{Describe(node)} has a parameter '{Input(node, i)}' that is not a stored vector of {channels}");
                            slices.Add(new ChannelSlice(p.Name, 0, 1, $"{Describe(node)} {(i switch { 1 => "scale", 2 => "bias", 3 => "mean", _ => "variance" })}"));
                        }
                        break;
                    case var op when Pools.Contains(op) && !flattened:
                        break;
                    case var op when Elementwise.Contains(op) && node.Input.Skip(1).All(i => i.Length == 0 || Scalar(i)):
                        break;
                    default:
                        return Skip($"its output reaches {Describe(node)}");
                }
                value = node.Output[0];
            }
        }

        /// <summary>The layer, unless one of the initializers to slice is shared with a node outside this path.</summary>
        ChannelPrunableLayer Checked(NodeProto layer, string weight, int channels, List<ChannelSlice> slices, List<string> values, Func<string, ChannelPrunableLayer> skip) =>
            slices.FirstOrDefault(s => uses.GetValueOrDefault(s.Initializer) != 1) is { } shared
                ? skip($"its {shared.Role} '{shared.Initializer}' is shared with other nodes")
                : new ChannelPrunableLayer(layer, weight, channels, slices, values, null);

        /// <summary>A one-value initializer (Clip's bounds, LeakyRelu-style constants): the same for every channel.</summary>
        bool Scalar(string name) => initializers.TryGetValue(name, out var t) && OnnxModelEdit.CountOf(t) == 1;
    }

    static bool Followed(string op) => Elementwise.Contains(op) || Pools.Contains(op) || op is "Conv" or "Gemm" or "Flatten" or "BatchNormalization";

    static string Describe(NodeProto node) => node.Name.Length > 0 ? $"{node.OpType} node '{node.Name}'" : $"a {node.OpType} node";

    static string Names(IEnumerable<NodeProto> nodes) => string.Join(", ", nodes.Take(4).Select(Describe)) + (nodes.Skip(4).Any() ? ", …" : "");
}
