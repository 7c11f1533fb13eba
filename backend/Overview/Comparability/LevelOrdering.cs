// The order of a variable's levels on an axis or in a legend: "none" first (the model without the step or
// parameter is the reference), numbers ascending, "false" before "true", otherwise the order models were selected.
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Overview.Comparability;

internal static class LevelOrdering
{
    /// <summary>Distinct values of <paramref name="texts"/> in display order; numeric when every level is a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static (IReadOnlyList<string> Levels, bool Numeric) Order(IReadOnlyList<string> texts)
    {
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            if (seen.Add(text)) distinct.Add(text);

        var hasNone = distinct.Remove(ParameterText.None);
        if (distinct.Count > 0 && distinct.All(ParameterText.IsNumber))
            distinct.Sort(ParameterText.CompareNumbers);
        else if (distinct.All(t => t is "false" or "true"))
            distinct.Sort(StringComparer.Ordinal);
        var numeric = !hasNone && distinct.Count > 0 && distinct.All(ParameterText.IsNumber);
        if (hasNone) distinct.Insert(0, ParameterText.None);
        return (distinct, numeric);
    }
}
