// The packed palette layout shared by every writer of palettized weights (the TorchSharp export in OnnxWeightEncoder and
// the ONNX-only Palettize operation): indices packed MSB-first at their own bit width into uint8 groups, and the nodes
// that decode them back into codebook[index] at run time. One layout means one decode pattern, which the reader folds
// (OnnxConstantFolder: Cast, Reshape, Gather, Mul, Add, Div, Mod, Slice), so the Layers probe reads a palettized weight
// under its float name whichever writer produced it. Only operators of opset ≤ 10 are used, so the ONNX checker 1.12
// and ONNX Runtime both accept the result.
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxProtoFactory;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxPaletteGraph
{
    /// <summary>The lowest opset whose operators the decoder uses as written (Slice with inputs and Mod arrived in 10).</summary>
    public const int MinimumOpset = 10;

    /// <summary>
    /// Bytes per group and indices per group: a group is the fewest whole bytes that hold whole indices
    /// (1 byte for 1, 2, 4 and 8 bits; 3 bytes = 4 indices for 6 bits; 3, 5 or 7 bytes = 8 indices otherwise).
    /// </summary>
    public static (int Bytes, int Indices) PackingGroup(int bits)
    {
        var common = 8;
        for (var b = bits; b != 0;) (common, b) = (b, common % b);
        return (bits / common, 8 / common);
    }

    /// <summary>How many bytes <paramref name="count"/> indices of <paramref name="bits"/> bits take packed (whole groups).</summary>
    public static long PackedLength(long count, int bits)
    {
        var (groupBytes, perGroup) = PackingGroup(bits);
        return (count + perGroup - 1) / perGroup * groupBytes;
    }

    /// <summary>
    /// Indices as one bit stream, each at <paramref name="bits"/> bits, the first in the most significant bits,
    /// padded with 0 to a whole group (see PackingGroup), so the decoder reads groups as big-endian integers.
    /// </summary>
    public static byte[] Pack(ReadOnlySpan<byte> indices, int bits)
    {
        var packed = new byte[PackedLength(indices.Length, bits)];
        Pack(indices, bits, packed);
        return packed;
    }

    /// <summary>Packs into <paramref name="packed"/> (PackedLength bytes long), one group integer at a time.</summary>
    public static void Pack(ReadOnlySpan<byte> indices, int bits, Span<byte> packed)
    {
        var (groupBytes, perGroup) = PackingGroup(bits);
        var mask = (1 << bits) - 1;
        for (int i = 0, at = 0; i < indices.Length; i += perGroup, at += groupBytes)
        {
            ulong group = 0;
            for (var k = 0; k < perGroup; k++)
                group = group << bits | (uint)(i + k < indices.Length ? indices[i + k] & mask : 0);
            for (var b = groupBytes - 1; b >= 0; b--, group >>= 8)
                packed[at + b] = (byte)group;
        }
    }

    /// <summary>
    /// Adds the nodes (and their small constant initializers) that turn "{name}_indices" (uint8 [packedLength], see Pack) and
    /// "{name}_codebook" (float [entries]) into <paramref name="name"/>, shaped <paramref name="shape"/>:
    /// Cast → [group value [-1,1] → Div by 2^shift → Mod 2^bits → Reshape [-1] → Slice to n] → Gather(codebook) → Reshape.
    /// The bracketed unpacking is emitted for every width below 8; the group value is the byte itself for
    /// widths that divide 8 (int32) and the big-endian integer of 3 to 7 bytes for the others (int64).
    /// The caller adds the two stored tensors, whose size only it knows how to hold.
    /// With <paramref name="rowOffsets"/> (one per index of the first axis), the codebook holds one palette per group of rows
    /// stacked, and each row's indices get its palette's start added before the Gather (Reshape [rows, −1] → Add [rows, 1]).
    /// </summary>
    public static void EmitDecoder(GraphProto graph, string node, string name, IReadOnlyList<long> shape, int bits, long packedLength,
        IReadOnlyList<long>? rowOffsets = null)
    {
        var count = shape.Aggregate(1L, (a, d) => a * d);
        var (groupBytes, perGroup) = PackingGroup(bits);
        graph.Initializer.Add(Int64s($"{name}_shape", [.. shape]));
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
            for (var k = 0; k < perGroup; k++) divisors[k] = 1L << (bits * (perGroup - 1 - k));
            if (groupBytes > 1)
            {
                graph.Initializer.Add(Int64s($"{name}_unpack_divisors", divisors));
                graph.Initializer.Add(Int64s($"{name}_unpack_modulus", 1L << bits));
            }
            else
            {
                graph.Initializer.Add(Int32s($"{name}_unpack_divisors", [.. divisors.Select(d => (int)d)], [1, perGroup]));
                graph.Initializer.Add(Int32s($"{name}_unpack_modulus", [1 << bits], []));
            }
            graph.Initializer.Add(Int64s($"{name}_flat_shape", -1));
            graph.Node.Add(Node("Div", $"{node}/Shift", [codes, $"{name}_unpack_divisors"], $"{name}_codes_shifted"));
            graph.Node.Add(Node("Mod", $"{node}/Mask", [$"{name}_codes_shifted", $"{name}_unpack_modulus"], $"{name}_codes_unpacked"));
            graph.Node.Add(Node("Reshape", $"{node}/Flatten", [$"{name}_codes_unpacked", $"{name}_flat_shape"], $"{name}_codes_flat"));
            codes = $"{name}_codes_flat";
            if (packedLength / groupBytes * perGroup != count)
            {
                // The last group is only partly used: drop its padding indices.
                graph.Initializer.Add(Int64s($"{name}_slice_start", 0));
                graph.Initializer.Add(Int64s($"{name}_slice_end", count));
                graph.Node.Add(Node("Slice", $"{node}/Trim", [codes, $"{name}_slice_start", $"{name}_slice_end"], $"{codes}_trimmed"));
                codes = $"{codes}_trimmed";
            }
        }
        if (rowOffsets is not null)
        {
            graph.Initializer.Add(Int64s($"{name}_rows_shape", rowOffsets.Count, -1));
            graph.Node.Add(Node("Reshape", $"{node}/Rows", [codes, $"{name}_rows_shape"], $"{name}_codes_rows"));
            graph.Initializer.Add(codeType == OnnxDataType.Int64
                ? Tensor($"{name}_row_offsets", OnnxDataType.Int64, (ReadOnlySpan<long>)[.. rowOffsets], [rowOffsets.Count, 1])
                : Int32s($"{name}_row_offsets", [.. rowOffsets.Select(o => checked((int)o))], [rowOffsets.Count, 1]));
            graph.Node.Add(Node("Add", $"{node}/Offset", [$"{name}_codes_rows", $"{name}_row_offsets"], $"{name}_codes_grouped"));
            codes = $"{name}_codes_grouped";
        }
        graph.Node.Add(Node("Gather", $"{node}/Gather", [$"{name}_codebook", codes], $"{name}_flat", Int("axis", 0)));
        graph.Node.Add(Node("Reshape", $"{node}/Reshape", [$"{name}_flat", $"{name}_shape"], name));
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
}
