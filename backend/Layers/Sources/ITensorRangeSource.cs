// A source that reads any stretch of a tensor, so a scan can read on several threads and measure each stretch
// while it is still in cache (see MeasuredRead).
namespace CompressCompare.Backend.Layers.Sources;

public interface ITensorRangeSource : ITensorSource
{
    /// <summary>Reads values [<paramref name="start"/>, start + destination.Length) of <paramref name="tensor"/> as float32 into <paramref name="destination"/>.</summary>
    void ReadRange(TensorInfo tensor, long start, Span<float> destination);

    /// <summary>Whether <paramref name="tensor"/> can be read by ranges (else read it whole with Read). Called on one thread before any ReadRange of it.</summary>
    bool ReadsRangesOf(TensorInfo tensor) => true;
}
