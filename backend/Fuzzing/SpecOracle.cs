// What a fuzzed spec must come to: SpecParser.Parse and the Model Map layout return (they never throw for bad input) and every diagnostic
// has a 1-based range that starts no later than it ends and lies inside the text, counting lines and UTF-16 columns
// as VS Code does ("\n", "\r\n" and a lone "\r" end a line; a byte order mark is not a column).
using CompressCompare.Backend.ModelMap;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Fuzzing;

public static class SpecOracle
{
    public static FuzzOutcome Check(string text)
    {
        SpecSummary summary;
        try
        {
            summary = ModelMapService.Summarize(SpecParser.Parse("/fuzz/models.json", text, CancellationToken.None));
        }
        catch (Exception e)
        {
            return FuzzOutcome.Crashed(e);
        }
        var lines = LineLengths(text.StartsWith('\uFEFF') ? text[1..] : text);
        foreach (var d in summary.Diagnostics)
        {
            if (!Inside(d.Line, d.Column, lines) || !Inside(d.EndLine, d.EndColumn, lines)
                || (d.EndLine, d.EndColumn).CompareTo((d.Line, d.Column)) < 0)
                return FuzzOutcome.Failed($"diagnostic {d.Code} has range {d.Line}:{d.Column}-{d.EndLine}:{d.EndColumn} outside the text's {lines.Count} lines");
        }
        return summary.Diagnostics.Count > 0 ? FuzzOutcome.Refused : FuzzOutcome.Read;
    }

    static bool Inside(int line, int column, List<int> lengths) =>
        line >= 1 && line <= lengths.Count && column >= 1 && column <= lengths[line - 1] + 1;

    /// <summary>The UTF-16 length of each line, without its line break.</summary>
    static List<int> LineLengths(string text)
    {
        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            lengths.Add(i - start);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lengths.Add(text.Length - start);
        return lengths;
    }
}
