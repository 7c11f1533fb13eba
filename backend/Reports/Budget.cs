// A budget on one metric ("Model Size<=5MB"), as the CLI, the RPC and the overview's Filter pane write it, and the
// parser that reads one against the spec's metrics. A unit is converted only within one family (bytes or time)
// and only when the metric declares a unit of that family: a guess would silently move the budget.
using System.Globalization;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Reports;

/// <param name="Value">The bound in the metric's own unit.</param>
/// <param name="Text">The budget as written (trimmed), for the report and its command line.</param>
public sealed record Budget(MetricDefinition Metric, string Operator, double Value, string Text)
{
    static readonly string[] Operators = ["<=", ">=", "<", ">"];

    static readonly Dictionary<string, (string Family, double Scale)> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = ("bytes", 1),
        ["byte"] = ("bytes", 1),
        ["bytes"] = ("bytes", 1),
        ["kb"] = ("bytes", 1e3),
        ["mb"] = ("bytes", 1e6),
        ["gb"] = ("bytes", 1e9),
        ["kib"] = ("bytes", 1024),
        ["mib"] = ("bytes", 1024 * 1024),
        ["gib"] = ("bytes", 1024d * 1024 * 1024),
        ["ns"] = ("time", 1e-9),
        ["us"] = ("time", 1e-6),
        ["µs"] = ("time", 1e-6),
        ["ms"] = ("time", 1e-3),
        ["s"] = ("time", 1),
        ["sec"] = ("time", 1),
        ["seconds"] = ("time", 1),
        ["%"] = ("percent", 1),
    };

    /// <summary>Whether a model's value fits; a model without a value never does (it cannot be shown to fit).</summary>
    public bool Allows(double? value) => value is { } v && double.IsFinite(v) && Operator switch
    {
        "<=" => v <= Value,
        ">=" => v >= Value,
        "<" => v < Value,
        _ => v > Value,
    };

    /// <summary>Reads "METRIC OP VALUE[UNIT]"; the metric's name is matched case-insensitively.</summary>
    public static Budget Parse(string text, IReadOnlyList<MetricDefinition> metrics, string specPath)
    {
        var trimmed = text.Trim();
        var at = trimmed.IndexOfAny(['<', '>']);
        if (at <= 0) throw Unparsable(text, specPath, metrics);
        var op = Operators.First(o => string.CompareOrdinal(trimmed, at, o, 0, o.Length) == 0);
        var name = trimmed[..at].Trim();
        var valueText = trimmed[(at + op.Length)..].Trim();
        var metric = metrics.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new BackendException(RpcErrorCodes.InvalidRequest, $"The budget \"{text}\" names the metric \"{name}\", which the spec does not declare.",
                new RpcErrorData { File = specPath, Hint = $"Use one of its metrics: {MetricList(metrics)}." });
        var split = 0;
        while (split < valueText.Length && (char.IsDigit(valueText[split]) || valueText[split] is '.' or '-' or '+' or 'e' or 'E')) split++;
        // "5e" is five with a unit starting "e", not an exponent: back off to the last character that parses.
        while (split > 0 && !double.TryParse(valueText[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out _)) split--;
        if (split == 0 || !double.TryParse(valueText[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            throw Unparsable(text, specPath, metrics);
        var unit = valueText[split..].Trim();
        return new Budget(metric, op, unit.Length == 0 ? number : Convert(number, unit, metric, text, specPath), trimmed);
    }

    static double Convert(double number, string unit, MetricDefinition metric, string text, string specPath)
    {
        var metricUnit = metric.Unit?.Trim() ?? "";
        if (string.Equals(unit, metricUnit, StringComparison.OrdinalIgnoreCase)) return number;
        if (Units.TryGetValue(unit, out var from) && Units.TryGetValue(metricUnit, out var to) && from.Family == to.Family)
            return number * from.Scale / to.Scale;
        var declared = metricUnit.Length == 0 ? "declares no unit" : $"is in {metricUnit}";
        throw new BackendException(RpcErrorCodes.InvalidRequest,
            $"The budget \"{text}\" is in {unit}, but the metric \"{metric.Name}\" {declared}, and {unit} does not convert to it.",
            new RpcErrorData { File = specPath, Hint = $"Write the bound as a plain number in the metric's unit, e.g. \"{metric.Name}<=5\"." });
    }

    static BackendException Unparsable(string text, string specPath, IReadOnlyList<MetricDefinition> metrics) =>
        new(RpcErrorCodes.InvalidRequest, $"The budget \"{text}\" does not parse: write a metric, one of <=, >=, < or >, and a number.",
            new RpcErrorData { File = specPath, Hint = $"For example \"{metrics.FirstOrDefault()?.Name ?? "accuracy"}>=0.9\"; the spec's metrics: {MetricList(metrics)}." });

    static string MetricList(IReadOnlyList<MetricDefinition> metrics) =>
        metrics.Count == 0 ? "none (declare metrics in the spec first)" : string.Join(", ", metrics.Select(m => $"\"{m.Name}\""));
}
