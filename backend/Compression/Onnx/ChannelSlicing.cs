// The arithmetic of channel pruning on a weight's values, apart from any file: each output channel's L1 norm (what
// torch.nn.utils.prune.ln_structured ranks by with n=1), which channels stay, and a tensor with whole channels removed
// along its first two axes (output channels, input channels or a Gemm's features, one block of entries per channel).
namespace CompressCompare.Backend.Compression.Onnx;

/// <summary>The channels an axis keeps (ascending) and how many consecutive entries of that axis each channel owns.</summary>
internal readonly record struct KeptChannels(int[] Channels, int Block);

internal static class ChannelSlicing
{
    /// <summary>The L1 norm of each channel along <paramref name="axis"/> (0 or 1) of a tensor of <paramref name="dims"/>.</summary>
    public static double[] L1Norms(IReadOnlyList<long> dims, ReadOnlySpan<float> values, int axis)
    {
        var (d0, d1, inner) = View(dims);
        var norms = new double[axis == 0 ? d0 : d1];
        for (var i = 0; i < d0; i++)
            for (var j = 0; j < d1; j++)
            {
                double sum = 0;
                foreach (var v in values.Slice((i * d1 + j) * inner, inner)) sum += Math.Abs(v);
                norms[axis == 0 ? i : j] += sum;
            }
        return norms;
    }

    /// <summary>
    /// The channels left when the <paramref name="remove"/> of smallest norm go, in their original order. Equal norms go
    /// lowest index first, so the choice does not depend on sort stability.
    /// </summary>
    public static int[] Kept(double[] norms, int remove)
    {
        var gone = Enumerable.Range(0, norms.Length).OrderBy(c => norms[c]).ThenBy(c => c).Take(remove).ToHashSet();
        return [.. Enumerable.Range(0, norms.Length).Where(c => !gone.Contains(c))];
    }

    /// <summary>The tensor with only the kept channels of each axis in <paramref name="keep"/> (0 and/or 1), and its new dims.</summary>
    public static (long[] Dims, float[] Values) Slice(IReadOnlyList<long> dims, ReadOnlySpan<float> values, IReadOnlyDictionary<int, KeptChannels> keep)
    {
        var (d0, d1, inner) = View(dims);
        var rows = Indices(d0, keep.GetValueOrDefault(0));
        var columns = Indices(d1, keep.GetValueOrDefault(1));
        var result = new float[rows.Length * columns.Length * inner];
        var at = 0;
        foreach (var i in rows)
            foreach (var j in columns)
            {
                values.Slice((i * d1 + j) * inner, inner).CopyTo(result.AsSpan(at, inner));
                at += inner;
            }
        var newDims = dims.ToArray();
        newDims[0] = rows.Length;
        if (newDims.Length > 1) newDims[1] = columns.Length;
        return (newDims, result);
    }

    /// <summary>A tensor as [d0, d1, inner] (a vector is [n, 1, 1]).</summary>
    static (int D0, int D1, int Inner) View(IReadOnlyList<long> dims) =>
        ((int)dims[0], dims.Count > 1 ? (int)dims[1] : 1, (int)dims.Skip(2).Aggregate(1L, (a, d) => a * d));

    static int[] Indices(int size, KeptChannels kept) => kept.Channels is null
        ? [.. Enumerable.Range(0, size)]
        : [.. kept.Channels.SelectMany(c => Enumerable.Range(c * kept.Block, kept.Block))];
}
