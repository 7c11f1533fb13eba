// Equal-width histogram bins shared by every model's copy of one tensor (min..max over all of them),
// so the models' histograms can be drawn on one axis. Values outside clamp to the end bins.
using System.Numerics;
using System.Runtime.CompilerServices;

namespace CompressCompare.Backend.Layers;

public readonly record struct SharedBins(double Min, double Max, int Count)
{
    // A constant tensor has zero width: everything lands in the first bin.
    float Scale => Max > Min ? (float)(Count / (Max - Min)) : 0f;

    /// <summary>The constants of Of's arithmetic, for kernels that inline it: bin = clamp((value − Min) × Scale, 0, Last).</summary>
    public (float Min, float Scale, float Last) Kernel => ((float)Min, Scale, Count - 1);

    public int Of(float value)
    {
        // The same arithmetic as the vectorized Of, so a value lands in one bin whichever path counts it.
        var x = Math.Min(Math.Max((value - (float)Min) * Scale, 0f), Count - 1);
        return (int)x;
    }

    /// <summary>The bin of each value, with vectorized arithmetic (the scan's hot loop).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Of(ReadOnlySpan<float> values, Span<int> bins)
    {
        var (min, scale, last) = Kernel;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var (vMin, vScale, vLast) = (new Vector<float>(min), new Vector<float>(scale), new Vector<float>(last));
            for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                // Clamp before converting: a float past int's range would not convert to a usable index.
                var x = Vector.Min(Vector.Max((new Vector<float>(values[i..]) - vMin) * vScale, Vector<float>.Zero), vLast);
                Vector.ConvertToInt32(x).CopyTo(bins[i..]);
            }
        }
        for (; i < values.Length; i++) bins[i] = Of(values[i]);
    }
}
