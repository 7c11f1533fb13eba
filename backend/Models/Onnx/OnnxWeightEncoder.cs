// Writes one layer's weight in its WeightEncoding as initializers plus the decoding nodes that produce the
// value "{layer}.weight" at run time. Only the compact codes are stored, so the file really shrinks;
// ONNX Runtime folds the decoding nodes once at session start, so inference speed is unchanged.
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxWeightEncoder
{
    /// <summary>Adds what produces "{layer}.weight" to the graph and returns that name.</summary>
    public static string Emit(GraphProto graph, string layer, TensorData weight, WeightEncoding encoding)
    {
        var name = $"{layer}.weight";
        switch (encoding)
        {
            case Float32Encoding:
                if (weight.Count != ElementCount(weight.Shape))
                    throw new ArgumentException($"Layer '{layer}': {weight.Count} weight values for the shape [{string.Join(", ", weight.Shape)}].");
                graph.Initializer.Add(Floats(name, weight));
                break;
            case Int8PerChannelEncoding int8:
                EmitInt8(graph, layer, name, weight.Shape, int8);
                break;
            case PaletteEncoding palette:
                EmitPalette(graph, layer, name, weight.Shape, palette);
                break;
            default:
                throw new NotSupportedException($"Layer '{layer}': the ONNX writer has no encoding for {encoding.GetType().Name}.");
        }
        return name;
    }

    /// <summary>int8 codes + per-output-channel scales (+ zero points of 0) → DequantizeLinear(axis = 0).</summary>
    static void EmitInt8(GraphProto graph, string layer, string name, int[] shape, Int8PerChannelEncoding int8)
    {
        var count = ElementCount(shape);
        if (int8.Quantized.Length != count)
            throw new ArgumentException($"Layer '{layer}': {int8.Quantized.Length} int8 codes for a weight of {count} elements [{string.Join(", ", shape)}].");
        if (int8.Scales.Length != shape[0])
            throw new ArgumentException($"Layer '{layer}': {int8.Scales.Length} scales for {shape[0]} output channels (per-channel int8 needs one per channel).");

        long[] dims = [.. shape.Select(d => (long)d)];
        graph.Initializer.Add(Int8s($"{name}_quantized", int8.Quantized, dims));
        graph.Initializer.Add(Floats($"{name}_scale", int8.Scales, [shape[0]]));
        // Per-axis DequantizeLinear wants a zero point shaped like the scales; symmetric means all zero.
        graph.Initializer.Add(Int8s($"{name}_zero_point", new sbyte[shape[0]], [shape[0]]));
        graph.Node.Add(Node("DequantizeLinear", $"{layer}/DequantizeLinear",
            [$"{name}_quantized", $"{name}_scale", $"{name}_zero_point"], name, Int("axis", 0)));
    }

    /// <summary>Palette indices packed MSB-first at their bit width + a float codebook, decoded as OnnxPaletteGraph lays out.</summary>
    static void EmitPalette(GraphProto graph, string layer, string name, int[] shape, PaletteEncoding palette)
    {
        var count = ElementCount(shape);
        if (palette.Bits is < 1 or > 8)
            throw new ArgumentException($"Layer '{layer}': a palette of {palette.Bits} bits; the ONNX writer supports 1 to 8.");
        if (palette.Codebook.Length is 0 || palette.Codebook.Length > 1 << palette.Bits)
            throw new ArgumentException($"Layer '{layer}': a {palette.Bits}-bit palette needs 1 to {1 << palette.Bits} codebook entries, not {palette.Codebook.Length}.");
        if (palette.Indices.Length != count)
            throw new ArgumentException($"Layer '{layer}': {palette.Indices.Length} palette indices for a weight of {count} elements [{string.Join(", ", shape)}].");
        for (var i = 0; i < palette.Indices.Length; i++)
            if (palette.Indices[i] >= palette.Codebook.Length)
                throw new ArgumentException($"Layer '{layer}': palette index {palette.Indices[i]} at position {i} is past the codebook's {palette.Codebook.Length} entries.");

        // Indices are packed at their own width, so a 6-bit palette really stores 6 bits per weight (it used to be
        // rounded up to a whole byte, which made 6-bit files larger than 4-bit ones by more than the codebook).
        var packed = OnnxPaletteGraph.Pack(palette.Indices, palette.Bits);
        graph.Initializer.Add(UInt8s($"{name}_indices", packed, [packed.Length]));
        graph.Initializer.Add(Floats($"{name}_codebook", palette.Codebook, [palette.Codebook.Length]));
        OnnxPaletteGraph.EmitDecoder(graph, $"{layer}/Palette", name, [.. shape.Select(d => (long)d)], palette.Bits, packed.Length);
    }

    static long ElementCount(int[] shape)
    {
        if (shape.Length == 0 || shape.Any(d => d <= 0))
            throw new ArgumentException($"A weight shape needs positive dimensions, not [{string.Join(", ", shape)}].");
        return shape.Aggregate(1L, (a, d) => a * d);
    }
}
