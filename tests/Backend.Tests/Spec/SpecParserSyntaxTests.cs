// Invalid JSON and editor positions: lines, UTF-16 columns, CRLF, byte order marks, comments.
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserSyntaxTests
{
    [Fact]
    public void InvalidJson_IsReportedWhereTheReaderStopped_WithEmptyLists()
    {
        var summary = Parse("""
            {"models": [
              {"id": "a"}
              {"id": "b"}
            ]}
            """);

        // The missing comma is noticed at the second model's "{" (line 3, column 3).
        At(Single(summary, DiagnosticCodes.InvalidJson), DiagnosticSeverity.Error, 3, 3, 3, 4);
        Assert.Single(summary.Diagnostics);
        Assert.Empty(summary.Models);
        Assert.Empty(summary.Metrics);
        Assert.Empty(summary.Operations);
        Assert.Empty(summary.Roots);
        Assert.Equal(SpecPath, summary.Path);
    }

    [Fact]
    public void InvalidJson_AfterMultiByteCharacters_CountsColumnsInUtf16Units()
    {
        // é is 2 UTF-8 bytes, ✓ 3, 😀 4 (a surrogate pair: 2 UTF-16 units). The bad token x is at
        // UTF-16 column 35 although 39 bytes precede it.
        var summary = Parse("""{"models": [{"id": "é✓😀", "tag": x}]}""");

        At(Single(summary, DiagnosticCodes.InvalidJson), DiagnosticSeverity.Error, 1, 35, 1, 36);
    }

    [Fact]
    public void SemanticDiagnostic_AfterMultiByteCharacters_CountsColumnsInUtf16Units()
    {
        var summary = Parse("""
            {"models": [
            {"id": "naïve-😀", "base": "ghost"}
            ]}
            """);

        // ï is one unit, 😀 two: "ghost" starts at column 28 and its closing quote ends before column 35.
        var diagnostic = Single(summary, DiagnosticCodes.UnknownBase);
        At(diagnostic, DiagnosticSeverity.Error, 2, 28, 2, 35);
        Assert.Equal("naïve-😀", diagnostic.ModelId);
    }

    [Fact]
    public void CrLfLineEndings_CountAsOneLineBreak()
    {
        var summary = Parse("{\"models\": [\r\n  {\"id\": \"a\"},\r\n  {\"id\": \"a\"}\r\n]}");

        At(Single(summary, DiagnosticCodes.DuplicateId), DiagnosticSeverity.Error, 3, 10, 3, 13);
        Assert.Equal(2, summary.Models[0].Line);
    }

    [Fact]
    public void LoneCarriageReturn_StartsANewLine_AsVsCodeCountsIt()
    {
        var summary = Parse("{\"models\": [\r  {\"id\": \"a\"},\r  {\"id\": \"a\"}\r]}");

        At(Single(summary, DiagnosticCodes.DuplicateId), DiagnosticSeverity.Error, 3, 10, 3, 13);
    }

    [Fact]
    public void ByteOrderMark_IsNotCountedAsAColumn()
    {
        var summary = Parse("\uFEFF{\"models\": [{\"id\": 1}]}");

        At(Single(summary, DiagnosticCodes.WrongType), DiagnosticSeverity.Error, 1, 20, 1, 21);
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        var summary = Parse("""
            // experiments of 2024-05
            {
              "models": [
                /* the trained model */ {"id": "a", "metrics": {"acc": 0.9,},},
              ],
              "metrics": [{"name": "acc"}],
            }
            """);

        NoDiagnostics(summary);
        Assert.Equal(0.9, summary.Models.Single().Metrics["acc"]);
        Assert.Equal((4, 29), (summary.Models[0].Line, summary.Models[0].Column));
    }

    [Fact]
    public void EmptyText_IsInvalidJsonAtTheStart()
    {
        var summary = Parse("   ");

        At(Single(summary, DiagnosticCodes.InvalidJson), DiagnosticSeverity.Error, 1, 1, 1, 2);
    }

    [Fact]
    public void ContentAfterTheTopLevelObject_IsInvalidJson()
    {
        var summary = Parse("""
            {"models": []}
            {"models": []}
            """);

        At(Single(summary, DiagnosticCodes.InvalidJson), DiagnosticSeverity.Error, 2, 1, 2, 2);
    }

    [Fact]
    public void UnterminatedString_IsInvalidJson_NotAnException()
    {
        var summary = Parse("{\"models\": [{\"id\": \"a");

        Assert.Equal(DiagnosticCodes.InvalidJson, Assert.Single(summary.Diagnostics).Code);
    }

    [Fact]
    public void LoneSurrogateEscape_IsInvalidJson_NotAnException()
    {
        var summary = Parse("""{"models": [{"id": "\uD800"}]}""");

        At(Single(summary, DiagnosticCodes.InvalidJson), DiagnosticSeverity.Error, 1, 20, 1, 21);
    }
}
