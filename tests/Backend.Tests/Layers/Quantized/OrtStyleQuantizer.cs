// Makes the int8 copy of a float ONNX model the way ONNX Runtime's quantizer does (onnxruntime/python/tools/quantization,
// operators/conv.py, onnx_quantizer.py, quant_utils.py), so the probe is tested on the layout users actually get:
//  - Dynamic: quantize_dynamic(weight_type=QUInt8) — each Conv with an initializer weight becomes DynamicQuantizeLinear(x)
//    → ConvInteger(x_quantized, W_quantized, x_zero_point, W_zero_point) named "<conv>_quant" → Cast → Mul by
//    Mul(x_scale, W_scale); weights asymmetric uint8 per tensor (ONNX Runtime's CPU ConvInteger takes uint8 weights).
//  - Static: quantize_static(QOperator, per_channel=True) — each Conv becomes QuantizeLinear(x) → QLinearConv with int8
//    symmetric per-output-channel weights → DequantizeLinear(y); activation ranges come from calibration runs.
// Names as the quantizer writes them: "<W>_quantized", "<W>_scale", "<W>_zero_point"; the float weights are removed.
// Like the quantizer, an opset below 11 is raised to 11; BatchNormalization's "spatial" (gone since opset 9, 1 meaning
// what later opsets always do) is dropped so ONNX Runtime accepts the raised opset.
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace Backend.Tests.Layers.Quantized;

internal static class OrtStyleQuantizer
{
    public static ModelProto Dynamic(ModelProto source) => Quantize(source, (graph, conv, weight, nodes) =>
    {
        var x = conv.Input[0];
        var (q, s, z) = ($"{x}_quantized", $"{x}_scale", $"{x}_zero_point");
        if (!nodes.Any(n => n.Output.Contains(q)))
            nodes.Add(new NodeProto { OpType = "DynamicQuantizeLinear", Name = $"{x}_QuantizeLinear", Input = { x }, Output = { q, s, z } });
        QuantizeUInt8(graph, weight);
        var name = conv.Name + "_quant";
        var integer = Node("ConvInteger", name, [q, weight.Name + "_quantized", z, weight.Name + "_zero_point"], conv.Output[0] + "_output_quantized");
        integer.Attribute.AddRange(conv.Attribute);
        nodes.Add(integer);
        nodes.Add(Node("Cast", integer.Output[0] + "_cast", [integer.Output[0]], integer.Output[0] + "_cast_output", Int("to", (long)OnnxDataType.Float)));
        nodes.Add(Node("Mul", name + "_scales_mul", [s, weight.Name + "_scale"], name + "_scales_mul:0"));
        nodes.Add(Node("Mul", name + "_output_scale_mul", [integer.Output[0] + "_cast_output", name + "_scales_mul:0"], conv.Output[0]));
    });

    /// <param name="ranges">Each Conv input's and output's (min, max) over the calibration inputs.</param>
    public static ModelProto StaticPerChannel(ModelProto source, IReadOnlyDictionary<string, (float Min, float Max)> ranges) => Quantize(source, (graph, conv, weight, nodes) =>
    {
        var (x, y) = (conv.Input[0], conv.Output[0]);
        foreach (var value in new[] { x, y })
            if (!graph.Initializer.Any(i => i.Name == value + "_scale"))
            {
                var (scale, zero) = UInt8Range(ranges[value].Min, ranges[value].Max);
                graph.Initializer.Add(Floats(value + "_scale", [scale], []));
                graph.Initializer.Add(UInt8s(value + "_zero_point", [zero], []));
            }
        if (!nodes.Any(n => n.Output.Contains(x + "_quantized")))
            nodes.Add(Node("QuantizeLinear", $"{x}_QuantizeLinear", [x, x + "_scale", x + "_zero_point"], x + "_quantized"));
        QuantizeInt8PerChannel(graph, weight);
        var qconv = Node("QLinearConv", conv.Name + "_quant",
            [x + "_quantized", x + "_scale", x + "_zero_point", weight.Name + "_quantized", weight.Name + "_scale", weight.Name + "_zero_point", y + "_scale", y + "_zero_point"],
            y + "_quantized");
        qconv.Attribute.AddRange(conv.Attribute);
        nodes.Add(qconv);
        nodes.Add(Node("DequantizeLinear", $"{y}_DequantizeLinear", [y + "_quantized", y + "_scale", y + "_zero_point"], y));
    });

