// Specs shaped like the original Compress and Compare tool's models.json files must open unchanged.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserUpstreamFormatTests
{
    // Written for this test in the upstream shape: operations first, described parameters, a root with
    // "base": null and "operation": null, null metric values, and an operation ("Retrain") that is used
    // but never declared.
    private const string UpstreamShapedSpec = """
        {
          "operations": [
            {
              "name": "Pruning",
              "parameters": {
                "sparsity": { "type": "continuous", "min": 0, "max": 1 }
              }
            },
            {
              "name": "Restore",
              "parameters": {
                "layers": { "type": "ordinal", "options": ["layernorms", "query", "decoder"] }
              }
            }
          ],
          "metrics": [
            { "name": "F1", "min": 0.0, "max": 100.0, "primary": true, "format": ".2", "unit": "%" },
            { "name": "Latency", "min": 0.0, "max": null, "primary": true, "unit": "ms" },
            { "name": "Model Size", "min": 0.0, "max": null, "primary": true, "format": ".2~s" },
            { "name": "Sparsity", "min": 0.0, "max": 1.0, "primary": true, "format": ".2%" }
          ],
          "models": [
            {
              "id": "base",
              "base": null,
              "operation": null,
              "metrics": { "F1": 90.5, "Latency": 4859.0, "Model Size": 1384839463, "Sparsity": 0.0 }
            },
            {
              "id": "pruning0.1_restorelayernorms",
              "base": "pruning0.1",
              "operation": { "name": "Restore", "parameters": { "layers": "layernorms" } },
              "metrics": { "F1": 90.3, "Latency": 5377.5, "Model Size": 1309508346, "Sparsity": 0.0917 }
            },
            {
              "id": "pruning0.1",
              "base": "base",
              "operation": { "name": "Pruning", "parameters": { "sparsity": 0.1 } },
              "metrics": { "F1": 4.03, "Latency": 5136.8, "Model Size": 1309496435, "Sparsity": 0.0917 }
            },
            {
              "metrics": { "F1": 89.2, "Latency": 5335.4, "Model Size": 1309873042, "Sparsity": null },
              "operation": { "parameters": { "layers": "layernorms" }, "name": "Retrain" },
              "base": "pruning0.1",
              "id": "pruning0.1_retrain"
            },
            {
              "id": "pruning0.1_restorelayernorms_retrain",
              "base": "pruning0.1_restorelayernorms",
              "operation": { "name": "Retrain", "parameters": { "layers": "layernorms" } },
              "metrics": { "F1": 90.3, "Latency": 5118.4, "Model Size": 1309508346, "Sparsity": null }
            }
          ]
        }
        """;

    [Fact]
    public void UpstreamShapedSpec_ParsesWithoutErrors_WarningOnlyAboutTheUndeclaredOperation()
    {
        var summary = Parse(UpstreamShapedSpec);

        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var warning = Assert.Single(summary.Diagnostics);
        Assert.Equal(DiagnosticCodes.UndeclaredOperation, warning.Code);
        Assert.Equal("pruning0.1_retrain", warning.ModelId);
        Assert.Contains("\"Retrain\"", warning.Message);
        Assert.Equal((43, 72), (warning.Line, warning.Column));
    }

    [Fact]
    public void UpstreamShapedSpec_KeepsModelsRootsDeclarationsAndNullMetrics()
    {
        var summary = Parse(UpstreamShapedSpec);

        Assert.Equal(
            ["base", "pruning0.1_restorelayernorms", "pruning0.1", "pruning0.1_retrain", "pruning0.1_restorelayernorms_retrain"],
            summary.Models.Select(m => m.Id));
        Assert.Equal(["base"], summary.Roots);
        var root = summary.Models[0];
        Assert.Equal((null, null, null), (root.Base, root.Operation, root.Tag));

        var retrained = summary.Models[3];
        Assert.Equal("pruning0.1", retrained.Base);
        Assert.Equal("layernorms", retrained.Operation!.Parameters["layers"].GetString());
        Assert.True(retrained.Metrics.ContainsKey("Sparsity"));
        Assert.Null(retrained.Metrics["Sparsity"]);
        Assert.Equal(89.2, retrained.Metrics["F1"]);
        Assert.Equal(1309496435, summary.Models[2].Metrics["Model Size"]);

        Assert.Equal(["F1", "Latency", "Model Size", "Sparsity"], summary.Metrics.Select(m => m.Name));
        Assert.Equal(["Pruning", "Restore"], summary.Operations.Select(o => o.Name));
        Assert.Equal(ParameterType.Ordinal, summary.Operations[1].Parameters.Single().Type);
    }

    [Fact]
    public void SpecWithoutOperations_AndRootsThatHaveAnOperation_ParsesCleanly()
    {
        // Upstream "train" roots: no base, yet an operation describing how they were made; a tag of "".
        var summary = Parse("""
            {
              "metrics": [{"name": "Top-1 Accuracy", "min": 0.0, "max": 1.0, "primary": true, "format": ".2%"}],
              "models": [
                {"id": "pruned", "base": "trained", "operation": {"name": "magnitude prune", "parameters": {"amount": 0.5}},
                 "tag": "Prune (amount: 0.5)", "metrics": {"Top-1 Accuracy": 0.72}},
                {"id": "trained", "base": null, "operation": {"name": "train", "parameters": {"epochs": 90}},
                 "tag": "", "metrics": {"Top-1 Accuracy": 0.80}}
              ]
            }
            """);

        NoDiagnostics(summary);
        Assert.Equal(["trained"], summary.Roots);
        Assert.Equal("train", summary.Models[1].Operation!.Name);
        Assert.Equal("", summary.Models[1].Tag);
        Assert.Empty(summary.Operations);
    }

    [Fact]
    public void UnknownFieldsAnywhere_AreIgnored()
    {
        var summary = Parse("""
            {
              "version": 2,
              "dataset": {"name": "digits", "path": "data/digits.csv"},
              "metrics": [{"name": "acc", "description": "top-1", "higherIsBetter": true}],
              "operations": [{"name": "Prune", "doc": "magnitude", "parameters": {"s": {"type": "continuous", "step": 0.1}}}],
              "models": [
                {"id": "a", "artifact": "models/a.onnx", "dataset": "test", "metrics": {"acc": 0.9}},
                {"id": "b", "base": "a", "operation": {"name": "Prune", "parameters": {"s": 0.5}, "seed": 1},
                 "checkpoint": {"format": "onnx", "path": "models/b.onnx"}}
              ]
            }
            """);

        NoDiagnostics(summary);
        Assert.Equal(["a", "b"], summary.Models.Select(m => m.Id));
        Assert.Equal(0.5, summary.Models[1].Operation!.Parameters["s"].GetDouble());
    }
}
