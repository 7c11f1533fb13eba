// How Selection Details charts the models by default. A bar that holds several models shows their mean, which is
// only honest when they share a recipe: every variable, charted or not, must agree within the bar. Two variables
// fit a chart (x and colour); when more remain and would split a bar, a small selection gets one bar per model (the
// paper flattens tables of fewer than 6 rows the same way) and a larger one asks the user to refine the comparison.
using CompressCompare.Protocol.ModelMap;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class ChartPlanner
{
    /// <summary>Below this many models one bar per model stays readable (the paper's flattening threshold).</summary>
    public const int PerModelBelow = 6;

    /// <summary>The default chart for <paramref name="variables"/> in reading order (x = [0], colour = [1]).</summary>
    public static ComparisonChart Plan(IReadOnlyList<Variable> variables, int models)
    {
        if (variables.Count <= 2 || BarsHoldOneRecipe(variables, models)) return ComparisonChart.Grouped;
        return models < PerModelBelow ? ComparisonChart.PerModel : ComparisonChart.Refine;
    }

    /// <summary>True when the models sharing an x and colour level also share every other variable's level.</summary>
    static bool BarsHoldOneRecipe(IReadOnlyList<Variable> variables, int models)
    {
        var bars = new Dictionary<(int X, int Color), int>();
        for (var m = 0; m < models; m++)
        {
            var bar = (variables[0].Values[m], variables[1].Values[m]);
            if (!bars.TryGetValue(bar, out var first)) { bars[bar] = m; continue; }
            for (var v = 2; v < variables.Count; v++)
                if (variables[v].Values[m] != variables[v].Values[first]) return false;
        }
        return true;
    }
}
