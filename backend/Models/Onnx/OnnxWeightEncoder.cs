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
    /// Palette indices packed MSB-first at their bit width (see Pack) + a float codebook. Decoding:
    /// Cast → [group value [-1,1] → Div by 2^shift → Mod 2^bits → Reshape [-1] → Slice to n] → Gather(codebook) → Reshape.
    /// The bracketed unpacking is emitted for every width below 8; the group value is the byte itself for
    /// widths that divide 8 (int32) and the big-endian integer of 3 to 7 bytes for the others (int64).
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

        // Indices are packed at their own width, so a 6-bit palette really stores 6 bits per weight (it used to be
        // rounded up to a whole byte, which made 6-bit files larger than 4-bit ones by more than the codebook).
        // Widths that divide 8 fit whole indices in a byte; the others (3, 5, 6, 7) fill groups of bytes.
        var (groupBytes, perGroup) = PackingGroup(palette.Bits);
        var packed = Pack(palette.Indices, palette.Bits);

        graph.Initializer.Add(UInt8s($"{name}_indices", packed, [packed.Length]));
        graph.Initializer.Add(Floats($"{name}_codebook", palette.Codebook, [palette.Codebook.Length]));
        graph.Initializer.Add(Int64s($"{name}_shape", [.. shape.Select(d => (long)d)]));
        var node = $"{layer}/Palette";
        var codes = $"{name}_codes";
        // A group of up to 7 bytes (56 bits) needs int64; one byte decodes in int32 as it always has.
        var codeType = groupBytes > 1 ? OnnxDataType.Int64 : OnnxDataType.Int32;
        graph.Node.Add(Node("Cast", $"{node}/Cast", [$"{name}_indices"], codes, Int("to", (long)codeType)));

        if (perGroup > 1)
        {
            if (groupBytes > 1)
                codes = EmitGroupValues(graph, node, name, codes, groupBytes);
            else
            {
                graph.Initializer.Add(Int64s($"{name}_column_shape", -1, 1));
                graph.Node.Add(Node("Reshape", $"{node}/Column", [codes, $"{name}_column_shape"], $"{codes}_column"));
                codes = $"{codes}_column";
            }
            var divisors = new long[perGroup];
            for (var k = 0; k < perGroup; k++) divisors[k] = 1L << (palette.Bits * (perGroup - 1 - k));
            if (groupBytes > 1)
            {
                graph.Initializer.Add(Int64s($"{name}_unpack_divisors", divisors));
                graph.Initializer.Add(Int64s($"{name}_unpack_modulus", 1L << palette.Bits));
            }
            else
            {
                graph.Initializer.Add(Int32s($"{name}_unpack_divisors", [.. divisors.Select(d => (int)d)], [1, perGroup]));
                graph.Initializer.Add(Int32s($"{name}_unpack_modulus", [1 << palette.Bits], []));
            }
            graph.Initializer.Add(Int64s($"{name}_flat_shape", -1));
            graph.Node.Add(Node("Div", $"{node}/Shift", [codes, $"{name}_unpack_divisors"], $"{name}_codes_shifted"));
            graph.Node.Add(Node("Mod", $"{node}/Mask", [$"{name}_codes_shifted", $"{name}_unpack_modulus"], $"{name}_codes_unpacked"));
            graph.Node.Add(Node("Reshape", $"{node}/Flatten", [$"{name}_codes_unpacked", $"{name}_flat_shape"], $"{name}_codes_flat"));
            codes = $"{name}_codes_flat";
            if (packed.Length / groupBytes * perGroup != count)
            {
                // The last group is only partly used: drop its padding indices.
                graph.Initializer.Add(Int64s($"{name}_slice_start", 0));
                graph.Initializer.Add(Int64s($"{name}_slice_end", count));
                graph.Node.Add(Node("Slice", $"{node}/Trim", [codes, $"{name}_slice_start", $"{name}_slice_end"], $"{codes}_trimmed"));
                codes = $"{codes}_trimmed";
            }
        }
        graph.Node.Add(Node("Gather", $"{node}/Gather", [$"{name}_codebook", codes], $"{name}_flat", Int("axis", 0)));
        graph.Node.Add(Node("Reshape", $"{node}/Reshape", [$"{name}_flat", $"{name}_shape"], name));
    }

    /// <summary>
    /// Bytes per group and indices per group: a group is the fewest whole bytes that hold whole indices
    /// (1 byte for 1, 2, 4 and 8 bits; 3 bytes = 4 indices for 6 bits; 3, 5 or 7 bytes = 8 indices otherwise).
    /// </summary>
    internal static (int Bytes, int Indices) PackingGroup(int bits)
    {
        var common = 8;
        for (var b = bits; b != 0;) (common, b) = (b, common % b);
        return (bits / common, 8 / common);
    }

    /// <summary>
    /// Indices as one bit stream, each at <paramref name="bits"/> bits, the first in the most significant bits,
    /// padded with 0 to a whole group (see PackingGroup), so the decoder reads groups as big-endian integers.
    /// </summary>
    internal static byte[] Pack(ReadOnlySpan<byte> indices, int bits)
    {
        var (groupBytes, perGroup) = PackingGroup(bits);
        var packed = new byte[(indices.Length + perGroup - 1) / perGroup * groupBytes];
        for (var i = 0; i < indices.Length; i++)
            for (var bit = 0; bit < bits; bit++)
                if ((indices[i] >> (bits - 1 - bit) & 1) != 0)
                {
                    var position = (long)i * bits + bit;
                    packed[position / 8] |= (byte)(0x80 >> (int)(position % 8));
                }
        return packed;
    }

    /// <summary>
    /// Bytes [n·G] → one int64 per group [n, 1], big-endian: Reshape [-1, G], then Horner over the G columns
    /// (Gather column k; value = value·256 + column), so Div/Mod can cut each group into its indices.
    /// </summary>
    static string EmitGroupValues(GraphProto graph, string node, string name, string codes, int groupBytes)
    {
        graph.Initializer.Add(Int64s($"{name}_group_shape", -1, groupBytes));
        graph.Initializer.Add(Int64s($"{name}_byte_base", 256));
        graph.Node.Add(Node("Reshape", $"{node}/Groups", [codes, $"{name}_group_shape"], $"{name}_groups"));
        var value = "";
        for (var k = 0; k < groupBytes; k++)
        {
            graph.Initializer.Add(Int64s($"{name}_group_byte{k}", k));
            var column = $"{name}_groups_byte{k}";
            graph.Node.Add(Node("Gather", $"{node}/Byte{k}", [$"{name}_groups", $"{name}_group_byte{k}"], column, Int("axis", 1)));
            if (k == 0)
            {
                value = column;
                continue;
            }
            graph.Node.Add(Node("Mul", $"{node}/Shift{k}", [value, $"{name}_byte_base"], $"{name}_group_shifted{k}"));
            graph.Node.Add(Node("Add", $"{node}/Join{k}", [$"{name}_group_shifted{k}", column], $"{name}_group_value{k}"));
            value = $"{name}_group_value{k}";
        }
        return value;
    }

    static long ElementCount(int[] shape)
    {
        if (shape.Length == 0 || shape.Any(d => d <= 0))
            throw new ArgumentException($"A weight shape needs positive dimensions, not [{string.Join(", ", shape)}].");
        return shape.Aggregate(1L, (a, d) => a * d);
    }
}
