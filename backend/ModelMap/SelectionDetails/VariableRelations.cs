// How two variables relate over the selected models: the joint values they take and whether one fixes the other.
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class VariableRelations
{
    /// <summary>
    /// How many distinct (a, b) value pairs the models take, counting no further than <paramref name="limit"/>:
    /// the merge pass asks this of every pair of variables and only cares whether the count stays small.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static int JointCount(Variable a, Variable b, int limit = int.MaxValue)
    {
        var width = b.Levels.Count;
        var cells = (long)a.Levels.Count * width;
        var count = 0;
        if (cells <= 1 << 16)
        {
            var seen = new bool[cells];
            for (var m = 0; m < a.Values.Length && count <= limit; m++)
            {
                ref var cell = ref seen[a.Values[m] * width + b.Values[m]];
                if (!cell) { cell = true; count++; }
            }
            return count;
        }
        var pairs = new HashSet<long>();
        for (var m = 0; m < a.Values.Length && count <= limit; m++)
            if (pairs.Add((long)a.Values[m] * width + b.Values[m])) count++;
        return count;
    }

    /// <summary>True when knowing a model's level of <paramref name="a"/> tells its level of <paramref name="b"/>.</summary>
    public static bool Determines(Variable a, Variable b) => JointCount(a, b, a.Levels.Count) == a.Levels.Count;
}
