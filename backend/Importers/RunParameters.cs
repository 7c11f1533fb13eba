// What a run's params say about its operation. MLflow stores every param as text, DVC as JSON; the spec wants
// typed values (the Model Map colours and filters numbers as numbers) and an operation name.
using System.Globalization;
using System.Text.Json.Nodes;

namespace CompressCompare.Backend.Importers;

public static class RunParameters
{
    /// <summary>Params whose value names the operation, in order of preference (a key's last dotted part counts: "train.method").</summary>
    static readonly string[] OperationKeys = ["operation", "method"];

    /// <summary>The operation a run's params name, else <paramref name="fallback"/>.</summary>
    public static string OperationName(IReadOnlyDictionary<string, JsonNode?> parameters, string fallback)
    {
        foreach (var key in OperationKeys)
            foreach (var (name, value) in parameters)
                if (string.Equals(name.Split('.', '/')[^1], key, StringComparison.OrdinalIgnoreCase)
                    && value is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
                    return text.Trim();
        return fallback;
    }

    /// <summary>A param as MLflow logged it (always text) typed back: "0.5" is 0.5, "true" is true, anything else stays text.</summary>
    public static JsonNode? FromText(string text)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return trimmed.Contains('.') || trimmed.Contains('e', StringComparison.OrdinalIgnoreCase) || Math.Abs(number) > long.MaxValue
                ? JsonValue.Create(number) : JsonValue.Create((long)number);
        if (bool.TryParse(trimmed, out var flag)) return JsonValue.Create(flag);
        return JsonValue.Create(text);
    }
}
