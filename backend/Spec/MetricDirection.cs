// Which way is "better" for a metric, as the overview's scatterplot and Pareto front decide it
// (extension/webviews/overview/scatter/metricDirection.ts): the spec does not declare it, so it is read from the
// metric's name and unit. A gate needs it to know whether a rise is a drop (for latency or size, getting bigger is worse),
// and a report's Pareto set must be the overview's.
using System.Text.RegularExpressions;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

public static partial class MetricDirection
{
    /// <summary>Cost-like words, matched as whole words or word starts: the same list as the webview's.</summary>
    [GeneratedRegex(@"\b(size|latency|params?|parameters?|loss|error|err|time|runtime|memory|mem|flops?|macs?|bytes|energy|perplexity|ppl|wer|cer)", RegexOptions.IgnoreCase)]
    private static partial Regex LowerIsBetter();

    /// <summary>Units that only measure cost (bytes, seconds, operations).</summary>
    [GeneratedRegex(@"^(b|kb|mb|gb|kib|mib|gib|bytes?|s|ms|µs|us|ns|sec|seconds?|j|mj|w|flops?|gflops?|macs?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CostUnits();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelCase();

    /// <summary>True when a smaller value is the better model (size, latency, loss…); false for accuracy-like metrics.</summary>
    public static bool IsLowerBetter(MetricDefinition metric)
    {
        // Split camelCase and snake_case so "modelSize" and "top1_error" read as words, as the webview does.
        var words = CamelCase().Replace(metric.Name, "$1 $2").Replace('_', ' ').Replace('-', ' ').Replace('.', ' ');
        return LowerIsBetter().IsMatch(words) || CostUnits().IsMatch(metric.Unit?.Trim() ?? "");
    }
}
