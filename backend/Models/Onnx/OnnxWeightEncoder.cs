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

    /// <summary>
    /// Palette indices packed MSB-first into bytes (8 / storage-bits per byte) + a float codebook. Decoding:
    /// Cast(int32) → [Reshape [-1,1] → Div by 2^shift → Mod 2^bits → Reshape [-1] → Slice to n] → Gather(codebook) → Reshape.
    /// The bracketed unpacking is emitted only for palettes of ≤ 4 bits, where one byte holds several indices.
    /// </summary>
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

        // Bits that do not divide 8 (3, 5, 6, 7) are stored in the next width that does.
        var storageBits = palette.Bits switch { 1 => 1, 2 => 2, <= 4 => 4, _ => 8 };
        var perByte = 8 / storageBits;
        var packed = Pack(palette.Indices, storageBits);

        graph.Initializer.Add(UInt8s($"{name}_indices", packed, [packed.Length]));
        graph.Initializer.Add(Floats($"{name}_codebook", palette.Codebook, [palette.Codebook.Length]));
        graph.Initializer.Add(Int64s($"{name}_shape", [.. shape.Select(d => (long)d)]));
        var node = $"{layer}/Palette";
        var codes = $"{name}_codes";
        graph.Node.Add(Node("Cast", $"{node}/Cast", [$"{name}_indices"], codes, Int("to", (long)OnnxDataType.Int32)));

        if (perByte > 1)
        {
            var divisors = new int[perByte];
            for (var k = 0; k < perByte; k++) divisors[k] = 1 << (storageBits * (perByte - 1 - k));
            graph.Initializer.Add(Int64s($"{name}_column_shape", -1, 1));
            graph.Initializer.Add(Int32s($"{name}_unpack_divisors", divisors, [1, perByte]));
            graph.Initializer.Add(Int32s($"{name}_unpack_modulus", [1 << storageBits], []));
            graph.Initializer.Add(Int64s($"{name}_flat_shape", -1));
            graph.Node.Add(Node("Reshape", $"{node}/Column", [codes, $"{name}_column_shape"], $"{codes}_column"));
            graph.Node.Add(Node("Div", $"{node}/Shift", [$"{codes}_column", $"{name}_unpack_divisors"], $"{codes}_shifted"));
            graph.Node.Add(Node("Mod", $"{node}/Mask", [$"{codes}_shifted", $"{name}_unpack_modulus"], $"{codes}_unpacked"));
            graph.Node.Add(Node("Reshape", $"{node}/Flatten", [$"{codes}_unpacked", $"{name}_flat_shape"], $"{codes}_flat"));
            codes = $"{codes}_flat";
            if (packed.Length * perByte != count)
            {
                // The last byte is only partly used: drop its padding indices.
                graph.Initializer.Add(Int64s($"{name}_slice_start", 0));
                graph.Initializer.Add(Int64s($"{name}_slice_end", count));
                graph.Node.Add(Node("Slice", $"{node}/Trim", [codes, $"{name}_slice_start", $"{name}_slice_end"], $"{codes}_trimmed"));
                codes = $"{codes}_trimmed";
            }
        }
        graph.Node.Add(Node("Gather", $"{node}/Gather", [$"{name}_codebook", codes], $"{name}_flat", Int("axis", 0)));
        graph.Node.Add(Node("Reshape", $"{node}/Reshape", [$"{name}_flat", $"{name}_shape"], name));
    }

    /// <summary>8 / bits indices per byte, the first in the most significant bits; the last byte padded with 0.</summary>
    internal static byte[] Pack(ReadOnlySpan<byte> indices, int bits)
    {
        var perByte = 8 / bits;
        var packed = new byte[(indices.Length + perByte - 1) / perByte];
        for (var i = 0; i < indices.Length; i++)
            packed[i / perByte] |= (byte)(indices[i] << (bits * (perByte - 1 - i % perByte)));
        return packed;
    }

    static long ElementCount(int[] shape)
    {
        if (shape.Length == 0 || shape.Any(d => d <= 0))
            throw new ArgumentException($"A weight shape needs positive dimensions, not [{string.Join(", ", shape)}].");
        return shape.Aggregate(1L, (a, d) => a * d);
    }
}
