// Collects spec problems as located SpecDiagnostics while the readers walk the JSON.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>Turns byte spans into editor ranges and keeps every problem found in one spec.</summary>
internal sealed class SpecDiagnosticSink(LineIndex lines, Func<string, bool>? fileExists = null)
{
    /// <summary>Checks that files a spec names exist; null when parsing text alone (tests, no file system).</summary>
    public Func<string, bool>? FileExists { get; } = fileExists;

    /// <summary>Real paths of the folders the spec's files are in, resolved once per parse for the path checks.</summary>
    public Dictionary<string, string> RealFolders { get; } = new(StringComparer.Ordinal);

    /// <summary>Past this many problems a spec is not being edited but is the wrong file or generated wrong: more help no one.</summary>
    public const int MaxDiagnostics = 1000;
    /// <summary>Messages quote ids and values from the file; one 100 MB string must not make every message 100 MB.</summary>
    public const int MaxMessageLength = 1000;
    const int MaxModelIdLength = 256;

    private readonly List<SpecDiagnostic> _diagnostics = [];
    private int _dropped;
    private SpecDiagnostic? _lastDropped;

    public LineIndex Lines { get; } = lines;

    public void Error(string code, (int Start, int End) span, string message, string? modelId = null) =>
        Add(DiagnosticSeverity.Error, code, span, message, modelId);

    public void Warning(string code, (int Start, int End) span, string message, string? modelId = null) =>
        Add(DiagnosticSeverity.Warning, code, span, message, modelId);

    /// <summary>Every diagnostic, ordered by where it starts; ties keep the order they were found in.</summary>
    public IReadOnlyList<SpecDiagnostic> Sorted()
    {
        var sorted = _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        if (_dropped > 0)
            sorted.Add(_lastDropped! with
            {
                Severity = DiagnosticSeverity.Error,
                Code = DiagnosticCodes.TooManyProblems,
                ModelId = null,
                Message = $"{_dropped:N0} more problems are not listed (the first {MaxDiagnostics:N0} are). Fix those, or check that this file is the spec you meant.",
            });
        return sorted;
    }

    private void Add(DiagnosticSeverity severity, string code, (int Start, int End) span, string message, string? modelId)
    {
        var (line, column) = Lines.PositionOf(span.Start);
        var (endLine, endColumn) = Lines.PositionOf(Math.Max(span.End, span.Start));
        var diagnostic = new SpecDiagnostic
        {
            Severity = severity,
            Code = code,
            Message = message.Length > MaxMessageLength ? message[..(MaxMessageLength - 1)] + "…" : message,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn,
            ModelId = modelId is { Length: > MaxModelIdLength } ? modelId[..MaxModelIdLength] : modelId,
        };
        Keep(diagnostic);
    }

    /// <summary>
    /// Adds what <paramref name="found"/> holds as if each had been reported here after everything already here:
    /// the one-pass model reader collects apart while the declarations before it are still unread.
    /// </summary>
    public void Append(SpecDiagnosticSink found)
    {
        foreach (var diagnostic in found._diagnostics) Keep(diagnostic);
        if (found._dropped == 0) return;
        // Whatever it dropped came after all it kept, so it is dropped here too, and its last is the last dropped.
        _dropped += found._dropped;
        _lastDropped = found._lastDropped;
    }

    private void Keep(SpecDiagnostic diagnostic)
    {
        if (_diagnostics.Count < MaxDiagnostics) _diagnostics.Add(diagnostic);
        else
        {
            _dropped++;
            _lastDropped = diagnostic;
        }
    }
}
