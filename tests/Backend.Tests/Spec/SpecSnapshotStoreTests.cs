// SpecSnapshotStore: a held parse is found by (path, id) only; the bounds per path and in total bytes evict the
// least recently used; a spec over the whole bound is not kept; concurrent use keeps the byte count exact.
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class SpecSnapshotStoreTests
{
    static ParsedSpec Parsed(string path) => new(path, [], [], [], [], [], null);

    [Fact]
    public void A_held_parse_is_found_by_its_path_and_id_only()
    {
        var store = new SpecSnapshotStore();
        var spec = Parsed("/w/a.json");
        store.Add("/w/a.json", "sha256:1", 10, spec);

        Assert.Same(spec, store.Find("/w/a.json", "sha256:1"));
        Assert.Null(store.Find("/w/a.json", "sha256:2"));
        Assert.Null(store.Find("/w/b.json", "sha256:1"));
    }

    [Fact]
    public void The_same_content_added_again_is_held_once()
    {
        var store = new SpecSnapshotStore();
        store.Add("/w/a.json", "sha256:1", 10, Parsed("/w/a.json"));
        var newer = Parsed("/w/a.json");
        store.Add("/w/a.json", "sha256:1", 10, newer);

        Assert.Equal(1, store.Count);
        Assert.Equal(10, store.HeldBytes);
        Assert.Same(newer, store.Find("/w/a.json", "sha256:1"));
    }

    /// <summary>Which of these (path, id) snapshots the store holds, in order: "+" held, "-" not.</summary>
    static string Held(SpecSnapshotStore store, params (string Path, string Id)[] snapshots) =>
        string.Concat(snapshots.Select(s => store.Find(s.Path, s.Id) is null ? "-" : "+"));

    [Fact]
    public void Past_the_bound_per_path_the_oldest_snapshot_of_that_path_goes_and_other_paths_stay()
    {
        var store = new SpecSnapshotStore(perPath: 2, maxBytes: 1000);
        store.Add("/w/other.json", "sha256:o", 10, Parsed("/w/other.json"));
        foreach (var id in new[] { "sha256:1", "sha256:2", "sha256:3" }) store.Add("/w/a.json", id, 10, Parsed("/w/a.json"));

        Assert.Equal("-+++", Held(store, ("/w/a.json", "sha256:1"), ("/w/a.json", "sha256:2"), ("/w/a.json", "sha256:3"), ("/w/other.json", "sha256:o")));
        Assert.Equal(30, store.HeldBytes);
    }

    [Fact]
    public void Past_the_total_bytes_the_least_recently_used_snapshot_goes()
    {
        var store = new SpecSnapshotStore(perPath: 4, maxBytes: 100);
        foreach (var name in new[] { "a", "b" }) store.Add($"/w/{name}.json", $"sha256:{name}", 40, Parsed($"/w/{name}.json"));
        store.Find("/w/a.json", "sha256:a"); // a is now the most recently used
        store.Add("/w/c.json", "sha256:c", 40, Parsed("/w/c.json"));

        Assert.Equal("+-+", Held(store, ("/w/a.json", "sha256:a"), ("/w/b.json", "sha256:b"), ("/w/c.json", "sha256:c")));
        Assert.Equal(80, store.HeldBytes);
    }

    [Fact]
    public void A_spec_larger_than_the_whole_bound_is_not_kept_and_evicts_nothing()
    {
        var store = new SpecSnapshotStore(perPath: 4, maxBytes: 100);
        store.Add("/w/a.json", "sha256:a", 40, Parsed("/w/a.json"));
        store.Add("/w/huge.json", "sha256:h", 101, Parsed("/w/huge.json"));

        Assert.Null(store.Find("/w/huge.json", "sha256:h"));
        Assert.NotNull(store.Find("/w/a.json", "sha256:a"));
        Assert.Equal(40, store.HeldBytes);
    }

    [Fact]
    public void Concurrent_adds_and_finds_keep_the_bounds_and_the_byte_count_exact()
    {
        const int Paths = 5, PerPath = 3, Bytes = 7;
        var store = new SpecSnapshotStore(perPath: PerPath, maxBytes: 12 * Bytes);
        var found = 0;
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Each add is followed by two finds of the same snapshot, which other threads may have evicted meanwhile.
            var path = $"/w/{i / 3 % Paths}.json";
            var id = $"sha256:{i / 3 % 11}";
            if (i % 3 == 0) store.Add(path, id, Bytes, Parsed(path));
            else if (store.Find(path, id) is { } spec)
            {
                Assert.Equal(path, spec.Path);
                Interlocked.Increment(ref found);
            }
        });

        Assert.True(found > 0);
        Assert.InRange(store.Count, 1, 12);
        Assert.Equal(store.Count * Bytes, store.HeldBytes);
        for (var p = 0; p < Paths; p++)
            Assert.InRange(Enumerable.Range(0, 11).Count(id => store.Find($"/w/{p}.json", $"sha256:{id}") is not null), 0, PerPath);
    }
}
