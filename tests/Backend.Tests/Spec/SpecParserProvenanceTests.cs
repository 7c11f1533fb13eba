// Base links: any order in the file, unknown bases and cycles, and which models end up as roots.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserProvenanceTests
{
    [Fact]
    public void ChildrenBeforeParents_AreLinked_AndRootsFollowFileOrder()
    {
        var summary = Parse("""
            {"models": [
              {"id": "pruned-retrained", "base": "pruned"},
              {"id": "pruned", "base": "trained"},
              {"id": "trained"},
              {"id": "other-root", "base": null, "operation": null}
            ]}
            """);

        NoDiagnostics(summary);
        Assert.Equal(["pruned-retrained", "pruned", "trained", "other-root"], summary.Models.Select(m => m.Id));
        Assert.Equal(["pruned", "trained", null, null], summary.Models.Select(m => m.Base));
        Assert.Equal(["trained", "other-root"], summary.Roots);
    }

    [Fact]
    public void UnknownBase_IsReportedAtTheBaseValue_AndTheModelBecomesARoot()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a"},
              {"id": "b", "base": "ghost"},
              {"id": "c", "base": "b"}
            ]}
            """);

        var diagnostic = Single(summary, DiagnosticCodes.UnknownBase);
        At(diagnostic, DiagnosticSeverity.Error, 3, 23, 3, 30);
        Assert.Equal("b", diagnostic.ModelId);
        Assert.Contains("\"ghost\"", diagnostic.Message);
        Assert.Null(summary.Models[1].Base);
        Assert.Equal("b", summary.Models[2].Base);
        Assert.Equal(["a", "b"], summary.Roots);
    }

    [Fact]
    public void UnknownBase_DifferingOnlyInCase_SuggestsTheExistingId()
    {
        var summary = Parse("""{"models": [{"id": "ResNet18"}, {"id": "b", "base": "resnet18"}]}""");

        Assert.Contains("Did you mean \"ResNet18\"?", Single(summary, DiagnosticCodes.UnknownBase).Message);
    }

    [Fact]
    public void SelfBase_IsACycleOfOne_AndTheModelBecomesARoot()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a", "base": "a"},
              {"id": "b", "base": "a"}
            ]}
            """);

        var diagnostic = Single(summary, DiagnosticCodes.Cycle);
        At(diagnostic, DiagnosticSeverity.Error, 2, 23, 2, 26);
        Assert.Equal("a", diagnostic.ModelId);
        Assert.Null(summary.Models[0].Base);
        Assert.Equal("a", summary.Models[1].Base);
        Assert.Equal(["a"], summary.Roots);
    }

    [Fact]
    public void CycleOfThree_IsReportedOnEachMember_AndAllBecomeRoots()
    {
        var summary = Parse("""
            {"models": [
              {"id": "root"},
              {"id": "x", "base": "z"},
              {"id": "y", "base": "x"},
              {"id": "leaf", "base": "y"},
              {"id": "z", "base": "y"}
            ]}
            """);

        var cycles = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.Cycle).ToList();
        Assert.Equal(["x", "y", "z"], cycles.Select(d => d.ModelId));
        At(cycles[0], DiagnosticSeverity.Error, 3, 23, 3, 26);
        At(cycles[1], DiagnosticSeverity.Error, 4, 23, 4, 26);
        At(cycles[2], DiagnosticSeverity.Error, 6, 23, 6, 26);
        Assert.Contains("\"x\" → \"z\" → \"y\" → \"x\"", cycles[0].Message);
        Assert.Equal(3, summary.Diagnostics.Count);

        Assert.Equal(["root", "x", "y", "z"], summary.Roots);
        Assert.Equal("y", summary.Models.Single(m => m.Id == "leaf").Base);
        Assert.All(summary.Models.Where(m => m.Id is "x" or "y" or "z"), m => Assert.Null(m.Base));
    }

    [Fact]
    public void EveryBaseChain_EndsAtARoot()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a", "base": "b"}, {"id": "b", "base": "a"},
              {"id": "c", "base": "b"}, {"id": "d", "base": "c"},
              {"id": "e", "base": "missing"}, {"id": "f", "base": "e"}
            ]}
            """);

        var byId = summary.Models.ToDictionary(m => m.Id);
        foreach (var model in summary.Models)
        {
            var at = model;
            for (var steps = 0; at.Base is not null; steps++)
            {
                Assert.True(steps < byId.Count, $"base chain from {model.Id} does not end");
                at = byId[at.Base];
            }
            Assert.Contains(at.Id, summary.Roots);
        }
    }
}
