// Warns about metric names that models use but the spec never declares, once per name at its first use.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>
/// Undeclared metrics still display, but without a range, format or unit, so the engineer should hear about
/// each once rather than once per model.
/// </summary>
internal sealed class MetricUseChecker(SpecDeclarations declarations, SpecDiagnosticSink sink)
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly DeclaredNames? _declared = declarations.MetricNames is { } names ? new(names) : null;
    private bool _reportedMissingArray;

    public void Check(JsonPropertyNode metric, string modelId, SpecOwner owner)
    {
        var span = (metric.NameStart, metric.NameEnd);
        if (_declared is { } declared)
        {
            if (!declared.Contains(metric.Name) && _reported.Add(metric.Name))
                sink.Warning(DiagnosticCodes.UndeclaredMetric, span,
                    $"Metric \"{metric.Name}\" (used by {owner}) is not declared in \"{SpecFields.Top.Metrics}\", so it has no range, format or unit. " +
                    $"Add {{\"{SpecFields.Metric.Name}\": \"{metric.Name}\"}} to the top-level \"{SpecFields.Top.Metrics}\" array.", modelId);
            return;
        }
        // With no "metrics" array every name is undeclared; one warning says it better than one per metric.
        if (declarations.MetricsMissing && !_reportedMissingArray)
        {
            _reportedMissingArray = true;
            sink.Warning(DiagnosticCodes.UndeclaredMetric, span,
                $"This spec has no top-level \"{SpecFields.Top.Metrics}\" array, so metrics such as \"{metric.Name}\" (first used by {owner}) have no range, format or unit. " +
                $"Add \"{SpecFields.Top.Metrics}\": [{{\"{SpecFields.Metric.Name}\": \"{metric.Name}\"}}, ...] declaring each metric.", modelId);
        }
    }
}
