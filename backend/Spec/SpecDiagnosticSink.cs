// Collects spec problems as located SpecDiagnostics while the readers walk the JSON.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>Turns byte spans into editor ranges and keeps every problem found in one spec.</summary>
internal sealed class SpecDiagnosticSink(LineIndex lines, Func<string, bool>? fileExists = null)
{
    /// <summary>Checks that files a spec names exist; null when parsing text alone (tests, no file system).</summary>
    public Func<string, bool>? FileExists { get; } = fileExists;

    private readonly List<SpecDiagnostic> _diagnostics = [];

    public LineIndex Lines { get; } = lines;

    public void Error(string code, (int Start, int End) span, string message, string? modelId = null) =>
        Add(DiagnosticSeverities.Error, code, span, message, modelId);

    public void Warning(string code, (int Start, int End) span, string message, string? modelId = null) =>
        Add(DiagnosticSeverities.Warning, code, span, message, modelId);

    /// <summary>Every diagnostic, ordered by where it starts; ties keep the order they were found in.</summary>
    public IReadOnlyList<SpecDiagnostic> Sorted() =>
        [.. _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    private void Add(string severity, string code, (int Start, int End) span, string message, string? modelId)
    {
        var (line, column) = Lines.PositionOf(span.Start);
        var (endLine, endColumn) = Lines.PositionOf(Math.Max(span.End, span.Start));
        _diagnostics.Add(new SpecDiagnostic
        {
            Severity = severity,
            Code = code,
            Message = message,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn,
            ModelId = modelId,
        });
    }
}
