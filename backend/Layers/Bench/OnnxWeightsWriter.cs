// Writes float32 tensors as an .onnx file, one tensor at a time (for the probe benchmark): each tensor is a main-graph
// initializer with raw_data, read by a MatMul node so that it counts as a weight. With int8, each matrix is stored as
// ONNX Runtime's quantize_dynamic stores it instead: "W_quantized" int8 codes (symmetric, one scale per tensor) read by
// MatMulInteger, its "W_scale" applied after a Cast, and "W_zero_point"; vectors (norms) stay float, as quantizers leave them.
// The graph's length is computed first, so the file is written in one pass without holding the model (protobuf writers
// would need it all in memory); a weight's scale, known only once its values are, is written right after its codes.
using System.Numerics.Tensors;
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
    public static void Write(string path, IReadOnlyList<(string Name, long[] Shape)> tensors, Action<int, float[]> fill, bool int8 = false)
    {
        var graph = new GraphProto { Name = "bench" };
        graph.Input.Add(OnnxProtoFactory.ValueInfo("x", OnnxDataType.Float, "N"));
        if (int8) graph.Node.Add(new NodeProto { OpType = "DynamicQuantizeLinear", Name = "x_QuantizeLinear", Input = { "x" }, Output = { "xq", "xs", "xz" } });
        var heads = new List<(TensorProto Head, long RawBytes)>();
        foreach (var (name, shape) in tensors)
        {
            var quantized = int8 && shape.Length > 1;
            if (quantized) AddMatMulInteger(graph, name);
            else graph.Node.Add(OnnxProtoFactory.Node("MatMul", $"{name}/MatMul", ["x", name], $"{name}/out"));
            var head = new TensorProto { Name = quantized ? name + "_quantized" : name, DataType = (int)(quantized ? OnnxDataType.Int8 : OnnxDataType.Float) };
            head.Dims.AddRange(shape);
            heads.Add((head, shape.Aggregate(1L, (a, d) => a * d) * (quantized ? 1 : sizeof(float))));
        }
        var graphBytes = (long)graph.CalculateSize() + heads.Sum(h => Field(Tensor(h.Head, h.RawBytes)))
            + tensors.Where((_, t) => heads[t].Head.DataType == (int)OnnxDataType.Int8).Sum(t => Field(Scale(t.Name, 0).CalculateSize()));
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
            var values = new float[tensors[t].Shape.Aggregate(1L, (a, d) => a * d)];
            fill(t, values);
            if (head.DataType != (int)OnnxDataType.Int8)
            {
                stream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
                continue;
            }
            var scale = Math.Max(TensorPrimitives.MaxMagnitude(values), float.Epsilon) / 127;
            stream.Write(MemoryMarshal.AsBytes(values.Select(v => (sbyte)Math.Round(v / scale)).ToArray().AsSpan()));
            output.WriteTag(GraphInitializer, WireFormat.WireType.LengthDelimited);
            output.WriteMessage(Scale(tensors[t].Name, scale));
        }
        output.Flush();
    }

    /// <summary>quantize_dynamic's MatMul: MatMulInteger(xq, W_quantized, xz, W_zero_point) → Cast → Mul(·, Mul(xs, W_scale)).</summary>
    static void AddMatMulInteger(GraphProto graph, string name)
    {
        graph.Initializer.Add(OnnxProtoFactory.Int8s($"{name}_zero_point", [0], []));
        graph.Node.Add(OnnxProtoFactory.Node("MatMulInteger", $"{name}/MatMul_quant", ["xq", $"{name}_quantized", "xz", $"{name}_zero_point"], $"{name}/int"));
        graph.Node.Add(OnnxProtoFactory.Node("Cast", $"{name}/cast", [$"{name}/int"], $"{name}/float", OnnxProtoFactory.Int("to", (long)OnnxDataType.Float)));
        graph.Node.Add(OnnxProtoFactory.Node("Mul", $"{name}/scales_mul", ["xs", $"{name}_scale"], $"{name}/scales"));
        graph.Node.Add(OnnxProtoFactory.Node("Mul", $"{name}/output_scale_mul", [$"{name}/float", $"{name}/scales"], $"{name}/out"));
    }

    /// <summary>A weight's per-tensor scale: a float scalar whose encoded size does not depend on its value (raw_data).</summary>
    static TensorProto Scale(string name, float value) => OnnxProtoFactory.Floats($"{name}_scale", [value], []);

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
