// KMeans1D.Assign, the vectorized nearest-entry search Palettize runs on every weight value: each index is the number of
// midpoints strictly below the value (ties lower), as the one-value-at-a-time search defines it, for every codebook size,
// for lengths that leave a scalar tail, and for values exactly on a midpoint, on an entry, infinite or NaN.
using CompressCompare.Backend.Compression;

namespace Backend.Tests.Compression;

public sealed class KMeans1DAssignTests
{
    [Theory]
    [InlineData(1, 13)]
    [InlineData(4, 1000)]
    [InlineData(16, 1003)]
    [InlineData(64, 517)]
    [InlineData(256, 4099)]
    public void Each_index_counts_the_midpoints_strictly_below_the_value(int k, int length)
    {
        var random = new Random(k + length);
        float[] codebook = [.. Enumerable.Range(0, k).Select(_ => random.NextSingle() * 2 - 1).Order()];
        var midpoints = KMeans1D.Midpoints(codebook);
        var values = new float[length];
        for (var i = 0; i < length; i++)
            values[i] = (i % 5) switch
            {
                0 => midpoints[random.Next(Math.Max(1, k - 1))],  // exactly on a midpoint: goes to the lower entry
                1 => codebook[random.Next(k)],
                _ => random.NextSingle() * 2.4f - 1.2f,
            };
        values[3] = float.NaN;
        values[7] = float.PositiveInfinity;
        values[8] = float.NegativeInfinity;

        var assignment = new byte[length];
        KMeans1D.Assign(values, midpoints, assignment);

        for (var i = 0; i < length; i++)
        {
            var expected = midpoints.Count(m => m < values[i]);
            Assert.True(expected == assignment[i], $"value {i} ({values[i]}) got entry {assignment[i]}, expected {expected}");
        }
    }
}
