// The packed palette indices of one weight: every value's nearest codebook entry (KMeans1D.Assign: binary search over the
// sorted entries' midpoints, ties lower), packed at `bits` bits as OnnxPaletteGraph lays them out. The weight is cut into
// pieces of a whole number of packing groups, and each piece is assigned and packed into its own bytes on the thread pool:
// the result does not depend on how pieces are scheduled, and no byte-per-value index array as large as the weight is held.
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Compression.Onnx;

internal static class OnnxPaletteIndices
{
    /// <summary>Values per piece: a multiple of every packing group's index count (at most 8), small enough to stay in cache.</summary>
    const int Piece = 1 << 16;

    /// <summary>
    /// Writes <paramref name="values"/>' indices into <paramref name="packed"/> (PackedLength bytes): value i takes its entry of
    /// codebooks[i / <paramref name="groupLength"/>], each codebook sorted (one codebook and groupLength = values.Length for a
    /// per-tensor palette).
    /// </summary>
    public static unsafe void AssignPacked(ReadOnlySpan<float> values, IReadOnlyList<float[]> codebooks, long groupLength, int bits, Span<byte> packed)
    {
        var midpoints = codebooks.Select(KMeans1D.Midpoints).ToArray();
        var (groupBytes, perGroup) = OnnxPaletteGraph.PackingGroup(bits);
        var length = values.Length;
        fixed (float* v = values)
        fixed (byte* p = packed)
        {
            var (source, target, packedLength) = ((nint)v, (nint)p, packed.Length);
            Parallel.For(0, (length + Piece - 1) / Piece, () => new byte[Piece], (piece, _, indices) =>
            {
                var from = piece * Piece;
                var count = Math.Min(length - from, Piece);
                var pieceValues = new ReadOnlySpan<float>((float*)source + from, count);
                for (var at = 0; at < count;)
                {
                    // The part of this piece that lies in one palette group.
                    var group = (int)((from + at) / groupLength);
                    var end = (int)Math.Min(count, (group + 1) * groupLength - from);
                    KMeans1D.Assign(pieceValues[at..end], midpoints[group], indices.AsSpan(at, end - at));
                    at = end;
                }
                var offset = (long)from / perGroup * groupBytes;
                var bytes = (int)OnnxPaletteGraph.PackedLength(count, bits);
                OnnxPaletteGraph.Pack(indices.AsSpan(0, count), bits, new Span<byte>((byte*)target + offset, bytes));
                return indices;
            }, _ => { });
        }
    }
}
