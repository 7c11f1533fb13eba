// Reads optional typed fields of a spec object, reporting a wrong type once and falling back to the default.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// Optional-field reads shared by the declaration and model readers. An absent field and an explicit null
/// both mean "use the default" (upstream specs write null for open ends such as "max").
/// </summary>
internal static class FieldReader
{
    public static double? OptionalNumber(
        JsonObjectNode obj, string field, SpecOwner owner, SpecDiagnosticSink sink, string? modelId = null)
    {
        var node = obj.Find(field);
        if (node is null || node.IsNull) return null;
        if (node is JsonScalarNode { Number: { } number }) return number;
        ReportWrongType(node, field, owner, "a number or null", sink, modelId);
        return null;
    }

    public static string? OptionalString(
        JsonObjectNode obj, string field, SpecOwner owner, SpecDiagnosticSink sink, string? modelId = null)
    {
        var node = obj.Find(field);
        if (node is null || node.IsNull) return null;
        if (node is JsonScalarNode { Text: { } text }) return text;
        ReportWrongType(node, field, owner, "a string", sink, modelId);
        return null;
    }

    public static bool? OptionalBool(
        JsonObjectNode obj, string field, SpecOwner owner, SpecDiagnosticSink sink, string? modelId = null)
    {
        var node = obj.Find(field);
        if (node is null || node.IsNull) return null;
        if (node.Kind == System.Text.Json.JsonValueKind.True) return true;
        if (node.Kind == System.Text.Json.JsonValueKind.False) return false;
        ReportWrongType(node, field, owner, "true or false", sink, modelId);
        return null;
    }

    /// <summary>Reports a field holding the wrong kind of value; <paramref name="owner"/> names what it belongs to, e.g. <c>metric "F1"</c>.</summary>
    public static void ReportWrongType(
        JsonNode node, string field, SpecOwner owner, string expected, SpecDiagnosticSink sink, string? modelId = null)
    {
        var found = node is JsonScalarNode { Kind: System.Text.Json.JsonValueKind.Number, Number: null }
            ? "a number too large to store"
            : node.Description;
        sink.Error(
            DiagnosticCodes.WrongType,
            node.Head,
            $"\"{field}\" of {owner} must be {expected}, but is {found}. Change it to {expected}, or remove the field to use the default.",
            modelId);
    }
}
