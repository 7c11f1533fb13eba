// Writes float32 tensors as an .onnx file, one tensor at a time (for the probe benchmark): each tensor is a main-graph
// initializer with raw_data, read by a MatMul node so that it counts as a weight. The graph's length is computed
// first, so the file is written in one pass without holding the model (protobuf writers would need it all in memory).
using System.Runtime.InteropServices;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Google.Protobuf;

namespace CompressCompare.Backend.Layers.Bench;

public static class OnnxWeightsWriter
{
    // Field numbers from onnx/onnx.proto.
    const int ModelGraph = 7, GraphInitializer = 5, TensorRawData = 9;

    /// <summary>Writes <paramref name="tensors"/> (name, shape) in order; <paramref name="fill"/> fills each one's values just before it is written.</summary>
    public static void Write(string path, IReadOnlyList<(string Name, long[] Shape)> tensors, Action<int, float[]> fill)
    {
        var graph = new GraphProto { Name = "bench" };
        graph.Input.Add(OnnxProtoFactory.ValueInfo("x", OnnxDataType.Float, "N"));
        var heads = new List<(TensorProto Head, long RawBytes)>();
        foreach (var (name, shape) in tensors)
        {
            graph.Node.Add(OnnxProtoFactory.Node("MatMul", $"{name}/MatMul", ["x", name], $"{name}/out"));
            var head = new TensorProto { Name = name, DataType = (int)OnnxDataType.Float };
            head.Dims.AddRange(shape);
            heads.Add((head, shape.Aggregate(1L, (a, d) => a * d) * sizeof(float)));
        }
        var graphBytes = (long)graph.CalculateSize() + heads.Sum(h => Field(Tensor(h.Head, h.RawBytes)));
        var model = Header();

        using var stream = File.Create(path);
        var output = new CodedOutputStream(stream, leaveOpen: true);
        model.WriteTo(output);
        output.WriteTag(ModelGraph, WireFormat.WireType.LengthDelimited);
        output.WriteLength(checked((int)graphBytes));
        graph.WriteTo(output);
        for (var t = 0; t < tensors.Count; t++)
        {
            var (head, rawBytes) = heads[t];
            output.WriteTag(GraphInitializer, WireFormat.WireType.LengthDelimited);
            output.WriteLength(checked((int)Tensor(head, rawBytes)));
            head.WriteTo(output);
            output.WriteTag(TensorRawData, WireFormat.WireType.LengthDelimited);
            output.WriteLength(checked((int)rawBytes));
            output.Flush();
            var values = new float[rawBytes / sizeof(float)];
            fill(t, values);
            stream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        }
        output.Flush();
    }

    static ModelProto Header()
    {
        var model = new ModelProto { IrVersion = 8, ProducerName = "compress-compare bench" };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        return model;
    }

    /// <summary>A TensorProto's size: its head's fields plus raw_data's tag, length and bytes.</summary>
    static long Tensor(TensorProto head, long rawBytes) => head.CalculateSize() + 1 + CodedOutputStream.ComputeLengthSize(checked((int)rawBytes)) + rawBytes;

    /// <summary>A length-delimited field's size (tag, length, payload) around a payload of <paramref name="bytes"/>.</summary>
    static long Field(long bytes) => 1 + CodedOutputStream.ComputeLengthSize(checked((int)bytes)) + bytes;
}
