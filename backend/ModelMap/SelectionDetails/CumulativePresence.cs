// Simplification (a): presence variables that nest — B only ever ran where A ran — read as one pipeline
// that went further or stopped earlier, so they collapse into one ordered variable "none" / "A" / "A + B".
using CompressCompare.Protocol.ModelMap;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class CumulativePresence
{
    public static List<Variable> Collapse(List<Variable> variables)
    {
        var presences = variables.Where(v => v.Kind == VariableKind.Presence)
            .Select(v => (Variable: v, Present: Present(v)))
            .OrderByDescending(p => Array.FindAll(p.Present, x => x).Length)
            .ThenBy(p => p.Variable.Slot)
            .ToList();
        // Greedy by decreasing reach: each presence joins the first chain whose last member covers it.
        var chains = new List<List<(Variable Variable, bool[] Present)>>();
        foreach (var presence in presences)
        {
            var chain = chains.FirstOrDefault(c => Covers(c[^1].Present, presence.Present));
            if (chain is null) chains.Add([presence]);
            else chain.Add(presence);
        }

        var result = new List<Variable>(variables);
        foreach (var chain in chains.Where(c => c.Count > 1))
        {
            var at = chain.Min(c => result.IndexOf(c.Variable));
            foreach (var (variable, _) in chain) result.Remove(variable);
            result.Insert(at, Ordered(chain));
        }
        return result;
    }

    static Variable Ordered(List<(Variable Variable, bool[] Present)> chain)
    {
        var names = chain.Select(c => c.Variable.Name).ToArray();
        var models = chain[0].Present.Length;
        // Nested sets make each model's present steps a prefix of the chain: its depth is its level.
        var depth = new int[models];
        foreach (var (_, present) in chain)
            for (var m = 0; m < models; m++)
                if (present[m]) depth[m]++;
        var depths = depth.Distinct().Order().ToArray();
        var index = new Dictionary<int, int>();
        for (var i = 0; i < depths.Length; i++) index[depths[i]] = i;
        return new Variable
        {
            Kind = VariableKind.Ordered,
            Name = string.Join(" → ", names),
            Slot = chain.Min(c => c.Variable.Slot),
            Cost = VariableCosts.Presence,
            Levels = [.. depths.Select(d => d == 0 ? ParameterText.None : string.Join(" + ", names.Take(d)))],
            Values = [.. depth.Select(d => index[d])],
            Parts = names,
        };
    }

    static bool[] Present(Variable presence)
    {
        var truth = presence.Levels.ToList().IndexOf("true");
        var present = new bool[presence.Values.Length];
        for (var m = 0; m < present.Length; m++) present[m] = presence.Values[m] == truth;
        return present;
    }

    static bool Covers(bool[] outer, bool[] inner)
    {
        for (var m = 0; m < outer.Length; m++)
            if (inner[m] && !outer[m]) return false;
        return true;
    }
}
