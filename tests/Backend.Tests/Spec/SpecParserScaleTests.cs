// Large specs: a 10,000-model sweep parses cleanly and fast, and a parse can be cancelled.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CompressCompare.Backend.Spec;
using Xunit.Abstractions;
using static Backend.Tests.Spec.SpecAssert;

namespace Backend.Tests.Spec;

public sealed class SpecParserScaleTests(ITestOutputHelper output)
{
    // A chain-and-fan sweep: every model derives from an earlier one, with declared metrics and operations.
    private static string GenerateSpec(int modelCount, bool indented)
    {
        var newline = indented ? "\n    " : "";
        var text = new StringBuilder();
        text.Append("""{"metrics": [{"name": "accuracy", "min": 0, "max": 1, "primary": true, "format": ".2%"}, {"name": "size", "unit": "B"}],""");
        text.Append("""  "operations": [{"name": "prune", "parameters": {"sparsity": {"type": "continuous", "min": 0, "max": 1}}}, {"name": "quantize", "parameters": ["bits"]}],""");
        text.Append(""" "models": [""");
        for (var i = 0; i < modelCount; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append(i == 0 ? "" : ",").Append(newline);
            text.Append("{\"id\": \"m").Append(n).Append("\", \"tag\": \"model ✓ ").Append(n).Append("\", ");
            if (i > 0)
            {
                var operation = i % 2 == 0
                    ? "{\"name\": \"prune\", \"parameters\": {\"sparsity\": " + Number(i % 100 / 100.0) + "}}"
                    : "{\"name\": \"quantize\", \"parameters\": {\"bits\": 8}}";
                text.Append(newline).Append("\"base\": \"m").Append(Number((i - 1) / 3)).Append("\", \"operation\": ").Append(operation).Append(", ");
            }
            var size = i % 7 == 0 ? "null" : Number(1000 + i);
            text.Append(newline).Append("\"metrics\": {\"accuracy\": ").Append(Number(0.5 + i % 50 / 100.0)).Append(", \"size\": ").Append(size).Append("}}");
        }
        text.Append("]}");
        return text.ToString();
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // minified: everything on one line, the worst case for column lookups
    public void TenThousandModels_ParseWithoutDiagnostics(bool indented)
    {
        var text = GenerateSpec(10_000, indented);
        // Timing belongs to the benchmarks (machines here are shared and noisy); the time is only logged.
        var clock = Stopwatch.StartNew();
        var summary = Parse(text);
        output.WriteLine($"{text.Length / 1024} KiB, indented={indented}: {clock.ElapsedMilliseconds} ms");

        NoDiagnostics(summary);
        Assert.Equal(10_000, summary.Models.Count);
        Assert.Equal(["m0"], summary.Roots);
        Assert.Equal("m3332", summary.Models[^1].Base);
        Assert.Null(summary.Models[7].Metrics["size"]);
    }

    [Fact]
    public void CancelledToken_ThrowsOperationCanceled()
    {
        var text = GenerateSpec(100, indented: true);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SpecParser.Parse(SpecPath, text, cancelled.Token));
    }
}
