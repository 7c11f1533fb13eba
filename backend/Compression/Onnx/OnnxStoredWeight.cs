// A float32 initializer of an ONNX model's main graph whose values sit inside the .onnx file (raw_data or packed float_data), located by
// byte offset: what the ONNX weight rewriter can replace in place, one tensor at a time, without parsing the rest.
using CompressCompare.Backend.Files;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;
using Microsoft.Win32.SafeHandles;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="Offset">Where its raw_data's first byte is in the .onnx file.</param>
/// <param name="Count">How many float32 values it holds (4·Count bytes from Offset).</param>
public sealed record OnnxStoredWeight(string Name, IReadOnlyList<long> Shape, long Offset, int Count)
{
    // Field numbers from onnx/onnx.proto.
    const int ModelGraph = 7, GraphInitializer = 5;
    const int TensorDims = 1, TensorDataType = 2, TensorFloatData = 4, TensorName = 8, TensorRawData = 9, TensorDataLocation = 14;

    /// <summary>
    /// The main graph's float32 initializers whose values are in the file itself, in file order: as raw_data, or as packed
    /// float_data (CNTK's exporter), whose bytes are laid out the same way. The file is scanned with protobuf's reader,
    /// skipping every payload, so nothing of the weights is held; tensors in external files, unpacked float_data or
    /// subgraphs are not listed.
    /// </summary>
    internal static IReadOnlyList<OnnxStoredWeight> InMainFile(string path)
    {
        using var stream = File.OpenRead(path);
        var skipping = new PayloadSkippingStream(stream);
        using var input = new CodedInputStream(skipping, leaveOpen: true);
        var weights = new List<OnnxStoredWeight>();
        for (uint tag; (tag = input.ReadTag()) != 0;)
        {
            if (Is(tag, ModelGraph, WireFormat.WireType.LengthDelimited)) Within(input, end => Graph(input, skipping, end, weights));
            else input.SkipLastField();
        }
        return weights;
    }

    static void Graph(CodedInputStream input, PayloadSkippingStream skipping, long end, List<OnnxStoredWeight> weights)
    {
        while (input.Position < end)
        {
            var tag = input.ReadTag();
            if (Is(tag, GraphInitializer, WireFormat.WireType.LengthDelimited)) Within(input, tensorEnd => Tensor(input, skipping, tensorEnd, weights));
            else input.SkipLastField();
        }
    }

    static void Tensor(CodedInputStream input, PayloadSkippingStream skipping, long end, List<OnnxStoredWeight> weights)
    {
        string? name = null;
        int type = 0;
        var external = false;
        var dims = new List<long>();
        (long Offset, int Length)? data = null;
        while (input.Position < end)
        {
            var tag = input.ReadTag();
            var field = WireFormat.GetTagFieldNumber(tag);
            var wire = WireFormat.GetTagWireType(tag);
            if (field == TensorDims && wire == WireFormat.WireType.Varint) dims.Add(input.ReadInt64());
            else if (field == TensorDims && wire == WireFormat.WireType.LengthDelimited) Within(input, dimsEnd => { while (input.Position < dimsEnd) dims.Add(input.ReadInt64()); });
            else if (field == TensorDataType && wire == WireFormat.WireType.Varint) type = input.ReadInt32();
            else if (field == TensorName && wire == WireFormat.WireType.LengthDelimited) name = input.ReadString();
            else if (field == TensorDataLocation && wire == WireFormat.WireType.Varint) external = input.ReadEnum() == (int)TensorProto.Types.DataLocation.External;
            else if (field is TensorRawData or TensorFloatData && wire == WireFormat.WireType.LengthDelimited)
                data = OnnxIndexedParser.SkipPayload(input, skipping);
            else input.SkipLastField();
        }
        var count = dims.Aggregate(1L, (a, d) => d < 0 || a < 0 ? -1 : a * d);
        // A payload of the wrong size is a damaged tensor: left alone, the probe reports it.
        if (name is null || type != (int)OnnxDataType.Float || external || data is not { } at || count < 0 || at.Length != count * sizeof(float)) return;
        weights.Add(new OnnxStoredWeight(name, dims, at.Offset, (int)count));
    }

    /// <summary>Reads a length-delimited field's payload with <paramref name="read"/>, given where it ends.</summary>
    static void Within(CodedInputStream input, Action<long> read)
    {
        var length = input.ReadLength();
        var end = input.Position + length;
        read(end);
        if (input.Position != end) throw new InvalidDataException("A message's fields overrun its length: the file is truncated or damaged.");
    }

    static bool Is(uint tag, int field, WireFormat.WireType wire) => WireFormat.GetTagFieldNumber(tag) == field && WireFormat.GetTagWireType(tag) == wire;

    /// <summary>Reads the weight's values from the .onnx file open as <paramref name="file"/> into <paramref name="values"/> (Count long).</summary>
    internal void ReadInto(SafeFileHandle file, Span<float> values)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("ONNX raw_data is little-endian; this machine is not.");
        var bytes = MemoryMarshal.AsBytes(values[..Count]);
        PositionalRead.Exactly(file, bytes, Offset, () => new InvalidDataException($"The file ended inside tensor '{Name}': it changed while it was being read. Run the operation again."));
    }
}
