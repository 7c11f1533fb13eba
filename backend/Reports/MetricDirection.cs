// Which way is "better" for a metric, guessed from its name and unit exactly as the scatterplot guesses it
// (extension/webviews/overview/scatter/metricDirection.ts): a report's Pareto set must be the overview's.
using System.Text.RegularExpressions;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Reports;

public static partial class MetricDirection
{
    [GeneratedRegex(@"\b(size|latency|params?|parameters?|loss|error|err|time|runtime|memory|mem|flops?|macs?|bytes|energy|perplexity|ppl|wer|cer)", RegexOptions.IgnoreCase)]
    private static partial Regex LowerIsBetter();

    [GeneratedRegex(@"^(b|kb|mb|gb|kib|mib|gib|bytes?|s|ms|µs|us|ns|sec|seconds?|j|mj|w|flops?|gflops?|macs?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CostUnits();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelHump();

    /// <summary>True when a smaller value is the better model (sizes, latencies, errors).</summary>
    public static bool LowerIsBetter(MetricDefinition metric)
    {
        var unit = metric.Unit?.Trim() ?? "";
        // Split camelCase and snake_case so "modelSize" and "top1_error" read as words.
        var words = CamelHump().Replace(metric.Name, "$1 $2").Replace('_', ' ').Replace('-', ' ').Replace('.', ' ');
        return LowerIsBetter().IsMatch(words) || CostUnits().IsMatch(unit);
    }
}
