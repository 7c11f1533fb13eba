// The walkthrough's compressed model: every large float weight matrix of an ONNX graph stored as int8 with one
// symmetric scale per tensor and decoded by DequantizeLinear, the simplest post-training quantization. The file
// gets about 4× smaller and the rounding moves some predictions, which is what Behaviors is there to show.
using System.Runtime.InteropServices;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Demo.Text;

internal static class OnnxInt8Weights
{
    /// <summary>Matrices of at least this many values are quantized; biases and LayerNorm vectors stay float.</summary>
    const int MinValues = 4096;

    /// <summary>A copy of <paramref name="model"/> with its float initializers of 2+ dimensions and <see cref="MinValues"/>+ values in int8; returns how many.</summary>
    public static (ModelProto Model, int Quantized) Quantize(ModelProto model)
    {
        var result = model.Clone();
        var graph = result.Graph;
        var decoders = new List<NodeProto>();
        var quantized = 0;
        foreach (var tensor in graph.Initializer.ToList())
        {
            if (tensor.DataType != (int)OnnxDataType.Float || tensor.Dims.Count < 2 || tensor.RawData.Length < MinValues * sizeof(float)) continue;
            var values = MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray();
            var max = values.Max(MathF.Abs);
            var scale = max > 0 ? max / 127f : 1f;
            var codes = values.Select(v => (sbyte)Math.Clamp(MathF.Round(v / scale), -127, 127)).ToArray();
            graph.Initializer.Remove(tensor);
            graph.Initializer.Add(Int8s($"{tensor.Name}_quantized", codes, tensor.Dims));
            graph.Initializer.Add(Floats($"{tensor.Name}_scale", [scale], []));
            graph.Initializer.Add(Int8s($"{tensor.Name}_zero_point", [0], []));
            decoders.Add(Node("DequantizeLinear", $"{tensor.Name}/DequantizeLinear",
                [$"{tensor.Name}_quantized", $"{tensor.Name}_scale", $"{tensor.Name}_zero_point"], tensor.Name));
            quantized++;
        }
        // Decoders first: ONNX wants nodes in topological order, and the weights feed nodes anywhere in the graph.
        for (var i = decoders.Count - 1; i >= 0; i--) graph.Node.Insert(0, decoders[i]);
        return (result, quantized);
    }
}
