// The models are read in the JSON's first pass when the declarations come before them (OnePassModelReader), and in a
// second pass otherwise: these pin what must not depend on which way a spec was read.
using System.Globalization;
using System.Text;
using CompressCompare.Protocol.Spec;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserOnePassTests
{
    // Each entry is a bad declaration (no "name") or a bad model (no "id"): one error apiece.
    static string Entries(string line, int count) =>
        string.Join(",\n", Enumerable.Range(0, count).Select(i => line.Replace("#", i.ToString(CultureInfo.InvariantCulture))));

    [Fact]
    public void TheModelsProblemsFollowTheDeclarationsWithinTheCapAsWhenReadAfterThem()
    {
        // Declarations first, so the models are read in the first pass and their problems collected apart: merged
        // under the cap, the first 1,000 are the 600 declarations' and 400 of the models', and 200 more are counted.
        var text = new StringBuilder("{\"metrics\": [\n")
            .Append(Entries("{\"unit\": \"m#\"}", 600))
            .Append("],\n\"models\": [\n")
            .Append(Entries("{\"tag\": \"t#\"}", 600))
            .Append("]}").ToString();
        var parsed = Parse(text);
        Assert.Equal(1001, parsed.Diagnostics.Count);
        Assert.Equal(600, parsed.Diagnostics.Take(1000).Count(d => d.Message.Contains("of \"metrics\"", StringComparison.Ordinal)));
        Assert.Equal(400, parsed.Diagnostics.Take(1000).Count(d => d.Message.Contains("of \"models\"", StringComparison.Ordinal)));
        var more = parsed.Diagnostics[^1];
        Assert.Equal(DiagnosticCodes.TooManyProblems, more.Code);
        Assert.StartsWith("200 more problems", more.Message, StringComparison.Ordinal);
        // The last one dropped is the last model's, on the last line.
        Assert.Equal(text.Split('\n').Length, more.Line);
    }

    [Theory]
    [InlineData("{\"operations\": [], \"models\": [{\"id\": \"a\", \"metrics\": {\"acc\": 1}}], \"metrics\": [{\"name\": \"acc\"}]}")]
    [InlineData("{\"metrics\": [], \"models\": [{\"id\": \"a\", \"metrics\": {\"acc\": 1}}], \"metrics\": [{\"name\": \"acc\"}]}")]
    public void DeclarationsAfterTheModelsStillCount(string text)
    {
        // Read in the first pass, "acc" would be undeclared; the declaration after the models declares it.
        var parsed = Parse(text);
        NoDiagnostics(parsed);
        Assert.Equal(1, parsed.Models.Single().Metrics["acc"]);
    }

    [Fact]
    public void TheLastModelsArrayIsTheOneRead()
    {
        var parsed = Parse("{\"metrics\": [], \"models\": [{\"id\": \"first\"}], \"models\": [{\"id\": \"second\"}]}");
        Assert.Equal("second", parsed.Models.Single().Id);
    }
}
