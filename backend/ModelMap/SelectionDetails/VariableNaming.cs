// Display names and order of the final variables. The view takes the first variable as the chart's x axis
// and the second as its colour, so the order is the explanation's reading order.
namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class VariableNaming
{
    /// <summary>
    /// The same operation can appear at two steps (prune, fine-tune, prune again); their variables would share a
    /// name, so each such name gains its step: "Magnitude Prune · amount (step 3)". The step is the models' own
    /// (counted from their root), not the aligned slot: a 6-step model must never read "step 10".
    /// </summary>
    public static void Disambiguate(List<Variable> variables)
    {
        foreach (var group in variables.GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var members = group.OrderBy(v => v.Slot).ToList();
            var steps = members.Select(v => v.Step ?? $"step {v.Slot + 1}").ToList();
            // Models that reached the slots at overlapping depths ("steps 2–5" twice): count the occurrences instead.
            var distinct = steps.Distinct(StringComparer.Ordinal).Count() == steps.Count;
            for (var i = 0; i < members.Count; i++)
                members[i].Name = distinct ? $"{group.Key} ({steps[i]})" : $"{group.Key} ({Ordinal(i + 1)} of {members.Count}, {steps[i]})";
        }
    }

    static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };

    /// <summary>Simplest first, then the one that splits the models most, then the earlier step.</summary>
    public static List<Variable> InReadingOrder(IEnumerable<Variable> variables) =>
        [.. variables.OrderBy(v => v.Cost).ThenByDescending(v => v.Levels.Count).ThenBy(v => v.Slot)];
}
