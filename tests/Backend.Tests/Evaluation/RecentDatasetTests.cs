// The dataset kept between requests: reused while its files and classes are unchanged, read afresh otherwise,
// and never kept from a cancelled read. Alone in its collection: the kept dataset is process-wide, and another
// test's load would replace it mid-test.
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Evaluation;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RecentDatasetCollection
{
    public const string Name = "recent dataset (run alone)";
}

[Collection(RecentDatasetCollection.Name)]
public sealed class RecentDatasetTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("cc-recent-").FullName;

    string Spec(string classes = "\"a\", \"b\"")
    {
        var spec = Path.Combine(_folder, "models.json");
        File.WriteAllText(spec, $$$"""{"models": [{"id": "m"}], "dataset": {"inputs": "x.npy", "labels": "y.npy", "classes": [{{{classes}}}]}}""");
        return spec;
    }

    ParsedSpec Summary(string spec) => SpecParser.Parse(spec, File.ReadAllText(spec), CancellationToken.None, File.Exists);

    void WriteData(float first, int rows = 4)
    {
        NpyArray.OfFloats([first, .. Enumerable.Range(1, rows * 2 - 1).Select(i => (float)i)], rows, 2).Write(Path.Combine(_folder, "x.npy"));
        NpyArray.OfInt64([.. Enumerable.Range(0, rows).Select(i => (long)(i % 2))], rows).Write(Path.Combine(_folder, "y.npy"));
    }

    static EvaluationDataset LoadWhole(ParsedSpec spec)
    {
        var dataset = EvaluationDataset.Load(spec);
        _ = dataset.Inputs; // waits for the background read, just after which the dataset is kept
        var key = RecentDataset.KeyOf(dataset.Hash, spec.Dataset!.Classes);
        Assert.True(SpinWait.SpinUntil(() => ReferenceEquals(RecentDataset.Find(key), dataset), TimeSpan.FromSeconds(5)), "kept once read");
        return dataset;
    }

    [Fact]
    public void A_second_request_reuses_the_dataset_until_a_file_or_the_classes_change()
    {
        RecentDataset.Forget();
        WriteData(0.5f);
        var spec = Summary(Spec());
        var first = LoadWhole(spec);
        Assert.Same(first, EvaluationDataset.Load(spec));

        WriteData(0.25f); // same size: only the content (and the time) differ
        var edited = EvaluationDataset.Load(spec);
        Assert.NotSame(first, edited);
        Assert.Equal(0.25f, edited.Inputs[0]);

        var renamed = Summary(Spec("\"x\", \"y\""));
        Assert.NotSame(LoadWhole(spec), EvaluationDataset.Load(renamed));
    }

    [Fact]
    public void A_cancelled_read_is_not_kept()
    {
        RecentDataset.Forget();
        WriteData(1f, rows: 1 << 20); // several read chunks, so the cancellation lands mid-read
        var spec = Summary(Spec());
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var cancelled = EvaluationDataset.Load(spec, cancel.Token);
        Assert.ThrowsAny<OperationCanceledException>(() => cancelled.InputsUpTo(cancelled.Count, cancel.Token));
        Thread.Sleep(100);
        Assert.NotSame(cancelled, EvaluationDataset.Load(spec));
    }

    public void Dispose()
    {
        RecentDataset.Forget();
        Directory.Delete(_folder, recursive: true);
    }
}
