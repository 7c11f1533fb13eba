// Parses an .onnx file without loading the bytes of the main graph's floating-point (and large integer) initializers: each one's
// raw_data (or packed float_data) is skipped with CodedInputStream and the tensor is kept as an external-data reference to its own
// bytes inside the .onnx file (location = the file's name, offset, length). Decoding then reads one tensor by
// seeking (OnnxExternalData), so a 2 GB model costs its graph structure, not 2 GB. Everything else (nodes,
// Constant nodes, subgraphs, integer initializers such as int8 codes) is parsed as usual by the generated parser.
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxIndexedParser
{
    // Field numbers from onnx/onnx.proto.
    const int ModelGraph = 7, GraphInitializer = 5, TensorFloatData = 4, TensorRawData = 9;

    /// <summary>Integer initializers from this size on stay in the file like float ones (small ones cost more to seek than to hold).</summary>
    const int DeferredIntegerBytes = 16 * 1024;

    /// <summary>The model with its main graph's float initializers turned into references to their bytes in <paramref name="path"/>.</summary>
    public static ModelProto Parse(Stream file, string path)
    {
        var skipping = new PayloadSkippingStream(file);
        using var input = new CodedInputStream(skipping, leaveOpen: true);
        var rest = new MemoryStream();
        var output = new CodedOutputStream(rest, leaveOpen: true);
        GraphProto? graph = null;
        for (uint tag; (tag = input.ReadTag()) != 0;)
        {
            if (Is(tag, ModelGraph)) graph = Message(input, end => Graph(input, skipping, end, path));
            else CopyField(input, tag, output);
        }
        output.Flush();
        var model = ModelProto.Parser.ParseFrom(rest.ToArray());
        if (graph is not null) model.Graph = graph;
        return model;
    }

    static GraphProto Graph(CodedInputStream input, PayloadSkippingStream skipping, long end, string path)
    {
        var rest = new MemoryStream();
        var output = new CodedOutputStream(rest, leaveOpen: true);
        var initializers = new List<TensorProto>();
        while (Next(input, end) is var tag and not 0)
        {
            if (Is(tag, GraphInitializer)) initializers.Add(Message(input, end => Initializer(input, skipping, end, path)));
            else CopyField(input, tag, output);
        }
        output.Flush();
        var graph = GraphProto.Parser.ParseFrom(rest.ToArray());
        graph.Initializer.AddRange(initializers);
        return graph;
    }

    /// <summary>One TensorProto with raw_data skipped: floats become a reference to the skipped bytes; other types read them back.</summary>
    static TensorProto Initializer(CodedInputStream input, PayloadSkippingStream skipping, long end, string path)
    {
        var rest = new MemoryStream();
        var output = new CodedOutputStream(rest, leaveOpen: true);
        (long Offset, int Length)? raw = null;
        while (Next(input, end) is var tag and not 0)
        {
            // Packed float_data (CNTK's exporter) holds the same little-endian bytes raw_data would: deferred alike.
            if (!Is(tag, TensorRawData) && !Is(tag, TensorFloatData))
            {
                CopyField(input, tag, output);
                continue;
            }
            raw = SkipPayload(input, skipping);
        }
        output.Flush();
        var tensor = TensorProto.Parser.ParseFrom(rest.ToArray());
        if (raw is not { } at) return tensor;
        // Large integer tensors are quantized codes (int8, int4, packed MatMulNBits blobs), decoded when their weight is read.
        if (((OnnxDataType)tensor.DataType).IsFloatingPoint() || at.Length >= DeferredIntegerBytes)
        {
            tensor.DataLocation = TensorProto.Types.DataLocation.External;
            tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = Path.GetFileName(path) });
            tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = at.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = at.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        else
        {
            // Shapes, indices, scales' zero points: read when the model is walked anyway, so load them now.
            var bytes = new byte[at.Length];
            using var handle = File.OpenHandle(path);
            if (RandomAccess.Read(handle, bytes, at.Offset) != at.Length) throw new InvalidDataException("The tensor's raw_data is truncated.");
            tensor.RawData = ByteString.CopyFrom(bytes);
        }
        return tensor;
    }

    /// <summary>Reads a length-delimited field's message with <paramref name="parse"/>, given where the message ends.</summary>
    static T Message<T>(CodedInputStream input, Func<long, T> parse)
    {
        var length = input.ReadLength();
        var end = input.Position + length;
        var message = parse(end);
        if (input.Position != end) throw new InvalidDataException("A message's fields overrun its length: the file is truncated or damaged.");
        return message;
    }

    /// <summary>The next tag of a message ending at <paramref name="end"/>, or 0 at its end.</summary>
    static uint Next(CodedInputStream input, long end)
    {
        if (input.Position >= end) return 0;
        var tag = input.ReadTag();
        // The file ended inside the message.
        return tag != 0 ? tag : throw new InvalidDataException("The file is truncated inside a message.");
    }

    static bool Is(uint tag, int field) =>
        WireFormat.GetTagFieldNumber(tag) == field && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited;

    /// <summary>
    /// Skips the length-delimited field whose tag <paramref name="input"/> has just read, without reading a large payload
    /// (<paramref name="skipping"/> must be the stream under <paramref name="input"/>); where its payload lies in the file.
    /// </summary>
    internal static (long Offset, int Length) SkipPayload(CodedInputStream input, PayloadSkippingStream skipping)
    {
        var (offset, length) = skipping.PayloadAt(input.Position);
        if (length >= PayloadSkippingStream.SkipFrom) skipping.Skip(offset, offset + length);
        input.SkipLastField();
        if (input.Position != offset + length) throw new InvalidDataException("A field's length does not add up.");
        return (offset, length);
    }

    static void CopyField(CodedInputStream input, uint tag, CodedOutputStream output)
    {
        output.WriteTag(tag);
        switch (WireFormat.GetTagWireType(tag))
        {
            case WireFormat.WireType.Varint: output.WriteUInt64(input.ReadUInt64()); break;
            case WireFormat.WireType.Fixed64: output.WriteFixed64(input.ReadFixed64()); break;
            case WireFormat.WireType.Fixed32: output.WriteFixed32(input.ReadFixed32()); break;
            case WireFormat.WireType.LengthDelimited: output.WriteBytes(input.ReadBytes()); break;
            default: throw new InvalidDataException($"Field {WireFormat.GetTagFieldNumber(tag)} has wire type {WireFormat.GetTagWireType(tag)}, which ONNX does not use.");
        }
    }
}
