// Simplification (b): two variables whose joint values are no more than either has alone (one determines the
// other) show the same split of the models twice; one merged variable "0.7 · features.0.*" says it once and
// frees an axis. Only exact determination merges: any looser threshold would hide a real difference in a level
// label, and the view already offers "Refine comparison" when more than two variables remain.
using CompressCompare.Protocol.ModelMap;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class VariableMerging
{
    public const string LevelSeparator = " · ";

    public static List<Variable> Merge(List<Variable> variables)
    {
        var result = new List<Variable>(variables);
        while (BestPair(result) is { } pair)
        {
            var (i, j) = pair;
            // The simpler variable leads the merged name and levels, so it stays readable.
            var (first, second) = Simpler(result[i], i, result[j], j) ? (result[i], result[j]) : (result[j], result[i]);
            var merged = Merged(first, second);
            result[i] = merged;
            result.RemoveAt(j);
        }
        return result;
    }

    /// <summary>The mergeable pair with the fewest joint values (then the simplest); null when none is left.</summary>
    static (int, int)? BestPair(List<Variable> variables)
    {
        (int, int)? best = null;
        (int Joint, double Cost) bestKey = (int.MaxValue, double.MaxValue);
        for (var i = 0; i < variables.Count; i++)
            for (var j = i + 1; j < variables.Count; j++)
            {
                var most = Math.Max(variables[i].Levels.Count, variables[j].Levels.Count);
                var joint = VariableRelations.JointCount(variables[i], variables[j], most);
                if (joint > most) continue;
                var key = (joint, variables[i].Cost + variables[j].Cost);
                if (key.CompareTo(bestKey) < 0) { best = (i, j); bestKey = key; }
            }
        return best;
    }

    static bool Simpler(Variable a, int ai, Variable b, int bi) => (a.Cost, ai).CompareTo((b.Cost, bi)) <= 0;

    static Variable Merged(Variable first, Variable second)
    {
        var pairs = Enumerable.Range(0, first.Values.Length).Select(m => (first.Values[m], second.Values[m])).Distinct().Order().ToArray();
        var index = new Dictionary<(int, int), int>();
        for (var i = 0; i < pairs.Length; i++) index[pairs[i]] = i;
        var sameOperation = first.Kind == VariableKind.Parameter && second.Kind == VariableKind.Parameter
            && first.Operation == second.Operation && first.Slot == second.Slot;
        return new Variable
        {
            Kind = VariableKind.Merged,
            Name = sameOperation ? $"{first.Name} & {second.Parameter}" : $"{first.Name} & {second.Name}",
            Slot = Math.Min(first.Slot, second.Slot),
            Cost = Math.Min(first.Cost, second.Cost) + VariableCosts.MergePenalty,
            Levels = [.. pairs.Select(p => ReadableLevels.Part(first, first.Levels[p.Item1]) + LevelSeparator + ReadableLevels.Part(second, second.Levels[p.Item2]))],
            Values = [.. Enumerable.Range(0, first.Values.Length).Select(m => index[(first.Values[m], second.Values[m])])],
            Parts = [.. PartsOf(first), .. PartsOf(second)],
        };
    }

    static IReadOnlyList<string> PartsOf(Variable variable) =>
        variable.Kind == VariableKind.Merged ? variable.Parts : [variable.Name];
}
