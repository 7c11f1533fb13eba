// The two 8-bit float formats safetensors names F8_E4M3 and F8_E5M2 (torch.float8_e4m3fn, torch.float8_e5m2), decoded
// through a 256-entry table each: one lookup per value, and the tables are built from the formats' definitions
// (OCP 8-bit Floating Point Specification, 2023) so every byte has exactly one meaning.
namespace CompressCompare.Backend.Layers.Sources;

public static class Float8
{
    /// <summary>
    /// E4M3FN: 1 sign, 4 exponent bits (bias 7), 3 mantissa bits. It has no infinities: the largest exponent holds
    /// normal numbers up to ±448, and only S.1111.111 (0x7F, 0xFF) is NaN.
    /// </summary>
    public static readonly float[] E4M3 = Table(exponentBits: 4, mantissaBits: 3, ieeeTop: false);

    /// <summary>E5M2: 1 sign, 5 exponent bits (bias 15), 2 mantissa bits; IEEE-like: the top exponent is ±Inf (mantissa 0) or NaN.</summary>
    public static readonly float[] E5M2 = Table(exponentBits: 5, mantissaBits: 2, ieeeTop: true);

    public static void Convert(float[] table, ReadOnlySpan<byte> bytes, Span<float> destination)
    {
        for (var i = 0; i < destination.Length; i++) destination[i] = table[bytes[i]];
    }

    static float[] Table(int exponentBits, int mantissaBits, bool ieeeTop)
    {
        var table = new float[256];
        var (bias, topExponent, topMantissa) = ((1 << (exponentBits - 1)) - 1, (1 << exponentBits) - 1, (1 << mantissaBits) - 1);
        for (var b = 0; b < 256; b++)
        {
            var sign = (b & 0x80) != 0 ? -1.0 : 1.0;
            var exponent = (b >> mantissaBits) & topExponent;
            var mantissa = b & topMantissa;
            double magnitude = exponent == topExponent && ieeeTop ? (mantissa == 0 ? double.PositiveInfinity : double.NaN)
                : exponent == topExponent && mantissa == topMantissa ? double.NaN
                // Subnormals: no implicit leading 1, and the smallest normal exponent.
                : exponent == 0 ? Math.ScaleB(mantissa, 1 - bias - mantissaBits)
                : Math.ScaleB((1 << mantissaBits) + mantissa, exponent - bias - mantissaBits);
            table[b] = (float)(sign * magnitude);
        }
        return table;
    }
}
