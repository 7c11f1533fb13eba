// Spec summaries for the explainer's tests, built in memory: the demo tree from DemoPlan (no training needed,
// provenance is all the explainer reads) and small hand-made trees.
using CompressCompare.Backend.Demo;
using CompressCompare.Protocol.ModelMap;
using System.Text.Json;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.ModelMap.SelectionDetails;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.ModelMap.SelectionDetails;

internal static class ExplainerSpecs
{
    /// <summary>The demo tree. <paramref name="recorded"/> uses what the built demo writes (every parameter the operation recorded, defaults included).</summary>
    public static ParsedSpec DemoTree(bool recorded = false) => Summary(
        [Root(DemoPlan.Cnn), Root(DemoPlan.Mlp),
         .. DemoPlan.Models(seed: 7).Select(p => Model(p.Id, p.Base,
             recorded ? CompressionOperationFactory.Create(p.Operation).ToApplication() : p.Operation))]);

    public static ParsedSpec Summary(IReadOnlyList<ModelSummary> models) =>
        new("/tmp/explainer/models.json", models, [], [], [.. models.Where(m => m.Base is null).Select(m => m.Id)], [], null);

    public static ModelSummary Root(string id) => Model(id, null, null);

    public static ModelSummary Model(string id, string? parent, OperationApplication? operation) => new()
    {
        Id = id,
        Base = parent,
        Operation = operation,
        Metrics = new Dictionary<string, double?>(),
        Line = 1,
        Column = 1,
    };

    /// <summary>An operation with parameters given as JSON, e.g. <c>Op("Prune", """{"amount": 0.5}""")</c>.</summary>
    public static OperationApplication Op(string name, string parameters = "{}") => new()
    {
        Name = name,
        Parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(parameters)!,
    };

    public static SelectionExplanation Explain(ParsedSpec summary, params string[] ids) => SelectionExplainer.Explain(summary, ids);

    /// <summary>Each model's level of <paramref name="variable"/>, in the explanation's model order.</summary>
    public static string[] LevelsOf(ComparisonVariable variable) => [.. variable.Values.Select(v => variable.Levels[v])];
}
