// Structure-aware mutations of an ONNX model, so the fuzz reaches what byte edits rarely do while keeping a parseable
// file: tensor dimensions, element types, stored data and external-data entries; node attributes (axis, perm, to...),
// inputs rewired to other constants, op types swapped for ones the constant folder evaluates, and Concat chains that
// double a constant (the memory bombs of issue 12).
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;

namespace CompressCompare.Backend.Fuzzing;

public static class OnnxMutator
{
    static readonly long[] Dims = [0, 1, 2, 3, -1, -2, 1L << 31, 1L << 40, long.MaxValue, long.MinValue, 1 << 20];
    static readonly long[] Ints = [-1000, -3, -2, -1, 0, 1, 2, 3, 7, 63, 1L << 33, long.MaxValue, long.MinValue];
    static readonly string[] ExternalValues = ["abc", "-1", "", "1e10", "99999999999999999999", "9223372036854775807", "4", "../weights.bin", "/etc/passwd", "\0", "weights.bin"];
    static readonly string[] FoldableOps = ["Identity", "Cast", "Reshape", "Unsqueeze", "Squeeze", "Flatten", "Transpose", "Gather", "Slice", "Concat",
        "Add", "Sub", "Mul", "Div", "Mod", "DequantizeLinear"];

    public static (byte[] Bytes, string Mutation) Mutate(byte[] seed, Random random)
    {
        var model = ModelProto.Parser.ParseFrom(seed);
        var scopes = OnnxGraphScopes.All(model).ToList();
        var nodes = scopes.SelectMany(s => s.Nodes).ToList();
        var tensors = scopes.SelectMany(s => s.Initializers)
            .Concat(nodes.SelectMany(n => n.Attribute).Where(a => a.T is not null).Select(a => a.T)).ToList();
        var done = new List<string>();
        for (int i = 0, n = random.Next(1, 4); i < n; i++)
            done.Add(MutateOnce(model, nodes, tensors, random));
        return (model.ToByteArray(), string.Join(" + ", done));
    }

    static string MutateOnce(ModelProto model, List<NodeProto> nodes, List<TensorProto> tensors, Random random)
    {
        var tensor = tensors.Count > 0 ? tensors[random.Next(tensors.Count)] : null;
        var node = nodes.Count > 0 ? nodes[random.Next(nodes.Count)] : null;
        switch (random.Next(8))
        {
            case 0 when tensor is not null:
                if (tensor.Dims.Count == 0 || random.Next(4) == 0) tensor.Dims.Add(Dims[random.Next(Dims.Length)]);
                else tensor.Dims[random.Next(tensor.Dims.Count)] = Dims[random.Next(Dims.Length)];
                return $"tensor '{tensor.Name}' dims [{string.Join(",", tensor.Dims)}]";
            case 1 when tensor is not null:
                tensor.DataType = random.Next(0, 26);
                return $"tensor '{tensor.Name}' data_type {tensor.DataType}";
            case 2 when tensor is not null:
                if (!tensor.RawData.IsEmpty) tensor.RawData = ByteString.CopyFrom(tensor.RawData.Span[..random.Next(tensor.RawData.Length)]);
                else { tensor.FloatData.Clear(); tensor.Int64Data.Clear(); tensor.Int32Data.Clear(); }
                return $"tensor '{tensor.Name}' data cut";
            case 3 when tensor is not null:
                if (tensor.ExternalData.Count == 0 || random.Next(3) == 0)
                {
                    tensor.DataLocation = TensorProto.Types.DataLocation.External;
                    tensor.ExternalData.Add(new StringStringEntryProto { Key = new[] { "location", "offset", "length" }[random.Next(3)], Value = ExternalValues[random.Next(ExternalValues.Length)] });
                }
                else tensor.ExternalData[random.Next(tensor.ExternalData.Count)].Value = ExternalValues[random.Next(ExternalValues.Length)];
                return $"tensor '{tensor.Name}' external data {string.Join(",", tensor.ExternalData.Select(e => $"{e.Key}={e.Value}"))}";
            case 4 when node is not null:
                var value = Ints[random.Next(Ints.Length)];
                var name = new[] { "axis", "to", "perm", "axes", "allowzero", "starts", "ends" }[random.Next(7)];
                // First, because a first-match lookup ignores a later attribute of the same name.
                node.Attribute.Insert(0, name is "perm" or "axes" or "starts" or "ends"
                    ? new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints, Ints = { value, Ints[random.Next(Ints.Length)] } }
                    : new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value });
                return $"node '{node.Name}' {name} = {value}";
            case 5 when node is not null && node.Input.Count > 0:
                var values = nodes.SelectMany(n => n.Output).Concat(tensors.Select(t => t.Name)).Where(v => v.Length > 0).ToList();
                var at = random.Next(node.Input.Count);
                node.Input[at] = values[random.Next(values.Count)];
                if (random.Next(3) == 0) node.Input.Add(values[random.Next(values.Count)]);
                return $"node '{node.Name}' inputs ({string.Join(",", node.Input)})";
            case 6 when node is not null:
                node.OpType = FoldableOps[random.Next(FoldableOps.Length)];
                return $"node '{node.Name}' op {node.OpType}";
            default:
                return DoublingChain(model, tensors, random);
        }
    }

    /// <summary>Concat(x, x) repeated on a constant, its result fed to a compute node: the folder must stop at the budget.</summary>
    static string DoublingChain(ModelProto model, List<TensorProto> tensors, Random random)
    {
        var graph = model.Graph;
        var start = graph.Initializer.Count > 0 ? graph.Initializer[random.Next(graph.Initializer.Count)].Name : null;
        if (start is null)
        {
            start = "fuzz_seed_constant";
            graph.Node.Insert(0, OnnxProtoFactory.Node("Constant", "fuzz_const", [], start,
                OnnxProtoFactory.TensorValue("value", OnnxProtoFactory.Floats("", new float[64], [64]))));
        }
        var depth = random.Next(4, 34);
        var current = start;
        for (var i = 0; i < depth; i++)
        {
            var next = $"fuzz_double_{i}";
            graph.Node.Add(OnnxProtoFactory.Node("Concat", next, [current, current], next, OnnxProtoFactory.Int("axis", 0)));
            current = next;
        }
        graph.Node.Add(OnnxProtoFactory.Node("Relu", "fuzz_use", [current], "fuzz_out"));
        return $"Concat doubling ×{depth} of '{start}'";
    }
}
