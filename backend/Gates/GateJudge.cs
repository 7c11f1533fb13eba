// The verdict of one threshold on the values at hand: pure arithmetic, so the gate's rules are tested without models.
using CompressCompare.Backend.Spec;

namespace CompressCompare.Backend.Gates;

/// <summary>The model's and the base's values of one metric, and where they came from ("spec" or "measured").</summary>
public sealed record GateValues(double? Value, double? BaseValue, string Source);

public static class GateJudge
{
    /// <summary>
    /// Floating-point slack, relative to the numbers compared: 0.90 − 0.89 is 0.010000000000000009, and a drop equal to
    /// its limit must pass.
    /// </summary>
    const double Slack = 1e-9;

    public static GateCheck Judge(GateThreshold threshold, GateValues values, string baseId, string modelId)
    {
        var lowerBetter = MetricDirection.IsLowerBetter(threshold.Metric);
        var name = threshold.Metric.Name;
        var check = new GateCheck(name, GateThreshold.NameOf(threshold.Kind), threshold.Relative ? null : threshold.Value, values.Value,
            Passed: false, values.Source, lowerBetter ? "lower" : "higher");
        var missing = values.Source == "measured"
            ? "was not measured (the model's file could not be run on the spec's dataset for it)"
            : "has no value in the spec";
        var fix = values.Source == "measured" ? "record it in the spec, or drop --measure to read it from there" : "add it to the spec, or pass --measure to measure it on the dataset";
        if (values.Value is not { } value)
            return check with { Reason = $"\"{modelId}\" {missing} for \"{name}\": {fix}." };
        if (threshold.Kind == GateKind.Max) return check with { Passed = value <= threshold.Value + Tolerance(value, threshold.Value) };
        if (threshold.Kind == GateKind.Min) return check with { Passed = value >= threshold.Value - Tolerance(value, threshold.Value) };

        if (values.BaseValue is not { } baseValue)
            return check with { Relative = threshold.Relative ? threshold.Value : null, Reason = $"The base \"{baseId}\" {missing} for \"{name}\": {fix}." };
        // A drop is getting worse: for accuracy a fall, for latency or size a rise.
        var drop = lowerBetter ? value - baseValue : baseValue - value;
        var allowed = threshold.Relative ? threshold.Value * Math.Abs(baseValue) : threshold.Value;
        return check with
        {
            Threshold = allowed,
            Relative = threshold.Relative ? threshold.Value : null,
            BaseValue = baseValue,
            Drop = drop,
            Passed = drop <= allowed + Tolerance(value, baseValue),
        };
    }

    static double Tolerance(double a, double b) => Slack * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
