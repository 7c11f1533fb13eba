// The probe's first pass over one tensor of one model: read its values into a buffer and measure their moments.
// Sources that read ranges are read on the scan's threads in stretches of 64 Ki values, each measured right after it
// lands (in L2), so the moments cost no second trip through memory and the page-cache copy runs on every thread.
// The stretches are whole moment blocks, so the statistics equal those of TensorMoments.Of on the whole buffer
// (up to the order of Chan's merges).
using CompressCompare.Backend.Layers.Sources;

namespace CompressCompare.Backend.Layers;

public static class MeasuredRead
{
    const int Stretch = 1 << 16;

    public static TensorMoments Of(ITensorSource source, TensorInfo tensor, float[] buffer, int length, int threads)
    {
        if (source is not ITensorRangeSource ranges || threads <= 1 || length < 1 << 16 || !ranges.ReadsRangesOf(tensor))
        {
            source.Read(tensor, buffer);
            return TensorMoments.Of(buffer, length, threads);
        }
        var parts = new TensorMoments[threads];
        Parallel.For(0, threads, p =>
        {
            var (from, to) = TensorMoments.Part(length, threads, p);
            var total = new TensorMoments(0, 0, double.PositiveInfinity, double.NegativeInfinity, 0, 0);
            for (var start = from; start < to; start += Stretch)
            {
                var values = buffer.AsSpan(start, Math.Min(Stretch, to - start));
                ranges.ReadRange(tensor, start, values);
                total = TensorMoments.Merge(total, TensorMoments.Of(values));
            }
            parts[p] = total;
        });
        return parts.Aggregate(TensorMoments.Merge);
    }
}
