// Most numbers in a spec are short decimals (metrics such as 0.9214 or 1089896, amounts such as 0.6): this reads those
// without the general parser. At 100,000 models Utf8JsonReader.TryGetDouble was a twentieth of the parse.
namespace CompressCompare.Backend.Spec;

internal static class JsonDecimal
{
    // 10^0 .. 10^15, all exact doubles.
    static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// The value of a JSON number token (already checked by the reader) with at most 15 digits and no exponent; false
    /// for any other, which the general parser reads. Exactly the double the general parser gives: the digits and
    /// the power of ten are both exact doubles, so the one division is the correctly rounded result (Clinger's fast path).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> token, out double value)
    {
        value = 0;
        var at = token.Length > 0 && token[0] == '-' ? 1 : 0;
        ulong digits = 0;
        int count = 0, decimals = 0;
        var seenPoint = false;
        for (; at < token.Length; at++)
        {
            var c = token[at];
            if (c == '.')
            {
                seenPoint = true;
                continue;
            }
            var digit = (uint)(c - '0');
            // An exponent, or more digits than a double holds exactly: the general parser's case.
            if (digit > 9 || ++count > 15) return false;
            digits = digits * 10 + digit;
            if (seenPoint) decimals++;
        }
        value = decimals == 0 ? digits : digits / PowersOfTen[decimals];
        // "-0" is negative zero, as the general parser reads it.
        if (token.Length > 0 && token[0] == '-') value = -value;
        return count > 0;
    }
}
