// One weight tensor of an ONNX file, as the reader streams it: name, shape and type are known at once, the
// values are decoded only when asked for (ReadFloats), so a caller that walks a large model keeps one
// tensor's floats in memory at a time. External data is read from its file only then, too.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

/// <summary>Where in the file a tensor was found.</summary>
public enum OnnxTensorSource
{
    /// <summary>A graph's initializer list (what PyTorch's exporter used until opset ~17, and our writer).</summary>
    Initializer,
    /// <summary>The value attribute of a Constant node, named by the node's output.</summary>
    ConstantNode,
}

public sealed class OnnxTensor
{
    readonly TensorProto _proto;
    readonly string _modelPath;

    internal OnnxTensor(TensorProto proto, string name, OnnxTensorSource source, string graphPath, string modelPath)
    {
        _proto = proto;
        _modelPath = modelPath;
        Name = name;
        Source = source;
        GraphPath = graphPath;
        Shape = [.. proto.Dims];
        DataType = (OnnxDataType)proto.DataType;
        // Refused here, before anyone sizes a buffer from it: a negative dimension, or a product that overflows
        // (2^40 · 2^40 wraps to 0, which would make any stored data look the right size).
        long count = 1;
        foreach (var d in Shape)
        {
            if (d < 0 || (d != 0 && count > long.MaxValue / d))
                throw Problem(d < 0 ? $"has a negative dimension ({d})." : "has dimensions whose product overflows 64 bits.",
                    "The file is damaged or its exporter is faulty: export the model again.");
            count *= d;
        }
        ElementCount = count;
    }

    public string Name { get; }
    /// <summary>Dimensions as ONNX stores them (int64); empty for a scalar.</summary>
    public IReadOnlyList<long> Shape { get; }
    public OnnxDataType DataType { get; }
    public long ElementCount { get; }
    public OnnxTensorSource Source { get; }
    /// <summary>"" for the main graph; "node.attribute" segments joined by '/' inside If/Loop/Scan subgraphs and functions.</summary>
    public string GraphPath { get; }
    /// <summary>True when the values live in a separate file next to the model (ONNX external data).</summary>
    public bool IsExternal => _proto.DataLocation == TensorProto.Types.DataLocation.External;
    /// <summary>Bytes the values take in the file (0 for types we do not decode).</summary>
    public long StoredBytes => DataType.StoredBytes(ElementCount);

    /// <summary>The shape as int[], which is what TensorData and most callers use.</summary>
    public int[] ShapeAsInt32()
    {
        var shape = new int[Shape.Count];
        for (var i = 0; i < shape.Length; i++)
            shape[i] = Shape[i] is >= 0 and <= int.MaxValue
                ? (int)Shape[i]
                : throw Problem($"has dimension {Shape[i]}, outside what an array can hold.", "Use a model whose tensors are smaller than 2³¹ elements per dimension.");
        return shape;
    }

    /// <summary>Decodes the values as float32 (integers and float16/bfloat16/double converted). Allocates one array.</summary>
    public float[] ReadFloats()
    {
        var values = new float[CheckedCount()];
        ReadFloats(values);
        return values;
    }

    /// <summary>Decodes the values into a caller-owned buffer of exactly ElementCount floats, so a scan can reuse it.</summary>
    public void ReadFloats(Span<float> destination)
    {
        if (destination.Length != ElementCount)
            throw new ArgumentException($"Tensor '{Name}' has {ElementCount} elements; the destination holds {destination.Length}.", nameof(destination));
        // Chunk by chunk, straight into the destination: a large weight's bytes are never held twice.
        // Integer codes too (int8 weights left in the file by OnnxIndexedParser), so decoding them holds no copy of their bytes.
        if (IsExternal && DataType.IsDecodable()) OnnxExternalData.ReadFloats(_proto, _modelPath, Name, DataType, destination, Problem);
        else if (DataType.IsPacked4Bit()) OnnxPackedBits.Unpack4Bit(ReadBytes(), DataType == OnnxDataType.Int4, destination);
        else OnnxTensorDecoder.DecodeFloats(_proto, DataType, RawBytes(), destination, Problem);
    }

