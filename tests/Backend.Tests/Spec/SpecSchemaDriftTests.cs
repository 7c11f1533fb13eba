// Keeps protocol/spec.schema.json (editor completion and validation) in step with what SpecParser reads.
using System.Text.Json;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class SpecSchemaDriftTests
{
    private const string SchemaPath = "protocol/spec.schema.json";

    // Object kind → (where its properties sit in the schema, the fields the parser reads).
    public static TheoryData<string, string, string[]> Kinds => new()
    {
        { "Top", "", [.. SpecFields.Top.All] },
        { "Metric", "metric", [.. SpecFields.Metric.All] },
        { "Operation", "operation", [.. SpecFields.Operation.All] },
        { "ParameterDescription", "parameterDescription", [.. SpecFields.ParameterDescription.All] },
        { "Model", "model", [.. SpecFields.Model.All] },
        { "ModelOperation", "modelOperation", [.. SpecFields.ModelOperation.All] },
        { "Dataset", "dataset", [.. SpecFields.Dataset.All] },
        { "Instance", "instance", [.. SpecFields.Instance.All] },
        { "Text", "textDataset", [.. SpecFields.Text.All] },
        { "Images", "images", [.. SpecFields.Images.All] },
        { "Preprocess", "preprocess", [.. SpecFields.Preprocess.All] },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void SchemaProperties_EqualTheFieldsTheParserReads(string kind, string definition, string[] parserFields)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(FindSchema()));
        var node = definition == "" ? schema.RootElement : schema.RootElement.GetProperty("definitions").GetProperty(definition);
        var schemaFields = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();

        Assert.True(
            schemaFields.SequenceEqual(parserFields.Order()),
            $"{SchemaPath} ({(definition == "" ? "top level" : $"definitions.{definition}")}) lists [{string.Join(", ", schemaFields)}] " +
            $"but SpecFields.{kind} (what SpecParser reads) lists [{string.Join(", ", parserFields.Order())}]. " +
            $"Update {SchemaPath} and backend/Spec/SpecFields.cs together so editor completion offers exactly what the parser understands.");
    }

    [Fact]
    public void Schema_AllowsUnknownFieldsOnEveryObjectKind()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(FindSchema()));
        var objects = new[] { schema.RootElement }
            .Concat(schema.RootElement.GetProperty("definitions").EnumerateObject().Select(d => d.Value));

        // Later spec versions add fields (artifact, dataset); the editor must not flag them.
        Assert.All(objects, o => Assert.NotEqual(JsonValueKind.False,
            o.TryGetProperty("additionalProperties", out var additional) ? additional.ValueKind : JsonValueKind.True));
    }

    // RepoPaths walks up from the test's bin folder to the repository root.
    private static string FindSchema() => RepoPaths.Of(SchemaPath);
}
