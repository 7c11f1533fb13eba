// One threshold of `check`, as the command line writes it ("Top-1 Accuracy=0.01", "Model Size=5MB", "Latency=10%"),
// resolved against the spec's metrics: the metric it names (case-insensitive, exact) and the number in that metric's unit.
using System.Globalization;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Gates;

public enum GateKind
{
    /// <summary>The model may be at most this much worse than the base.</summary>
    MaxDrop,
    /// <summary>The model's value may be at most this.</summary>
    Max,
    /// <summary>The model's value must be at least this.</summary>
    Min,
}

/// <param name="Value">The limit in the metric's unit; for a relative max-drop, the fraction of the base value.</param>
/// <param name="Relative">A max-drop written as a percentage: Value is a fraction of the base's value.</param>
public sealed record GateThreshold(MetricDefinition Metric, GateKind Kind, double Value, bool Relative)
{
    /// <summary>The option that writes this kind of threshold, as errors and the output name it.</summary>
    public static string FlagOf(GateKind kind) => kind switch { GateKind.MaxDrop => "--max-drop", GateKind.Max => "--max", _ => "--min" };

    /// <summary>The kind as `check` prints it: "max-drop", "max" or "min".</summary>
    public static string NameOf(GateKind kind) => FlagOf(kind)[2..];

    /// <summary>"METRIC=VALUE" read against <paramref name="metrics"/>; an unknown metric or a value that does not parse is an error naming it.</summary>
    public static GateThreshold Parse(GateKind kind, string text, IReadOnlyList<MetricDefinition> metrics)
    {
        var flag = FlagOf(kind);
        // Values never hold "=", names might: split at the last one.
        var at = text.LastIndexOf('=');
        if (at <= 0)
            throw Invalid($"{flag} \"{text}\" is not METRIC=VALUE.", $"For example: {flag} \"{Example(kind)}\"");
        var name = text[..at].Trim();
        var metric = metrics.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid($"The spec has no metric \"{name}\" ({flag} \"{text}\").",
                metrics.Count == 0 ? "The spec declares no metrics: add a \"metrics\" list to it first."
                : $"Use one of the spec's metrics: {string.Join(", ", metrics.Select(m => $"\"{m.Name}\""))}.");
        var (value, relative) = ParseValue(text[(at + 1)..].Trim(), metric, kind, flag);
        return new GateThreshold(metric, kind, value, relative);
    }

    /// <summary>
    /// A number in the metric's unit, optionally followed by an SI prefix and that unit ("5MB" for a metric in B is 5e6,
    /// "12ms" for one in ms is 12); "90%" for a percent-formatted metric is 0.9; in a max-drop, a percentage is of the base's value.
    /// </summary>
    static (double Value, bool Relative) ParseValue(string text, MetricDefinition metric, GateKind kind, string flag)
    {
        var number = text;
        var scale = 1.0;
        var relative = kind == GateKind.MaxDrop && number.EndsWith('%');
        if (relative) (number, scale) = (number[..^1], 0.01);
        else if (metric.Unit is { Length: > 0 } unit && number.EndsWith(unit, StringComparison.Ordinal))
        {
            // The metric's own unit ("ms", "B", or "%" for a metric kept in percent): the number is in it, after any SI prefix.
            number = number[..^unit.Length].TrimEnd();
            if (number.Length > 0 && SiPrefixes.TryGetValue(number[^1], out var prefix)) (number, scale) = (number[..^1], prefix);
        }
        else if (number.EndsWith('%'))
        {
            if (metric.Format?.EndsWith('%') != true)
                throw Invalid($"{flag} \"{metric.Name}={text}\": \"{metric.Name}\" is not a percentage, so \"%\" has no meaning here.",
                    $"Write a plain number in the metric's own unit{UnitNote(metric)}, or use --max-drop \"{metric.Name}={text}\" for a drop relative to the base.");
            // A fraction shown as a percentage (format ".1%"): "90%" is 0.9.
            (number, scale) = (number[..^1], 0.01);
        }
        else if (number.Length > 0 && SiPrefixes.TryGetValue(number[^1], out var prefix)) (number, scale) = (number[..^1], prefix);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Invalid($"{flag} \"{metric.Name}={text}\": \"{text}\" is not a number{UnitNote(metric)}.",
                $"Write a number in the metric's own unit, optionally with k, M, G or T{(metric.Unit is { Length: > 0 } u ? $" and \"{u}\"" : "")}: for example {flag} \"{metric.Name}={Sample(metric, kind)}\".");
        if (kind == GateKind.MaxDrop && value < 0)
            throw Invalid($"--max-drop \"{metric.Name}={text}\" allows a negative drop.", $"Write how much worse the model may be, e.g. --max-drop \"{metric.Name}={Sample(metric, kind)}\" (0 allows no drop at all).");
        return (value * scale, relative);
    }

    static readonly Dictionary<char, double> SiPrefixes = new() { ['k'] = 1e3, ['M'] = 1e6, ['G'] = 1e9, ['T'] = 1e12 };

    static string UnitNote(MetricDefinition metric) => metric.Unit is { Length: > 0 } unit ? $" in {unit}" : "";

    static string Sample(MetricDefinition metric, GateKind kind) =>
        kind == GateKind.MaxDrop ? "1%" : metric.Unit is { Length: > 0 } unit ? $"5{unit}" : "0.5";

    static string Example(GateKind kind) => kind == GateKind.MaxDrop ? "Top-1 Accuracy=0.01" : kind == GateKind.Max ? "Model Size=5MB" : "Top-1 Accuracy=0.9";

    static BackendException Invalid(string message, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { Hint = hint });
}
