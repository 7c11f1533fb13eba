// Normalizes a declared operation's "parameters": a list of names, or an object describing each parameter.
using System.Text.Json;
using CompressCompare.Protocol.Spec;
using CompressCompare.Protocol;

namespace CompressCompare.Backend.Spec;

internal static class ParameterDeclarationReader
{
    /// <summary>The parameters of one declared operation, in file order; unusable entries are reported and skipped or defaulted.</summary>
    public static IReadOnlyList<ParameterDefinition> Read(
        JsonObjectNode operation, string operationName, JsonPositionTree tree, SpecDiagnosticSink sink)
    {
        var owner = $"operation \"{operationName}\"";
        var node = operation.Find(SpecFields.Operation.Parameters);
        switch (node)
        {
            case null or { IsNull: true }:
                return [];
            case JsonArrayNode names:
                return ReadNames(names, owner, sink);
            case JsonObjectNode described:
                return [.. described.Properties.Select(p => ReadDescription(p, owner, tree, sink))];
            default:
                sink.Error(DiagnosticCodes.WrongType, node.Head,
                    $"\"{SpecFields.Operation.Parameters}\" of {owner} must be a list of parameter names like [\"sparsity\"] " +
                    $"or an object like {{\"sparsity\": {{\"type\": \"continuous\", \"min\": 0, \"max\": 1}}}}, but is {node.Description}. " +
                    "Rewrite it in one of those forms; the operation is read without parameters until then.");
                return [];
        }
    }

    // The short form, as in upstream specs: names only, so nothing is known about their values.
    private static List<ParameterDefinition> ReadNames(JsonArrayNode names, string owner, SpecDiagnosticSink sink)
    {
        var parameters = new List<ParameterDefinition>(names.Items.Count);
        foreach (var item in names.Items)
        {
            if (item is JsonScalarNode { Text: { } name })
            {
                parameters.Add(new ParameterDefinition { Name = name, Type = ParameterType.Unspecified });
                continue;
            }
            sink.Error(DiagnosticCodes.WrongType, item.Head,
                $"Each entry of \"{SpecFields.Operation.Parameters}\" of {owner} must be a parameter name in quotes, but this one is {item.Description}. " +
                "Write the name as a string; this entry is ignored until then.");
        }
        return parameters;
    }

    private static ParameterDefinition ReadDescription(
        JsonPropertyNode property, string owner, JsonPositionTree tree, SpecDiagnosticSink sink)
    {
        var name = property.Name;
        if (property.Value is not JsonObjectNode description)
        {
            if (!property.Value.IsNull)
                sink.Error(DiagnosticCodes.WrongType, property.Value.Head,
                    $"Parameter \"{name}\" of {owner} must be described by an object like {{\"type\": \"continuous\", \"min\": 0, \"max\": 1}}, " +
                    $"but is {property.Value.Description}. Rewrite the description; the parameter is read as \"unspecified\" until then.");
            return new ParameterDefinition { Name = name, Type = ParameterType.Unspecified };
        }

        var parameterOwner = $"parameter \"{name}\" of {owner}";
        return new ParameterDefinition
        {
            Name = name,
            Type = TypeOf(FieldReader.OptionalString(description, SpecFields.ParameterDescription.Type, parameterOwner, sink)),
            Min = FieldReader.OptionalNumber(description, SpecFields.ParameterDescription.Min, parameterOwner, sink),
            Max = FieldReader.OptionalNumber(description, SpecFields.ParameterDescription.Max, parameterOwner, sink),
            Options = ReadOptions(description, parameterOwner, tree, sink),
        };
    }

    // Only the types the views know how to scale; other words (a later version's, a typo) fall back
    // to "unspecified" so the spec still opens.
    // The spec's words are the wire's; any other word reads as "unspecified", as it always has.
    private static ParameterType TypeOf(string? type) => WireEnum.TryParse<ParameterType>(type, out var known) ? known : ParameterType.Unspecified;

    private static List<JsonElement>? ReadOptions(
        JsonObjectNode description, string owner, JsonPositionTree tree, SpecDiagnosticSink sink)
    {
        var node = description.Find(SpecFields.ParameterDescription.Options);
        if (node is null || node.IsNull) return null;
        if (node is JsonArrayNode options) return [.. options.Items.Select(tree.ElementOf)];
        FieldReader.ReportWrongType(node, SpecFields.ParameterDescription.Options, owner, "an array of the allowed values", sink);
        return null;
    }
}
