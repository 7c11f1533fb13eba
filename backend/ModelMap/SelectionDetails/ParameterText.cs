// How a parameter value reads as a level: compact and equal for equal values ("0.5" whether the spec wrote
// 0.5 or 0.50), so one value never becomes two levels.
using System.Globalization;
using System.Text.Json;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class ParameterText
{
    /// <summary>The level of a model that lacks the parameter or the step: absent counts as a value of its own.</summary>
    public const string None = "none";

    public static string Of(JsonElement value) => value.ValueKind switch
    {
        // Integers as written, even past 2^53 (seeds); other numbers as the shortest text that round-trips the double.
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number) =>
            number.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            string.Join(", ", value.EnumerateArray().Select(e => e.GetString())),
        _ => JsonSerializer.Serialize(value),
    };

    public static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number);

    /// <summary>Orders number texts by value, exactly for integers past 2^53 where doubles would tie.</summary>
    public static int CompareNumbers(string a, string b) =>
        long.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) && long.TryParse(b, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : Number(a).CompareTo(Number(b));

    static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
