// How a parameter value reads as a level: compact and equal for equal values ("0.5" whether the spec wrote
// 0.5 or 0.50), so one value never becomes two levels.
using System.Globalization;
using System.Text.Json;

namespace CompressCompare.Backend.Overview.Comparability;

internal static class ParameterText
{
    /// <summary>The level of a model that lacks the parameter or the step: absent counts as a value of its own.</summary>
    public const string None = "none";

    public static string Of(JsonElement value) => value.ValueKind switch
    {
        // Shortest round-trip text of the double: the JSON's own number, without float noise.
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

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
