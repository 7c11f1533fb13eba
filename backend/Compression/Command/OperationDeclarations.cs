// The declaration an operation's parameters are checked against before anything is written: the spec's own
// "operations" entry where it declares the operation (a user may narrow "amount" to [0.3, 0.9]), else the backend's
// catalog. A value outside its declared range or options is refused with the parameter's name, for every value of a
// sweep at once, so a sweep never writes three children and then fails on the fourth.
using System.Globalization;
using System.Text.Json;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression.Command;

internal static class OperationDeclarations
{
    /// <summary>The spec's declaration of <paramref name="operation"/>, else the catalog's; null for an operation neither knows.</summary>
    public static OperationDefinition? Of(ParsedSpec spec, string operation) =>
        spec.Operations.FirstOrDefault(o => string.Equals(o.Name, operation, StringComparison.OrdinalIgnoreCase))
        ?? OperationCatalog.All.FirstOrDefault(o => string.Equals(o.Name, operation, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws CompressionParameterException naming the first parameter whose value lies outside its declaration.</summary>
    public static void RequireInRange(OperationDefinition declaration, IReadOnlyDictionary<string, JsonElement> parameters)
    {
        foreach (var (key, value) in parameters)
        {
            var parameter = declaration.Parameters.FirstOrDefault(p => p.Name == key);
            if (parameter is null) continue; // the operation itself refuses keys it does not take, listing the ones it does
            if (parameter.Options is { Count: > 0 } options && !options.Any(o => SameValue(o, value)))
                throw new CompressionParameterException(declaration.Name, key,
                    $"{value.GetRawText()} is not one of the declared options {string.Join(", ", options.Select(o => o.GetRawText()))}.");
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
                && ((parameter.Min is { } min && number < min) || (parameter.Max is { } max && number > max)))
                throw new CompressionParameterException(declaration.Name, key,
                    $"{value.GetRawText()} is outside the declared range {Range(parameter)}.");
        }
    }

    static string Range(ParameterDefinition parameter) => string.Create(CultureInfo.InvariantCulture,
        $"[{(parameter.Min is { } min ? min.ToString(CultureInfo.InvariantCulture) : "−∞")}, {(parameter.Max is { } max ? max.ToString(CultureInfo.InvariantCulture) : "∞")}]");

    static bool SameValue(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number
            ? a.GetDouble() == b.GetDouble()
            : a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText();
}
