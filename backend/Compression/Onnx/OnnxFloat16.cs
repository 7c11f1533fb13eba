// Float16 conversion of an ONNX model, as onnxconverter-common's convert_float_to_float16(keep_io_types=True) does it:
// float32 initializers, Constant values and value types become float16; Casts at the float graph inputs and outputs keep
// the model's interface float32; operators that must stay float32 (that tool's block list, plus Quantize/DequantizeLinear,
// whose scales are float32 only before opset 19, and BatchNormalization) get Casts around their float16 inputs and outputs,
// and initializers only they read stay float32; Casts to float32 inside the graph now cast to float16.
// BatchNormalization stays float32 because running variances overflow float16 (NuGet's ResNet-18 has one of 72 282, past
// its 65 504: converted, the features' cosine with the float model fell to 0.96) and tiny ones lose their precision; its
// parameters are a few values per channel, so keeping them costs nothing in size. ONNX Runtime's CPU provider adds its own casts where it lacks a float16 kernel.
// Weights are converted one tensor at a time through OnnxModelEdit. The whole model is converted (no include/exclude:
// a float16 value meeting a float32 one would need a Cast at every such edge, for little gain in size).
using System.Numerics.Tensors;
using System.Text.Json;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Spec;
using Google.Protobuf;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Compression.Onnx;

/// <summary>The Float16 operation's (empty) parameters, as specs record it.</summary>
public sealed record Float16Conversion
{
    public string Name => CompressionOperationNames.Float16;

    public static Float16Conversion FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        OperationParameters.Of(CompressionOperationNames.Float16, parameters);
        return new Float16Conversion();
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name);
}

public static class OnnxFloat16
{
    const int Float = (int)OnnxDataType.Float, Half16 = (int)OnnxDataType.Float16;

    /// <summary>Operators kept in float32, with the input and output positions of their float type (null: every input).</summary>
    static readonly Dictionary<string, (int[]? Inputs, int[] Outputs)> Blocked = new(StringComparer.Ordinal)
    {
        ["Resize"] = ([0, 1, 2], [0]),
        ["Upsample"] = ([0, 1], [0]),
        ["Range"] = (null, [0]),
        ["CumSum"] = ([0], [0]),
        ["Min"] = (null, [0]),
        ["Max"] = (null, [0]),
        ["TopK"] = ([0], [0]),
        ["NonMaxSuppression"] = ([0, 1, 3, 4], []),
        ["RoiAlign"] = ([0, 1], [0]),
        ["RandomUniformLike"] = ([0], [0]),
        ["RandomNormalLike"] = ([0], [0]),
        ["RandomNormal"] = ([], [0]),
        ["RandomUniform"] = ([], [0]),
        ["QuantizeLinear"] = ([0, 1], []),
        ["DequantizeLinear"] = ([1], [0]),
        ["DynamicQuantizeLinear"] = ([0], [1]),
        ["BatchNormalization"] = (null, [0]),
        ["InstanceNormalization"] = (null, [0]),
    };

    public static IReadOnlyList<OnnxChangedWeight> Convert(OnnxCompressionInput input, CancellationToken cancellationToken = default)
    {
        using var edit = OnnxModelEdit.Open(input.Source, input.SpecPath);
        var graph = edit.Graph;
        if (graph.Node.FirstOrDefault(n => n.Attribute.Any(a => a.G is not null || a.Graphs.Count > 0)) is { } control)
            throw new OnnxModelException(input.Source, $"Node '{control.Name}' ({control.OpType}) has subgraphs, which Float16 conversion does not enter.",
                "Convert a model without If, Loop or Scan nodes, or use another operation (Int8 Quantize, Palettize) on this one.");
        var floats = OnnxFloatValues.Find(graph);
        var names = new HashSet<string>(graph.Node.SelectMany(n => n.Input.Concat(n.Output)).Concat(graph.Input.Select(i => i.Name))
            .Concat(graph.Output.Select(o => o.Name)).Concat(graph.Initializer.Select(i => i.Name)), StringComparer.Ordinal);
        string Fresh(string stem)
        {
            var name = stem;
            for (var i = 1; !names.Add(name); i++) name = $"{stem}_{i}";
            return name;
        }

        var kept = KeptFloat32(graph);
        floats.ExceptWith(kept);
        var changed = ConvertWeights(edit, kept, input.Progress, cancellationToken);
        var nodes = new List<NodeProto>();
        foreach (var node in graph.Node)
        {
            if (Blocked.TryGetValue(node.OpType, out var blocked) && IsDefaultDomain(node))
            {
                for (var i = 0; i < node.Input.Count; i++)
                    if ((blocked.Inputs is null || blocked.Inputs.Contains(i)) && floats.Contains(node.Input[i]))
                    {
                        var cast = Fresh($"{node.Input[i]}_float32");
                        nodes.Add(Node("Cast", Fresh($"{node.Name}/CastToFloat{i}"), [node.Input[i]], cast, Int("to", Float)));
                        node.Input[i] = cast;
                    }
                nodes.Add(node);
                foreach (var o in blocked.Outputs)
                    if (o < node.Output.Count && node.Output[o].Length > 0 && floats.Contains(node.Output[o]))
                    {
                        var wide = Fresh($"{node.Output[o]}_float32");
                        nodes.Add(Node("Cast", Fresh($"{node.Name}/CastToHalf{o}"), [wide], node.Output[o], Int("to", Half16)));
                        node.Output[o] = wide;
                    }
                continue;
            }
            ToHalf(node);
            nodes.Add(node);
        }
        KeepInterface(graph, nodes, Fresh);
        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        foreach (var value in graph.ValueInfo.Where(v => v.Type?.TensorType?.ElemType == Float)) value.Type.TensorType.ElemType = Half16;

        edit.Save(input.Target, input.SpecPath, cancellationToken);
        return changed;
    }

