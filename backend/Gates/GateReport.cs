// What `check` prints: each threshold with the value it was judged on and its verdict, and whether all held.
using System.Text.Json.Serialization;

namespace CompressCompare.Backend.Gates;

/// <param name="Passed">Every check passed: `check` exits 0; otherwise 1.</param>
public sealed record GateReport(string Spec, string Base, string Model, bool Passed, IReadOnlyList<GateCheck> Checks);

/// <param name="Metric">The metric's name as the spec declares it.</param>
/// <param name="Kind">"max-drop", "max" or "min".</param>
/// <param name="Threshold">The limit in the metric's unit: for max-drop the largest drop allowed (a percentage already applied to the base's value).</param>
/// <param name="Value">The model's value; null when neither the spec nor a measurement has it.</param>
/// <param name="Source">"spec" or "measured": where Value (and BaseValue) came from.</param>
/// <param name="Direction">"higher" or "lower": which way is better for the metric, so which way a drop goes.</param>
public sealed record GateCheck(string Metric, string Kind, double? Threshold, double? Value, bool Passed, string Source, string Direction)
{
    /// <summary>Max-drop only: the base model's value.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BaseValue { get; init; }

    /// <summary>Max-drop only: how much worse the model is than the base (negative when it is better).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Drop { get; init; }

    /// <summary>Max-drop written as a percentage: the fraction of the base's value allowed (0.01 for "1%").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Relative { get; init; }

    /// <summary>Why the check could not pass on a value: what is missing and how to supply it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }
}
