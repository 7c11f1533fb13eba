// The calibration sample: whole batches spread over the dataset, never overlapping, never past its end, as many instances as asked.
using CompressCompare.Backend.Compression.Onnx;

namespace Backend.Tests.Compression.Onnx;

public sealed class DatasetFeedBatchesTests
{
    [Theory]
    [InlineData(1000, 256, 32)]
    [InlineData(1000, 1000, 32)]
    [InlineData(100, 100, 32)]
    [InlineData(100, 10, 32)]
    [InlineData(50, 33, 32)]
    [InlineData(1, 1, 1)]
    public void Batches_cover_exactly_the_wanted_instances_without_overlap_inside_the_dataset(int size, int wanted, int batch)
    {
        var runs = DatasetFeed.Batches(size, wanted, batch).ToArray();
        Assert.Equal(wanted, runs.Sum(r => r.Count));
        Assert.All(runs, r => Assert.InRange(r.Count, 1, batch));
        Assert.All(runs, r => Assert.InRange(r.Start + r.Count, 1, size));
        var covered = runs.SelectMany(r => Enumerable.Range(r.Start, r.Count)).ToArray();
        Assert.Equal(covered.Length, covered.Distinct().Count());
    }

    [Fact]
    public void A_small_sample_of_a_large_dataset_reaches_its_end()
    {
        var runs = DatasetFeed.Batches(10_000, 256, 32).ToArray();
        Assert.Equal(0, runs[0].Start);
        Assert.True(runs[^1].Start > 9_000, "the last batch comes from the dataset's end, not its first 256 instances");
    }
}
