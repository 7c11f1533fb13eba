// Writes a brand-new spec (the demo's models.json) in the format SpecParser reads, atomically.
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

public static class NewSpecDocument
{
    static readonly JsonSerializerOptions Options = new(WireJson.CreateOptions())
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A model entry as a spec holds it (the same shape SpecWriter appends).</summary>
    /// <param name="artifact">Null for a model with no file (synthetic benchmark specs): the key is then left out.</param>
    public static JsonObject ModelEntry(string id, string? parent, string tag, OperationApplication? operation, string? artifact,
        IReadOnlyDictionary<string, double?> metrics)
    {
        var entry = new JsonObject { [SpecFields.Model.Id] = id, [SpecFields.Model.Base] = parent };
        entry[SpecFields.Model.Operation] = operation is null ? null : JsonSerializer.SerializeToNode(operation, Options);
        entry[SpecFields.Model.Tag] = tag;
        if (artifact is not null) entry[SpecFields.Model.Artifact] = artifact;
        entry[SpecFields.Model.Metrics] = JsonSerializer.SerializeToNode(metrics, Options);
        return entry;
    }

    public static void Write(string path, IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<OperationDefinition> operations,
        DatasetSummary dataset, IReadOnlyList<JsonObject> models)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, Serialize(metrics, operations, dataset, models));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The spec's text; <paramref name="dataset"/> null leaves the "dataset" key out.</summary>
    public static string Serialize(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<OperationDefinition> operations,
        DatasetSummary? dataset, IReadOnlyList<JsonObject> models)
    {
        var document = new JsonObject
        {
            [SpecFields.Top.Metrics] = JsonSerializer.SerializeToNode(metrics, Options),
            [SpecFields.Top.Operations] = new JsonArray([.. operations.Select(DeclarationOf)]),
        };
        if (dataset is not null) document[SpecFields.Top.Dataset] = JsonSerializer.SerializeToNode(dataset, Options);
        document[SpecFields.Top.Models] = new JsonArray([.. models.Select(m => m.DeepClone())]);
        return document.ToJsonString(Options) + "\n";
    }

    /// <summary>Operations in the upstream shape: parameters as an object of descriptions.</summary>
    public static JsonObject DeclarationOf(OperationDefinition operation)
    {
        var parameters = new JsonObject();
        foreach (var p in operation.Parameters)
        {
            var description = new JsonObject { [SpecFields.ParameterDescription.Type] = WireEnum.Name(p.Type) };
            if (p.Min is not null) description[SpecFields.ParameterDescription.Min] = p.Min;
            if (p.Max is not null) description[SpecFields.ParameterDescription.Max] = p.Max;
            if (p.Options is not null) description[SpecFields.ParameterDescription.Options] = JsonSerializer.SerializeToNode(p.Options, Options);
            parameters[p.Name] = description;
        }
        return new JsonObject { [SpecFields.Operation.Name] = operation.Name, [SpecFields.Operation.Parameters] = parameters };
    }
}
