// Unpacks integer codes stored several to a byte: ONNX's int4/uint4 tensors (two a byte, the first element in the
// low nibble) and the 2-, 4- or 8-bit blobs of com.microsoft MatMulNBits (lowest bits first, too).
namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxPackedBits
{
    /// <summary>Element i of <paramref name="packed"/> as float; int4 is sign-extended (two's complement in a nibble).</summary>
    public static void Unpack4Bit(ReadOnlySpan<byte> packed, bool signed, Span<float> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var nibble = (packed[i >> 1] >> ((i & 1) << 2)) & 0xF;
            destination[i] = signed && nibble >= 8 ? nibble - 16 : nibble;
        }
    }

    /// <summary>The <paramref name="index"/>-th <paramref name="bits"/>-bit field of a byte run (bits divides 8), unsigned.</summary>
    public static int Field(ReadOnlySpan<byte> packed, long index, int bits)
    {
        var bit = index * bits;
        return (packed[(int)(bit >> 3)] >> (int)(bit & 7)) & ((1 << bits) - 1);
    }
}