    static bool IsDefaultDomain(NodeProto node) => node.Domain is "" or "ai.onnx";

    /// <summary>Every float32 initializer as float16, one at a time; an initializer listed among the inputs (IR 3) changes type there too.</summary>
    static List<OnnxChangedWeight> ConvertWeights(OnnxModelEdit edit, HashSet<string> kept, Progress.IWorkProgress? progress, CancellationToken cancellationToken)
    {
        var weights = edit.Graph.Initializer.Where(t => t.DataType == Float && !kept.Contains(t.Name)).ToArray();
        var changed = new List<OnnxChangedWeight>();
        if (weights.Length == 0) return changed;
        var largest = weights.Max(OnnxModelEdit.CountOf);
        var values = new float[largest];
        var halves = new Half[largest];
        progress?.Begin($"{CompressionOperationNames.Float16}: {weights.Length} tensors");
        foreach (var tensor in weights)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(tensor.Name, 100 * changed.Count / weights.Length);
            var count = (int)OnnxModelEdit.CountOf(tensor);
            edit.ReadFloats(tensor, values.AsSpan(0, count));
            TensorPrimitives.ConvertToHalf(values.AsSpan(0, count), halves.AsSpan(0, count));
            edit.AddInitializer(tensor.Name, OnnxDataType.Float16, tensor.Dims, System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan(0, count)));
            changed.Add(new OnnxChangedWeight(tensor.Name, count, "float16"));
        }
        foreach (var value in edit.Graph.Input.Where(v => v.Type?.TensorType?.ElemType == Float && weights.Any(w => w.Name == v.Name)))
            value.Type.TensorType.ElemType = Half16;
        progress?.End($"{CompressionOperationNames.Float16}: {changed.Count} tensors");
        return changed;
    }

    /// <summary>Float32 initializers that only operators kept in float32 read (and that are no graph output): they stay float32, uncast.</summary>
    static HashSet<string> KeptFloat32(GraphProto graph)
    {
        var readElsewhere = graph.Node.Where(n => !(Blocked.ContainsKey(n.OpType) && IsDefaultDomain(n))).SelectMany(n => n.Input)
            .Concat(graph.Output.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        var readByBlocked = graph.Node.Where(n => Blocked.ContainsKey(n.OpType) && IsDefaultDomain(n)).SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        return graph.Initializer.Where(t => t.DataType == Float && readByBlocked.Contains(t.Name) && !readElsewhere.Contains(t.Name))
            .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A node that now computes in float16: its Casts to float32 cast to float16, its float32 constants become float16.</summary>
    static void ToHalf(NodeProto node)
    {
        foreach (var attribute in node.Attribute)
        {
            if (node.OpType == "Cast" && attribute.Name == "to" && attribute.I == Float) attribute.I = Half16;
            if (attribute.T is { DataType: Float } tensor) attribute.T = HalfTensor(tensor);
        }
        if (node.OpType == "Constant" && node.Attribute.FirstOrDefault(a => a.Name is "value_float" or "value_floats") is { } scalar)
        {
            float[] values = scalar.Name == "value_float" ? [scalar.F] : [.. scalar.Floats];
            node.Attribute.Remove(scalar);
            node.Attribute.Add(TensorValue("value", HalfTensor(Floats("", values, scalar.Name == "value_float" ? [] : [values.Length]))));
        }
        if (node.OpType == "ConstantOfShape" && !node.Attribute.Any(a => a.Name == "value"))
            node.Attribute.Add(TensorValue("value", HalfTensor(Floats("", [0f], [1]))));
    }

    static TensorProto HalfTensor(TensorProto tensor)
    {
        var values = new float[OnnxModelEdit.CountOf(tensor)];
        OnnxTensorDecoder.DecodeFloats(tensor, OnnxDataType.Float, tensor.RawData.Span, values,
            (problem, hint) => new OnnxModelException(tensor.Name, problem, hint, tensor.Name));
        var half = tensor.Clone();
        half.FloatData.Clear();
        half.DataType = Half16;
        half.RawData = ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes<Half>([.. values.Select(v => (Half)v)]));
        return half;
    }

    /// <summary>Float32 graph inputs are cast to float16 as they enter, float16 results back to float32 as they leave.</summary>
    static void KeepInterface(GraphProto graph, List<NodeProto> nodes, Func<string, string> fresh)
    {
        var initializers = graph.Initializer.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var entering = new List<NodeProto>();
        foreach (var value in graph.Input.Where(v => v.Type?.TensorType?.ElemType == Float && !initializers.Contains(v.Name)))
        {
            var half = fresh($"{value.Name}_float16");
            foreach (var node in nodes)
                for (var i = 0; i < node.Input.Count; i++)
                    if (node.Input[i] == value.Name) node.Input[i] = half;
            entering.Add(Node("Cast", fresh($"{value.Name}/CastToHalf"), [value.Name], half, Int("to", Half16)));
        }
        foreach (var value in graph.Output.Where(v => v.Type?.TensorType?.ElemType == Float))
        {
            var half = fresh($"{value.Name}_float16");
            foreach (var node in nodes)
            {
                for (var i = 0; i < node.Input.Count; i++)
                    if (node.Input[i] == value.Name) node.Input[i] = half;
                for (var i = 0; i < node.Output.Count; i++)
                    if (node.Output[i] == value.Name) node.Output[i] = half;
            }
            nodes.Add(Node("Cast", fresh($"{value.Name}/CastToFloat"), [half], value.Name, Int("to", Float)));
        }
        nodes.InsertRange(0, entering);
    }
}
