// Reads the top-level "metrics" and "operations" declarations of a spec, keeping every usable entry.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

internal static class DeclarationReader
{
    public static SpecDeclarations Read(JsonObjectNode top, JsonPositionTree tree, SpecDiagnosticSink sink)
    {
        var metricsNode = top.Find(SpecFields.Top.Metrics);
        var operationsNode = top.Find(SpecFields.Top.Operations);
        var metrics = new List<MetricDefinition>();
        var operations = new List<OperationDefinition>();
        var metricNames = ReadEntries(metricsNode, SpecFields.Top.Metrics, SpecFields.Metric.Name, "metric", DiagnosticCodes.DuplicateMetric, sink,
            (entry, name) => metrics.Add(ReadMetric(entry, name, sink)));
        var operationNames = ReadEntries(operationsNode, SpecFields.Top.Operations, SpecFields.Operation.Name, "operation", DiagnosticCodes.DuplicateOperation, sink,
            (entry, name) => operations.Add(new OperationDefinition
            {
                Name = name,
                Parameters = ParameterDeclarationReader.Read(entry, name, tree, sink),
            }));
        return new SpecDeclarations(metrics, operations, metricNames, metricsNode is null, operationNames);
    }

    /// <summary>
    /// Walks one declaration array, handing each named, first-seen entry to <paramref name="accept"/>.
    /// Returns the declared names, or null when the array is absent or not an array.
    /// </summary>
    private static HashSet<string>? ReadEntries(
        JsonNode? arrayNode, string key, string nameField, string kind, string duplicateCode, SpecDiagnosticSink sink,
        Action<JsonObjectNode, string> accept)
    {
        if (arrayNode is null) return null;
        if (arrayNode is not JsonArrayNode array)
        {
            sink.Error(DiagnosticCodes.WrongType, arrayNode.Head,
                $"\"{key}\" must be an array of {kind} declarations like [{{\"name\": \"...\"}}], but is {arrayNode.Description}. " +
                $"Wrap the entries in [ ]; until then no {kind} declarations are read.");
            return null;
        }

        var firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item is not JsonObjectNode entry)
            {
                sink.Error(DiagnosticCodes.WrongType, item.Head,
                    $"Entry {i + 1} of \"{key}\" must be an object like {{\"name\": \"...\"}}, but is {item.Description}. " +
                    $"Replace it with a {kind} declaration or remove it; it is ignored until then.");
                continue;
            }
            var nameNode = entry.Find(nameField);
            if (nameNode is null)
            {
                sink.Error(DiagnosticCodes.MissingField, entry.Head,
                    $"Entry {i + 1} of \"{key}\" has no \"{nameField}\", so models cannot refer to it. " +
                    $"Add \"{nameField}\": \"...\"; the entry is ignored until then.");
                continue;
            }
            if (nameNode is not JsonScalarNode { Text: { } name })
            {
                sink.Error(DiagnosticCodes.WrongType, nameNode.Head,
                    $"\"{nameField}\" of entry {i + 1} of \"{key}\" must be a string, but is {nameNode.Description}. " +
                    $"Write the {kind} name in quotes; the entry is ignored until then.");
                continue;
            }
            if (firstByName.TryGetValue(name, out var firstOffset))
            {
                var firstLine = sink.Lines.PositionOf(firstOffset).Line;
                sink.Warning(duplicateCode, nameNode.Head,
                    $"The {kind} \"{name}\" is declared twice; the declaration on line {firstLine} is used and this one is ignored. " +
                    $"Remove or rename one of them.");
                continue;
            }
            firstByName.Add(name, nameNode.Start);
            accept(entry, name);
        }
        return [.. firstByName.Keys];
    }

    private static MetricDefinition ReadMetric(JsonObjectNode entry, string name, SpecDiagnosticSink sink)
    {
        var owner = $"metric \"{name}\"";
        return new MetricDefinition
        {
            Name = name,
            Min = FieldReader.OptionalNumber(entry, SpecFields.Metric.Min, owner, sink),
            Max = FieldReader.OptionalNumber(entry, SpecFields.Metric.Max, owner, sink),
            Primary = FieldReader.OptionalBool(entry, SpecFields.Metric.Primary, owner, sink) ?? false,
            Format = FieldReader.OptionalString(entry, SpecFields.Metric.Format, owner, sink),
            Unit = FieldReader.OptionalString(entry, SpecFields.Metric.Unit, owner, sink),
        };
    }
}
