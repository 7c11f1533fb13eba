// Specs from a hostile repository: NULs in paths, links out of the workspace, loops of 100,000 models, and
// files built to make the parser's output or memory explode. Each ends in located diagnostics, never a crash.
using System.Text;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserHostileInputTests
{
    [Theory]
    [InlineData("""{"models": [{"id": "a", "artifact": "models/a\u0000.onnx"}]}""", 37)]
    [InlineData("""{"models": [{"id": "a", "outputs": "a\u0000.csv"}]}""", 36)]
    [InlineData("""{"dataset": {"attributes": "x\u0000.csv"}, "models": []}""", 28)]
    public void A_nul_in_a_path_is_a_located_error_not_a_crash(string spec, int column)
    {
        // The parse checks files, as summarize does: that is where a NUL reached Path.GetFullPath and crashed.
        var summary = SpecParser.Parse(SpecPath, spec, CancellationToken.None, File.Exists);
        var diagnostic = Single(summary, DiagnosticCodes.PathOutsideSpecFolder);
        Assert.Equal((1, column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("NUL", diagnostic.Message);
    }

    [Fact]
    public void An_artifact_linked_out_of_the_spec_folder_is_a_located_error()
    {
        var folder = Directory.CreateTempSubdirectory("cc-hostile-").FullName;
        try
        {
            var spec = Path.Combine(folder, "models.json");
            Directory.CreateSymbolicLink(Path.Combine(folder, "models"), "/");
            var text = """{"models": [{"id": "a", "artifact": "models/etc/passwd"}]}""";
            var diagnostic = Single(SpecParser.Parse(spec, text, CancellationToken.None, File.Exists), DiagnosticCodes.PathOutsideSpecFolder);
            Assert.Equal((1, 37), (diagnostic.Line, diagnostic.Column));
            Assert.Contains("resolves to /etc/passwd", diagnostic.Message);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Each_message_of_a_100000_model_base_cycle_stays_short()
    {
        const int n = 100_000;
        var text = new StringBuilder("""{"models": [""");
        for (var i = 0; i < n; i++) text.Append(i == 0 ? "" : ",").Append($$"""{"id": "m{{i}}", "base": "m{{(i + 1) % n}}"}""");
        var summary = Parse(text.Append("]}").ToString());
        // Every member is cut from the loop; only the first MaxDiagnostics are listed, each naming at most 8 ids.
        Assert.Equal(n, summary.Roots.Count);
        var cycles = summary.Diagnostics.Where(d => d.Code == DiagnosticCodes.Cycle).ToList();
        Assert.Equal(SpecDiagnosticSink.MaxDiagnostics, cycles.Count);
        Assert.All(cycles, d => Assert.True(d.Message.Length < 400, d.Message));
        Assert.Contains("(100000 models)", cycles[0].Message);
        Assert.Equal(DiagnosticCodes.TooManyProblems, summary.Diagnostics[^1].Code);
        Assert.Contains($"{n - SpecDiagnosticSink.MaxDiagnostics:N0} more problems", summary.Diagnostics[^1].Message);
    }

    [Fact]
    public void A_huge_id_is_not_copied_whole_into_every_message()
    {
        var id = new string('x', 5_000_000);
        var summary = Parse($$"""{"models": [{"id": "{{id}}"}, {"id": "{{id}}"}]}""");
        var duplicate = Single(summary, DiagnosticCodes.DuplicateId);
        Assert.True(duplicate.Message.Length <= SpecDiagnosticSink.MaxMessageLength);
        Assert.True(duplicate.ModelId!.Length <= 256);
    }

    [Fact]
    public void A_spec_of_millions_of_values_is_refused_at_the_value_past_the_budget()
    {
        var text = "{\"models\": [" + string.Join(",", Enumerable.Repeat("1", JsonPositionTree.MaxValues + 10)) + "]}";
        var diagnostic = Single(Parse(text), DiagnosticCodes.InvalidJson);
        Assert.Contains("more than 4,000,000 JSON values", diagnostic.Message);
        // Points at the first value past the budget: the 4,000,000th item (the object itself is a value).
        Assert.Equal(1 + "{\"models\": [".Length + 2 * (JsonPositionTree.MaxValues - 2), diagnostic.Column);
    }

    [Fact]
    public void Models_past_the_limit_are_left_out_with_one_diagnostic()
    {
        var text = new StringBuilder("{\"models\": [");
        for (var i = 0; i < ModelReader.MaxModels + 3; i++) text.Append(i == 0 ? "" : ",").Append($$"""{"id": "{{i}}"}""");
        var summary = Parse(text.Append("]}").ToString());
        Assert.Equal(ModelReader.MaxModels, summary.Models.Count);
        Assert.Contains("the first 250,000 are read", Single(summary, DiagnosticCodes.TooManyModels).Message);
    }
}
