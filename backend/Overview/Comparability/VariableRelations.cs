// How two variables relate over the selected models: the joint values they take and whether one fixes the other.
namespace CompressCompare.Backend.Overview.Comparability;

internal static class VariableRelations
{
    /// <summary>How many distinct (a, b) value pairs the models take.</summary>
    public static int JointCount(Variable a, Variable b)
    {
        var seen = new HashSet<long>();
        for (var m = 0; m < a.Values.Length; m++)
            seen.Add((long)a.Values[m] * b.Levels.Count + b.Values[m]);
        return seen.Count;
    }

    /// <summary>True when knowing a model's level of <paramref name="a"/> tells its level of <paramref name="b"/>.</summary>
    public static bool Determines(Variable a, Variable b) => JointCount(a, b) == a.Levels.Count;
}
