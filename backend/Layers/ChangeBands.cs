// How much one value changed against the base, in bands relative to the tensor's largest base magnitude,
// so a layer's change can be drawn as a stacked histogram coloured by degree of change.
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Layers;

public static class ChangeBands
{
    public const int Unchanged = 0, Small = 1, Medium = 2, Large = 3, Zeroed = 4;

    /// <summary>Labels in band order, least change first (ProbeResult.ChangeBands).</summary>
    public static readonly IReadOnlyList<string> Labels = ["unchanged", "< 1%", "1–10%", "> 10%", "zeroed"];

    /// <summary>
    /// The band of a value that was <paramref name="baseValue"/> and is <paramref name="value"/>: "zeroed" when it became exactly 0,
    /// otherwise by |Δ| as a fraction of <paramref name="baseMaxAbs"/> (the tensor's largest |base value|; any change to an all-zero base is large).
    /// </summary>
    public static int Of(float baseValue, float value, double baseMaxAbs) =>
        Of(baseValue, value, 0.01f * (float)baseMaxAbs, 0.1f * (float)baseMaxAbs);

    /// <summary>Of, with the band edges (1% and 10% of the base's largest magnitude) computed once per tensor: the scan's hot loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(float baseValue, float value, float smallEdge, float mediumEdge)
    {
        var delta = MathF.Abs(value - baseValue);
        // Few branches on the data: a pruned tensor's zeros fall at random and would defeat prediction.
        return value == baseValue ? Unchanged
            : value == 0 ? Zeroed
            : Small + (delta >= smallEdge ? 1 : 0) + (delta >= mediumEdge ? 1 : 0);
    }
}
