// Display names and order of the final variables. The view takes the first variable as the chart's x axis
// and the second as its colour, so the order is the explanation's reading order.
namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class VariableNaming
{
    /// <summary>
    /// The same operation can appear at two steps (prune, fine-tune, prune again); their variables would share a
    /// name, so each such name gains its step: "Magnitude Prune · amount (step 3)".
    /// </summary>
    public static void Disambiguate(List<Variable> variables)
    {
        foreach (var group in variables.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var variable in group)
                variable.Name = $"{variable.Name} (step {variable.Slot + 1})";
    }

    /// <summary>Simplest first, then the one that splits the models most, then the earlier step.</summary>
    public static List<Variable> InReadingOrder(IEnumerable<Variable> variables) =>
        [.. variables.OrderBy(v => v.Cost).ThenByDescending(v => v.Levels.Count).ThenBy(v => v.Slot)];
}
