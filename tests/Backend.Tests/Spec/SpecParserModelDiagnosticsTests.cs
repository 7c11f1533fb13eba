// One test per problem a model entry can have: each reports code, severity and position, and never
// costs the other models.
using System.Text.Json;
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserModelDiagnosticsTests
{
    [Fact]
    public void TopLevelArray_IsWrongType_WithEmptyLists()
    {
        var summary = Parse("[1, 2]");

        At(Single(summary, DiagnosticCodes.WrongType), DiagnosticSeverity.Error, 1, 1, 1, 2);
        Assert.Empty(summary.Models);
    }

    [Fact]
    public void ModelsNotAnArray_IsWrongType_AtItsOpeningBrace()
    {
        var summary = Parse("""{"models": {"a": {"id": "a"}}}""");

        At(Single(summary, DiagnosticCodes.WrongType), DiagnosticSeverity.Error, 1, 12, 1, 13);
        Assert.Empty(summary.Models);
    }

    [Fact]
    public void MissingModelsKey_IsMissingField_AtTheTopLevelBrace()
    {
        var summary = Parse("""
            {
              "metrics": []
            }
            """);

        At(Single(summary, DiagnosticCodes.MissingField), DiagnosticSeverity.Error, 1, 1, 1, 2);
    }

    [Fact]
    public void ModelNotAnObject_IsWrongType_AndTheOtherModelsAreKept()
    {
        var summary = Parse("""
            {"models": [
              "a",
              {"id": "b"}
            ]}
            """);

        At(Single(summary, DiagnosticCodes.WrongType), DiagnosticSeverity.Error, 2, 3, 2, 6);
        Assert.Equal(["b"], summary.Models.Select(m => m.Id));
    }

    [Fact]
    public void IdNotAString_IsWrongType_AndThatModelIsSkipped()
    {
        var summary = Parse("""
            {"models": [
              {"id": 7},
              {"id": "b"}
            ]}
            """);

        At(Single(summary, DiagnosticCodes.WrongType), DiagnosticSeverity.Error, 2, 10, 2, 11);
        Assert.Equal(["b"], summary.Models.Select(m => m.Id));
    }

    [Fact]
    public void ModelWithoutId_IsMissingField_AtItsBrace_AndTheOthersAreKept()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a"},
              {"base": "a", "tag": "pruned"},
              {"id": "c", "base": "a"}
            ]}
            """);

        At(Single(summary, DiagnosticCodes.MissingField), DiagnosticSeverity.Error, 3, 3, 3, 4);
        Assert.Equal(["a", "c"], summary.Models.Select(m => m.Id));
    }

    [Fact]
    public void DuplicateId_IsReportedOnTheSecond_AndOnlyTheFirstIsKept()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a", "tag": "first"},
              {"id": "a", "tag": "second"}
            ]}
            """);

        var diagnostic = Single(summary, DiagnosticCodes.DuplicateId);
        At(diagnostic, DiagnosticSeverity.Error, 3, 10, 3, 13);
        Assert.Equal("a", diagnostic.ModelId);
        Assert.Contains("line 2", diagnostic.Message);
        Assert.Equal("first", Assert.Single(summary.Models).Tag);
    }

    [Fact]
    public void MetricValueNotANumber_IsReportedPerValue_AndLeftOut()
    {
        var summary = Parse("""
            {"metrics": [{"name": "acc"}, {"name": "size"}, {"name": "lat"}, {"name": "sparsity"}],
             "models": [
              {"id": "a", "metrics": {
                "acc": "high",
                "size": true,
                "lat": {"ms": 3},
                "sparsity": null
              }},
              {"id": "b", "metrics": {"acc": 0.5}}
            ]}
            """);

        var errors = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.MetricNotNumber).ToList();
        Assert.Equal(3, errors.Count);
        At(errors[0], DiagnosticSeverity.Error, 4, 12, 4, 18);
        At(errors[1], DiagnosticSeverity.Error, 5, 13, 5, 17);
        At(errors[2], DiagnosticSeverity.Error, 6, 12, 6, 13);
        Assert.All(errors, e => Assert.Equal("a", e.ModelId));
        Assert.Contains("\"acc\"", errors[0].Message);

        var a = summary.Models[0];
        Assert.Equal(["sparsity"], a.Metrics.Keys);
        Assert.Null(a.Metrics["sparsity"]);
        Assert.Equal(0.5, summary.Models[1].Metrics["acc"]);
    }

    [Fact]
    public void UndeclaredMetric_WarnsOncePerName_AtFirstUse_AndKeepsTheValue()
    {
        var summary = Parse("""
            {"metrics": [{"name": "acc"}],
             "models": [
              {"id": "a", "metrics": {"acc": 0.9, "latency": 12}},
              {"id": "b", "metrics": {"latency": 10, "size": 5}}
            ]}
            """);

        var warnings = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.UndeclaredMetric).ToList();
        Assert.Equal(2, warnings.Count);
        At(warnings[0], DiagnosticSeverity.Warning, 3, 39, 3, 48);
        Assert.Equal("a", warnings[0].ModelId);
        Assert.Contains("\"latency\"", warnings[0].Message);
        At(warnings[1], DiagnosticSeverity.Warning, 4, 42, 4, 48);
        Assert.Equal(12, summary.Models[0].Metrics["latency"]);
        Assert.Equal(5, summary.Models[1].Metrics["size"]);
    }

    [Fact]
    public void NoMetricsArray_WarnsOnce_AtTheFirstMetricUsed()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a", "metrics": {"acc": 0.9, "latency": 12}},
              {"id": "b", "metrics": {"size": 5}}
            ]}
            """);

        var warning = Single(summary, DiagnosticCodes.UndeclaredMetric);
        At(warning, DiagnosticSeverity.Warning, 2, 27, 2, 32);
        Assert.Equal(3, summary.Models.Sum(m => m.Metrics.Count));
    }

    [Fact]
    public void UndeclaredOperation_WarnsOncePerName_WhenOperationsAreDeclared()
    {
        var summary = Parse("""
            {"operations": [{"name": "Prune", "parameters": ["sparsity"]}],
             "models": [
              {"id": "a"},
              {"id": "b", "base": "a", "operation": {"name": "Retrain", "parameters": {"epochs": 2}}},
              {"id": "c", "base": "b", "operation": {"name": "Retrain"}},
              {"id": "d", "base": "a", "operation": {"name": "Prune", "parameters": {"sparsity": 0.5}}}
            ]}
            """);

        var warning = Single(summary, DiagnosticCodes.UndeclaredOperation);
        At(warning, DiagnosticSeverity.Warning, 4, 50, 4, 59);
        Assert.Equal("b", warning.ModelId);
        Assert.Equal("Retrain", summary.Models[1].Operation!.Name);
        Assert.Equal(2, summary.Models[1].Operation!.Parameters["epochs"].GetInt32());
    }

    [Fact]
    public void UndeclaredOperation_IsNotReported_WhenTheSpecHasNoOperationsArray()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a"},
              {"id": "b", "base": "a", "operation": {"name": "Retrain", "parameters": {}}}
            ]}
            """);

        NoDiagnostics(summary);
        Assert.Equal("Retrain", summary.Models[1].Operation!.Name);
    }

    [Fact]
    public void OperationWithoutName_IsMissingField_AndTheModelIsKeptWithoutOperation()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a"},
              {"id": "b", "base": "a", "operation": {"parameters": {"sparsity": 0.5}}},
              {"id": "c", "base": "a", "operation": {"name": 3}}
            ]}
            """);

        var missing = Single(summary, DiagnosticCodes.MissingField);
        At(missing, DiagnosticSeverity.Error, 3, 41, 3, 42);
        Assert.Equal("b", missing.ModelId);
        At(Single(summary, DiagnosticCodes.WrongType), DiagnosticSeverity.Error, 4, 50, 4, 51);
        Assert.Equal(3, summary.Models.Count);
        Assert.Null(summary.Models[1].Operation);
        Assert.Null(summary.Models[2].Operation);
        Assert.Equal("a", summary.Models[1].Base);
    }

    [Fact]
    public void WrongTypedModelFields_AreReported_AndTheModelKeepsTheRest()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a", "tag": 5, "metrics": [0.9], "operation": "prune", "base": 1}
            ]}
            """);

        var errors = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.WrongType).ToList();
        Assert.Equal([22, 36, 56, 73], errors.Select(e => e.Column));
        var a = Assert.Single(summary.Models);
        Assert.Equal((null, null, null), (a.Tag, a.Operation, a.Base));
        Assert.Empty(a.Metrics);
        Assert.Equal(["a"], summary.Roots);
    }

    [Fact]
    public void ParameterValues_SurviveTheParse_AsStandaloneElements()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a"},
              {"id": "b", "base": "a", "operation": {"name": "Quantize",
                "parameters": {"bits": 8, "method": "int8", "per_channel": true, "layers": ["fc1", "fc2"]}}}
            ]}
            """);

        var parameters = summary.Models[1].Operation!.Parameters;
        Assert.Equal(8, parameters["bits"].GetInt32());
        Assert.Equal("int8", parameters["method"].GetString());
        Assert.Equal(JsonValueKind.True, parameters["per_channel"].ValueKind);
        Assert.Equal("[\"fc1\", \"fc2\"]", parameters["layers"].GetRawText());
    }

    [Fact]
    public void ModelPosition_IsWhereItsBraceIs()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a"},
                {"id": "b"}
            ]}
            """);

        Assert.Equal([(2, 3), (3, 5)], summary.Models.Select(m => (m.Line, m.Column)));
    }

    [Fact]
    public void Diagnostics_AreSortedByPosition()
    {
        var summary = Parse("""
            {"metrics": [{"name": "acc"}],
             "models": [
              {"id": "a", "base": "nowhere"},
              {"id": "b", "metrics": {"acc": "x", "f1": 1}},
              {"id": "b"}
            ]}
            """);

        Assert.Equal(
            [DiagnosticCodes.UnknownBase, DiagnosticCodes.MetricNotNumber, DiagnosticCodes.UndeclaredMetric, DiagnosticCodes.DuplicateId],
            summary.Diagnostics.Select(d => d.Code));
        var positions = summary.Diagnostics.Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal(positions.Order(), positions);
    }
}
