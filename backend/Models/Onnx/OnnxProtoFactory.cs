// Small constructors for the ONNX protobuf messages the writer (and tests) build: tensors with raw
// little-endian data, nodes with typed attributes, value infos with symbolic dimensions.
using System.Runtime.InteropServices;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxProtoFactory
{
    public static TensorProto Tensor<T>(string name, OnnxDataType type, ReadOnlySpan<T> values, IEnumerable<long> dims) where T : unmanaged
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(values)) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    public static TensorProto Floats(string name, ReadOnlySpan<float> values, IEnumerable<long> dims) => Tensor(name, OnnxDataType.Float, values, dims);
    public static TensorProto Floats(string name, TensorData data) => Floats(name, data.Values, data.Shape.Select(d => (long)d));
    public static TensorProto Int8s(string name, ReadOnlySpan<sbyte> values, IEnumerable<long> dims) => Tensor(name, OnnxDataType.Int8, values, dims);
    public static TensorProto UInt8s(string name, ReadOnlySpan<byte> values, IEnumerable<long> dims) => Tensor(name, OnnxDataType.UInt8, values, dims);
    public static TensorProto Int32s(string name, ReadOnlySpan<int> values, IEnumerable<long> dims) => Tensor(name, OnnxDataType.Int32, values, dims);
    public static TensorProto Int64s(string name, params long[] values) => Tensor(name, OnnxDataType.Int64, (ReadOnlySpan<long>)values, [values.Length]);

    public static NodeProto Node(string opType, string name, IEnumerable<string> inputs, string output, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = name };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        return node;
    }

    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Float(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    public static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    public static AttributeProto TensorValue(string name, TensorProto value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Tensor, T = value };

    public static AttributeProto Graph(string name, GraphProto value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Graph, G = value };

    /// <summary>A tensor value info; each dimension is a long (fixed) or a string (symbolic, e.g. "N").</summary>
    public static ValueInfoProto ValueInfo(string name, OnnxDataType elementType, params object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var d in dims)
            shape.Dim.Add(d is string symbol ? new TensorShapeProto.Types.Dimension { DimParam = symbol }
                                             : new TensorShapeProto.Types.Dimension { DimValue = Convert.ToInt64(d, System.Globalization.CultureInfo.InvariantCulture) });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)elementType, Shape = shape } },
        };
    }
}
