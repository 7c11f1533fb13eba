// Equal-width histogram bins shared by every model's copy of one tensor (min..max over all of them),
// so the models' histograms can be drawn on one axis. Values outside clamp to the end bins.
namespace CompressCompare.Backend.Layers;

public readonly record struct SharedBins(double Min, double Max, int Count)
{
    public int Of(float value)
    {
        // A constant tensor has zero width: everything lands in the first bin.
        var width = Max - Min;
        if (!(width > 0)) return 0;
        var bin = (int)((value - Min) / width * Count);
        return bin < 0 ? 0 : bin >= Count ? Count - 1 : bin;
    }
}
