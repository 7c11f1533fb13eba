// A torch tensor is a view of a storage (offset, sizes, strides in elements): these compute which stretch of the
// storage a view touches, with overflow checked (a hostile file's shape must not wrap around), and copy a strided
// view out of that stretch in row-major order.
namespace CompressCompare.Backend.Layers.Sources.Torch;

public static class TorchView
{
    /// <summary>How many elements the view holds; -1 when a size is negative or the product overflows.</summary>
    public static long Count(TorchTensor view)
    {
        long count = 1;
        foreach (var size in view.Shape)
        {
            if (size < 0 || (size > 0 && count > long.MaxValue / size)) return -1;
            count *= size;
        }
        return count;
    }

    /// <summary>The lowest and highest storage element the view reads; null when anything is negative or overflows.</summary>
    public static (long Lowest, long Highest)? Span(TorchTensor view)
    {
        if (view.Offset < 0 || Count(view) < 0 || view.Stride.Any(s => s < 0)) return null;
        var highest = view.Offset;
        try
        {
            for (var d = 0; d < view.Shape.Length; d++)
                if (view.Shape[d] > 0) highest = checked(highest + (view.Shape[d] - 1) * view.Stride[d]);
        }
        catch (OverflowException)
        {
            return null;
        }
        return (view.Offset, highest);
    }

    /// <summary>Whether the view's elements lie in row-major order with no gaps (dimensions of size 1 have any stride).</summary>
    public static bool IsContiguous(TorchTensor view)
    {
        long expected = 1;
        for (var d = view.Shape.Length - 1; d >= 0; d--)
        {
            if (view.Shape[d] == 1) continue;
            if (view.Stride[d] != expected) return false;
            expected *= view.Shape[d];
        }
        return true;
    }

    /// <summary>Copies the view, in row-major order, out of <paramref name="stretch"/> (storage elements from <paramref name="lowest"/> on).</summary>
    public static void Gather(TorchTensor view, ReadOnlySpan<float> stretch, long lowest, Span<float> destination)
    {
        var rank = view.Shape.Length;
        var index = new long[rank];
        var at = view.Offset - lowest;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = stretch[(int)at];
            // Advance the last dimension; carry into earlier ones as an odometer does.
            for (var d = rank - 1; d >= 0; d--)
            {
                if (++index[d] < view.Shape[d]) { at += view.Stride[d]; break; }
                at -= (index[d] - 1) * view.Stride[d];
                index[d] = 0;
            }
        }
    }
}
