// The top-level "metrics" and "operations" declarations: normalization, defaults and their diagnostics.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;
using CompressCompare.Protocol;

namespace Backend.Tests.Spec;

public sealed class SpecParserDeclarationTests
{
    [Fact]
    public void Metrics_AreReadWithAllTheirFields()
    {
        var summary = Parse("""
            {"models": [],
             "metrics": [
              {"name": "Top-1 Accuracy", "min": 0.0, "max": 1.0, "primary": true, "format": ".2~%"},
              {"name": "Latency", "min": 0, "max": null, "unit": "ms"}
            ]}
            """);

        NoDiagnostics(summary);
        Assert.Equal(
            [
                new MetricDefinition { Name = "Top-1 Accuracy", Min = 0, Max = 1, Primary = true, Format = ".2~%" },
                new MetricDefinition { Name = "Latency", Min = 0, Max = null, Unit = "ms" },
            ],
            summary.Metrics);
    }

    [Fact]
    public void MetricFieldsOfTheWrongType_AreReported_AndFallBackToDefaults()
    {
        var summary = Parse("""
            {"models": [],
             "metrics": [
              {"name": "acc", "primary": "yes", "min": "a", "max": 1, "format": 2}
            ]}
            """);

        var errors = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.WrongType).ToList();
        Assert.Equal(3, errors.Count);
        At(errors[0], DiagnosticSeverity.Error, 3, 30, 3, 35);
        At(errors[1], DiagnosticSeverity.Error, 3, 44, 3, 47);
        At(errors[2], DiagnosticSeverity.Error, 3, 69, 3, 70);
        Assert.Contains("\"primary\" of metric \"acc\"", errors[0].Message);
        Assert.Equal(new MetricDefinition { Name = "acc", Max = 1 }, Assert.Single(summary.Metrics));
    }

    [Fact]
    public void MetricsOrOperationsNotArrays_AreWrongType()
    {
        var summary = Parse("""{"metrics": 5, "operations": "x", "models": []}""");

        var errors = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.WrongType).ToList();
        Assert.Equal(2, errors.Count);
        At(errors[0], DiagnosticSeverity.Error, 1, 13, 1, 14);
        At(errors[1], DiagnosticSeverity.Error, 1, 30, 1, 33);
    }

    [Fact]
    public void DeclarationWithoutName_IsMissingField_AndSkipped()
    {
        var summary = Parse("""
            {"models": [],
             "metrics": [{"min": 0}, {"name": "acc"}],
             "operations": [{"parameters": []}, {"name": 4}]}
            """);

        var missing = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingField).ToList();
        Assert.Equal([(2, 14), (3, 17)], missing.Select(d => (d.Line, d.Column)));
        At(Single(summary, DiagnosticCodes.WrongType), DiagnosticSeverity.Error, 3, 46, 3, 47);
        Assert.Equal(["acc"], summary.Metrics.Select(m => m.Name));
        Assert.Empty(summary.Operations);
    }

    [Fact]
    public void DuplicateMetric_WarnsOnTheSecond_AndKeepsTheFirst()
    {
        var summary = Parse("""
            {"models": [],
             "metrics": [
              {"name": "acc", "max": 1},
              {"name": "acc", "max": 100}
            ]}
            """);

        var warning = Single(summary, DiagnosticCodes.DuplicateMetric);
        At(warning, DiagnosticSeverity.Warning, 4, 12, 4, 17);
        Assert.Contains("line 3", warning.Message);
        Assert.Equal(1, Assert.Single(summary.Metrics).Max);
    }

    [Fact]
    public void DuplicateOperation_WarnsOnTheSecond_AndKeepsTheFirst()
    {
        var summary = Parse("""
            {"models": [],
             "operations": [
              {"name": "Prune", "parameters": ["sparsity"]},
              {"name": "Prune", "parameters": ["amount"]}
            ]}
            """);

        At(Single(summary, DiagnosticCodes.DuplicateOperation), DiagnosticSeverity.Warning, 4, 12, 4, 19);
        Assert.Equal("sparsity", Assert.Single(Assert.Single(summary.Operations).Parameters).Name);
    }

    [Fact]
    public void ParameterNamesOnly_AreUnspecified()
    {
        var summary = Parse("""
            {"models": [],
             "operations": [{"name": "iterative magnitude prune", "parameters": ["epochs", "sparsity", "frequency"]}]}
            """);

        NoDiagnostics(summary);
        var parameters = Assert.Single(summary.Operations).Parameters;
        Assert.Equal(["epochs", "sparsity", "frequency"], parameters.Select(p => p.Name));
        Assert.All(parameters, p => Assert.Equal(ParameterType.Unspecified, p.Type));
    }

    [Fact]
    public void DescribedParameters_KeepTypeRangeAndOptions()
    {
        var summary = Parse("""
            {"models": [],
             "operations": [{"name": "Selective Pruning", "parameters": {
               "sparsity": {"type": "continuous", "min": 0, "max": 1},
               "layers": {"type": "ordinal", "options": ["attention", "feedforward"]},
               "scope": {"type": "nominal", "options": [1, "all"]},
               "seed": {"type": "integer"},
               "note": {}
             }}]}
            """);

        NoDiagnostics(summary);
        var parameters = Assert.Single(summary.Operations).Parameters;
        Assert.Equal(
            [("sparsity", "continuous"), ("layers", "ordinal"), ("scope", "nominal"), ("seed", "unspecified"), ("note", "unspecified")],
            parameters.Select(p => (p.Name, WireEnum.Name(p.Type))));
        Assert.Equal((0.0, 1.0), (parameters[0].Min, parameters[0].Max));
        Assert.Equal(["attention", "feedforward"], parameters[1].Options!.Select(o => o.GetString()));
        Assert.Equal(1, parameters[2].Options![0].GetInt32());
        Assert.Null(parameters[0].Options);
    }

    [Fact]
    public void ParameterDeclarationsOfTheWrongType_AreReported_AndDefaulted()
    {
        var summary = Parse("""
            {"models": [],
             "operations": [
              {"name": "A", "parameters": "sparsity"},
              {"name": "B", "parameters": ["bits", 8]},
              {"name": "C", "parameters": {"bits": "ordinal", "amount": {"type": 1, "min": "low", "options": 3}}}
            ]}
            """);

        var errors = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.WrongType).ToList();
        Assert.Equal([(3, 31), (4, 40), (5, 40), (5, 70), (5, 80), (5, 98)], errors.Select(e => (e.Line, e.Column)));
        Assert.Empty(summary.Operations[0].Parameters);
        Assert.Equal(["bits"], summary.Operations[1].Parameters.Select(p => p.Name));
        Assert.Equal(
            [("bits", "unspecified"), ("amount", "unspecified")],
            summary.Operations[2].Parameters.Select(p => (p.Name, WireEnum.Name(p.Type))));
    }
}