    /// <summary>
    /// The stored bytes as they are (raw_data, external data, or the bytes int32_data carries one per entry): for uint8
    /// codes packed several to a byte (MatMulNBits) and int4/uint4 tensors. Checked against the shape.
    /// </summary>
    internal byte[] ReadBytes()
    {
        if (ElementSize() is not 1)
            throw Problem("is not stored a byte (or half a byte) per value.", "Only uint8, int8, int4 and uint4 tensors hold packed codes; export the model again.");
        var expected = StoredBytes;
        if (expected > Array.MaxLength) throw Problem($"declares {ElementCount} elements, more than one array can hold.", "Split the model or read a smaller one.");
        var bytes = IsExternal || !_proto.RawData.IsEmpty ? RawBytes().ToArray() : [.. _proto.Int32Data.Select(v => (byte)v)];
        if (bytes.Length != expected)
            throw Problem($"should hold {expected} bytes ({ElementCount} elements) but its data has {bytes.Length}.", "The file is damaged or its exporter is faulty: export the model again.");
        return bytes;
    }

    /// <summary>1 for the byte and half-byte types ReadBytes serves, else the element size (0 when not decoded).</summary>
    int ElementSize() => DataType.IsPacked4Bit() ? 1 : DataType.ElementSize();

    /// <summary>Decodes integer (and bool) values exactly, e.g. shapes, indices, quantized weights.</summary>
    public long[] ReadInt64s()
    {
        var values = new long[CheckedCount()];
        OnnxTensorDecoder.DecodeIntegers(_proto, DataType, RawBytes(), values, Problem);
        return values;
    }

    public override string ToString() => $"{Name} {DataType.OnnxName()}[{string.Join(", ", Shape)}]";

    int CheckedCount()
    {
        if (!DataType.IsDecodable() && !DataType.IsPacked4Bit())
            throw Problem($"is of type {DataType.OnnxName()}, which the backend does not decode.",
                "Only numeric tensors (float, float16, bfloat16, double and integers) can be read; convert the model's weights to one of them.");
        if (ElementCount > Array.MaxLength)
            throw Problem($"declares {ElementCount} elements, more than one array can hold.", "Split the model or read a smaller one.");
        CheckStoredValues();
        MemoryBudget.Check(ElementCount, Math.Max(DataType.ElementSize(), sizeof(float)), _modelPath, $"tensor '{Names.Short(Name)}'");
        return (int)ElementCount;
    }

    /// <summary>
    /// Throws unless the file stores as many values as the shape declares (external data is checked when read):
    /// checked before an array is sized from the shape, or an empty tensor declaring [2^30] costs 4 GiB first.
    /// </summary>
    internal void CheckStoredValues()
    {
        if (IsExternal || !(DataType.IsDecodable() || DataType.IsPacked4Bit())) return;
        const string reexport = "The file is damaged or its exporter is faulty: export the model again.";
        if (!_proto.RawData.IsEmpty)
        {
            if (ElementCount > int.MaxValue || _proto.RawData.Length != StoredBytes)
                throw Problem($"should hold {StoredBytes} bytes ({ElementCount} elements) but its data has {_proto.RawData.Length}.", reexport);
            return;
        }
        if (DataType.IsPacked4Bit())
        {
            // int32_data carries one packed byte (two 4-bit values) per entry.
            if (_proto.Int32Data.Count != StoredBytes)
                throw Problem($"holds {_proto.Int32Data.Count} packed bytes for its {ElementCount} 4-bit elements ({StoredBytes} needed).", reexport);
            return;
        }
        var stored = DataType switch
        {
            OnnxDataType.Float => _proto.FloatData.Count,
            OnnxDataType.Double => _proto.DoubleData.Count,
            OnnxDataType.Int64 => _proto.Int64Data.Count,
            OnnxDataType.UInt32 or OnnxDataType.UInt64 => _proto.Uint64Data.Count,
            _ => _proto.Int32Data.Count,
        };
        if (stored != ElementCount && ElementCount != 0)
            throw Problem(stored == 0 ? $"holds no values for its {ElementCount} elements." : $"holds {stored} values for its {ElementCount} elements.", reexport);
    }

    /// <summary>raw_data, the external file's bytes, or empty when the values are in the typed fields.</summary>
    ReadOnlySpan<byte> RawBytes() =>
        IsExternal ? OnnxExternalData.Read(_proto, _modelPath, Name, StoredBytes) : _proto.RawData.Span;

    OnnxModelException Problem(string problem, string hint) =>
        new(_modelPath, $"Tensor '{Names.Short(Name)}' ({DataType.OnnxName()}[{string.Join(", ", Shape.Take(8))}{(Shape.Count > 8 ? ", …" : "")}]) {problem}", hint, Name);
}
