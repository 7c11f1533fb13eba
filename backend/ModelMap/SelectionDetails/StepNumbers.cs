// Which step of their own provenance the models reached a slot at. Aligned slots are positions in a shared
// profile: with paths of different lengths slot 10 may be step 6 of every model in it, and a name must say 6.
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.ModelMap.SelectionDetails;

internal static class StepNumbers
{
    /// <summary>"step n" when every model in <paramref name="slot"/> ran it as its n-th step, else "steps a–b".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop run once per request (see SelectionExplainer)
    public static string Of(ProvenanceStep?[] slot, IReadOnlyList<ProvenancePath> paths)
    {
        int low = int.MaxValue, high = int.MinValue;
        for (var m = 0; m < slot.Length; m++)
        {
            if (slot[m] is not { } step) continue;
            // Steps are built once per model (shared only with descendants), so the reference finds the position.
            var steps = paths[m].Steps;
            for (var i = 0; i < steps.Count; i++)
                if (ReferenceEquals(steps[i], step))
                {
                    low = Math.Min(low, i + 1);
                    high = Math.Max(high, i + 1);
                    break;
                }
        }
        return low == high ? $"step {low}" : $"steps {low}–{high}";
    }
}