    static ModelProto Quantize(ModelProto source, Action<GraphProto, NodeProto, TensorProto, List<NodeProto>> conv)
    {
        var model = source.Clone();
        if (model.OpsetImport.First(o => o.Domain is "" or "ai.onnx") is { Version: < 11 } opset) opset.Version = 11;
        var graph = model.Graph;
        var nodes = new List<NodeProto>();
        var quantized = new HashSet<string>();
        foreach (var node in graph.Node)
        {
            if (node.OpType == "BatchNormalization" && node.Attribute.FirstOrDefault(a => a.Name == "spatial") is { } spatial) node.Attribute.Remove(spatial);
            var weight = node.OpType == "Conv" && node.Input.Count == 2 ? graph.Initializer.FirstOrDefault(i => i.Name == node.Input[1]) : null;
            if (weight is null || !quantized.Add(weight.Name)) { nodes.Add(node); continue; }
            conv(graph, node, weight, nodes);
            graph.Initializer.Remove(weight);
        }
        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        return model;
    }

    static float[] Values(TensorProto tensor) => new OnnxTensor(tensor, tensor.Name, OnnxTensorSource.Initializer, "", "(quantizer)").ReadFloats();

    /// <summary>quant_utils.compute_scale_zp for uint8, asymmetric: the range widened to hold 0, 255 steps.</summary>
    static (float Scale, byte Zero) UInt8Range(float min, float max)
    {
        (min, max) = (Math.Min(min, 0), Math.Max(max, 0));
        var scale = max > min ? (max - min) / 255f : 1f;
        return (scale, (byte)Math.Clamp(Math.Round(-min / scale), 0, 255));
    }

    static void QuantizeUInt8(GraphProto graph, TensorProto weight)
    {
        var values = Values(weight);
        var (scale, zero) = UInt8Range(values.Min(), values.Max());
        var codes = values.Select(v => (byte)Math.Clamp(Math.Round(v / scale) + zero, 0, 255)).ToArray();
        graph.Initializer.Add(UInt8s(weight.Name + "_quantized", codes, weight.Dims));
        graph.Initializer.Add(Floats(weight.Name + "_scale", [scale], []));
        graph.Initializer.Add(UInt8s(weight.Name + "_zero_point", [zero], []));
    }

    /// <summary>int8 symmetric per output channel (axis 0): scale = max |w| / 127, zero point 0, codes in [−127, 127].</summary>
    static void QuantizeInt8PerChannel(GraphProto graph, TensorProto weight)
    {
        var values = Values(weight);
        var channels = (int)weight.Dims[0];
        var size = values.Length / channels;
        var scales = new float[channels];
        var codes = new sbyte[values.Length];
        for (var c = 0; c < channels; c++)
        {
            var block = values.AsSpan(c * size, size);
            var absMax = Math.Max(Math.Abs(System.Numerics.Tensors.TensorPrimitives.Max(block)), Math.Abs(System.Numerics.Tensors.TensorPrimitives.Min(block)));
            scales[c] = absMax > 0 ? absMax / 127f : 1f;
            for (var i = 0; i < size; i++) codes[c * size + i] = (sbyte)Math.Clamp(Math.Round(block[i] / scales[c]), -127, 127);
        }
        graph.Initializer.Add(Int8s(weight.Name + "_quantized", codes, weight.Dims));
        graph.Initializer.Add(Floats(weight.Name + "_scale", scales, [channels]));
        graph.Initializer.Add(Int8s(weight.Name + "_zero_point", new sbyte[channels], [channels]));
    }
}
