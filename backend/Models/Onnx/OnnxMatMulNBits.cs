// Decodes com.microsoft MatMulNBits, the block-quantized MatMul that ONNX Runtime's MatMul4BitsQuantizer / MatMulNBitsQuantizer
// writes, back to the float MatMul weight it replaced: B[K, N] under the name without the "_Q4" (or "_Q{bits}") suffix.
// Attributes K, N, bits, block_size; inputs (A, B, scales, zero_points?, g_idx?, bias?). B is uint8 [N, blocks, blob]: per
// column n, blocks = ⌈K / block_size⌉ blobs of block_size·bits/8 bytes, values packed lowest bits first. scales holds
// N·blocks floats (column-major blocks). zero_points is optional: uint8 packed the same way, each column padded to whole
// bytes, or floats like the scales; by default 2^(bits−1). Weight (k, n) = (q − zero point) · scale of block k / block_size.
using CompressCompare.Backend.Models.Onnx.Proto;
using static CompressCompare.Backend.Models.Onnx.OnnxQuantizedInputs;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxMatMulNBits
{
    const string Reexport = "The file is damaged or its quantizer is faulty: quantize or export the model again.";

    public static OnnxQuantizedNode? Decode(NodeProto node, OnnxConstantScope scope, string modelPath)
    {
        if (scope.Find(Input(node, 1))?.Stored is not { } packed || scope.Find(Input(node, 2)) is not { } scaleEntry) return null;
        long k = Attribute(node, "K", -1), n = Attribute(node, "N", -1), bits = Attribute(node, "bits", 4), block = Attribute(node, "block_size", -1);
        OnnxModelException Problem(string problem, string name) => new(modelPath, $"Tensor '{Names.Short(name)}' of MatMulNBits node '{Names.Short(node.Name)}' {problem}", Reexport, name);

        if (packed.DataType != OnnxDataType.UInt8) throw Problem($"is {packed.DataType.OnnxName()}; MatMulNBits packs its weight in uint8.", packed.Name);
        if (bits is not (1 or 2 or 4 or 8) || block < 1 || block * bits % 8 != 0 || k < 1 || n < 1 || k > int.MaxValue || n > int.MaxValue)
            throw Problem($"has K = {k}, N = {n}, bits = {bits}, block_size = {block}: they must be positive, with bits 1, 2, 4 or 8 and whole bytes a block.", packed.Name);
        var blocks = (k + block - 1) / block;
        var blob = block * bits / 8;
        if (packed.Shape.Count != 3 || packed.Shape[0] != n || packed.Shape[1] != blocks || packed.Shape[2] != blob)
            throw Problem($"has shape [{string.Join(", ", packed.Shape)}]; for K = {k}, N = {n}, {bits} bits in blocks of {block} it must be [{n}, {blocks}, {blob}].", packed.Name);
        var scale = Scales(scaleEntry, Input(node, 2), packed, modelPath);
        if (scale.Count != n * blocks)
            throw Problem($"has {scale.Count} scales; {n} columns of {blocks} blocks need {n * blocks}.", Input(node, 2));

        var layout = new Layout(k, n, (int)bits, (int)block, blocks, blob, scale.Floats!, ZeroPoints(node, scope, modelPath, packed, (int)bits, n, blocks));
        var name = FloatName(packed.Name, $"_Q{bits}");
        var weight = new OnnxWeight([k, n], values => layout.Decode(packed.ReadBytes(), values)) { StoredName = packed.Name };
        return new([new(name, weight, packed)], [Input(node, 1), Input(node, 2), Input(node, 3), Input(node, 4)]);
    }

    /// <summary>Per column and block, the zero point (2^(bits−1) when the input is omitted).</summary>
    static float[] ZeroPoints(NodeProto node, OnnxConstantScope scope, string modelPath, OnnxTensor packed, int bits, long n, long blocks)
    {
        var name = Input(node, 3);
        if (scope.Find(name) is not { } entry) return [.. Enumerable.Repeat((float)(1 << (bits - 1)), (int)(n * blocks))];
        var value = entry.Value.Value;
        if (value.IsFloat)
        {
            if (value.Count != n * blocks) throw Mismatch($"{value.Count} float zero points; {n} columns of {blocks} blocks need {n * blocks}.");
            return value.Floats!;
        }
        if (value.Type != OnnxDataType.UInt8) throw Mismatch($"{value.Type.OnnxName()}; packed zero points are uint8.");
        var rowBytes = (blocks * bits + 7) / 8;
        if (value.Count != n * rowBytes) throw Mismatch($"{value.Count} bytes of packed zero points; {n} columns of {blocks} {bits}-bit values need {n * rowBytes}.");
        var bytes = value.Ints!.Select(v => (byte)v).ToArray();
        var zeroPoints = new float[n * blocks];
        for (long c = 0; c < n; c++)
            for (long b = 0; b < blocks; b++)
                zeroPoints[c * blocks + b] = OnnxPackedBits.Field(bytes.AsSpan((int)(c * rowBytes), (int)rowBytes), b, bits);
        return zeroPoints;

        OnnxModelException Mismatch(string problem) => new(modelPath,
            $"Tensor '{Names.Short(name)}', the zero points of '{Names.Short(packed.Name)}', has {problem}", Reexport, name);
    }

    sealed record Layout(long K, long N, int Bits, int Block, long Blocks, long Blob, float[] Scales, float[] ZeroPoints)
    {
        /// <summary>Writes the float weight [K, N] (row-major, as MatMul reads B) from the packed codes.</summary>
        public void Decode(byte[] packed, Span<float> values)
        {
            for (long c = 0; c < N; c++)
                for (long b = 0; b < Blocks; b++)
                {
                    var at = (int)(c * Blocks + b);
                    float scale = Scales[at], zero = ZeroPoints[at];
                    var codes = packed.AsSpan((int)(at * Blob), (int)Blob);
                    var end = Math.Min(Block, K - b * Block);
                    for (var j = 0; j < end; j++)
                        values[(int)((b * Block + j) * N + c)] = (OnnxPackedBits.Field(codes, j, Bits) - zero) * scale;
                }
        }
    }
}
