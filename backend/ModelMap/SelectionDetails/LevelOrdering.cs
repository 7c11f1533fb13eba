// The order of a variable's levels on an axis or in a legend: "none" first (the model without the step or
// parameter is the reference), numbers ascending, "false" before "true", otherwise the order models were selected.
namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class LevelOrdering
{
    /// <summary>The levels <paramref name="firstAppearance"/> (distinct values as models listed them) in display order; numeric when every level is a number.</summary>
    public static (IReadOnlyList<string> Levels, bool Numeric) Order(IReadOnlyList<string> firstAppearance)
    {
        var distinct = new List<string>(firstAppearance);
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
