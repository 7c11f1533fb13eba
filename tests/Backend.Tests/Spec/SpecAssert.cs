// Shared helpers for spec parser tests: parse inline text and check one located diagnostic.
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Spec;

internal static class SpecAssert
{
    public const string SpecPath = "/specs/models.json";

    public static ParsedSpec Parse(string text) => SpecParser.Parse(SpecPath, text, CancellationToken.None);

    /// <summary>The one diagnostic with <paramref name="code"/>; fails listing all diagnostics otherwise.</summary>
    public static SpecDiagnostic Single(ParsedSpec summary, string code)
    {
        var matches = summary.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1,
            $"expected exactly one '{code}' diagnostic, got {matches.Count}:\n{Describe(summary)}");
        return matches[0];
    }

    public static void At(SpecDiagnostic diagnostic, DiagnosticSeverity severity, int line, int column, int endLine, int endColumn)
    {
        Assert.Equal(
            (severity, line, column, endLine, endColumn),
            (diagnostic.Severity, diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn));
    }

    public static void NoDiagnostics(ParsedSpec summary) =>
        Assert.True(summary.Diagnostics.Count == 0, $"expected no diagnostics, got:\n{Describe(summary)}");

    public static string Describe(ParsedSpec summary) =>
        string.Join("\n", summary.Diagnostics.Select(d =>
            $"  {d.Line}:{d.Column}-{d.EndLine}:{d.EndColumn} {d.Severity} {d.Code} [{d.ModelId}] {d.Message}"));
}
