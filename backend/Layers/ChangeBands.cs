// How much one value changed against the base, in bands relative to the tensor's largest base magnitude,
// so a layer's change can be drawn as a stacked histogram coloured by degree of change.
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
    public static int Of(float baseValue, float value, double baseMaxAbs)
    {
        if (value == baseValue) return Unchanged;
        if (value == 0) return Zeroed;
        var delta = Math.Abs((double)value - baseValue);
        return delta < 0.01 * baseMaxAbs ? Small : delta < 0.1 * baseMaxAbs ? Medium : Large;
    }
}
