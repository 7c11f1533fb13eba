// A sharded checkpoint read as one tensor source: opening reads every shard's header (its tensor list, no values)
// to check it against the index, then closes it; reads reopen a shard when its tensors are wanted and keep at most
// OpenShards open, closing the one used longest ago, so a checkpoint of hundreds of shards holds a few file handles.
// Tensors come shard by shard, each in its shard's order, so a probe walks the shards once.
using CompressCompare.Backend.Layers.Sources.Torch;
using CompressCompare.Backend.Models;

namespace CompressCompare.Backend.Layers.Sources;

public class ShardedSource : ITensorSource
{
    const int OpenShards = 2;

    readonly ShardIndex _index;
    // Open shards, most recently used last, each with how many reads are using it (a shard in use is never closed).
    readonly List<(int Shard, ITensorSource Source, int Users)> _open = [];
    readonly Lock _lock = new();

    public string File => _index.File;
    public IReadOnlyList<TensorInfo> Tensors { get; }

    /// <summary>A source over the index's shards; one that reads ranges when every shard does (safetensors).</summary>
    public static ShardedSource Open(string indexFile)
    {
        var index = ShardIndex.Read(indexFile);
        return index.Shards.All(s => s.EndsWith(SafetensorsSource.Extension, StringComparison.OrdinalIgnoreCase))
            ? new ShardedRangeSource(index) : new ShardedSource(index);
    }

    protected ShardedSource(ShardIndex index)
    {
        _index = index;
        var tensors = new List<TensorInfo>(index.ShardOf.Count);
        for (var s = 0; s < index.Shards.Count; s++)
        {
            using var shard = OpenShard(s);
            var found = new HashSet<string>(StringComparer.Ordinal);
            // Tensors a shard holds but the index maps elsewhere (or not at all) are not read: the map decides.
            foreach (var tensor in shard.Tensors.Where(t => index.ShardOf.TryGetValue(t.Name, out var at) && at == s))
            {
                tensors.Add(tensor);
                found.Add(tensor.Name);
            }
            if (index.ShardOf.FirstOrDefault(kv => kv.Value == s && !found.Contains(kv.Key)) is { Key: { } missing })
                throw new InvalidDataException($"{File}: tensor \"{Names.Short(missing)}\" is mapped to {Path.GetFileName(index.Shards[s])}, which does not hold it. Download that shard again, or the whole checkpoint.");
        }
        Tensors = tensors;
    }

    ITensorSource OpenShard(int shard)
    {
        var path = _index.Shards[shard];
        return path.EndsWith(SafetensorsSource.Extension, StringComparison.OrdinalIgnoreCase) ? new SafetensorsSource(path) : new TorchZipSource(path);
    }

    public void Read(TensorInfo tensor, Span<float> destination)
    {
        var source = Acquire(tensor);
        try { source.Read(tensor, destination); }
        finally { Release(source); }
    }

    protected ITensorSource Acquire(TensorInfo tensor)
    {
        var shard = _index.ShardOf[tensor.Name];
        lock (_lock)
        {
            var at = _open.FindIndex(o => o.Shard == shard);
            var (_, source, users) = at >= 0 ? _open[at] : (shard, Reopen(shard), 0);
            if (at >= 0) _open.RemoveAt(at);
            _open.Add((shard, source, users + 1));
            for (var i = 0; _open.Count > OpenShards && i < _open.Count - 1; i++)
                if (_open[i].Users == 0)
                {
                    _open[i].Source.Dispose();
                    _open.RemoveAt(i--);
                }
            return source;
        }
    }

    protected void Release(ITensorSource source)
    {
        lock (_lock)
        {
            var at = _open.FindIndex(o => ReferenceEquals(o.Source, source));
            _open[at] = _open[at] with { Users = _open[at].Users - 1 };
        }
    }

    ITensorSource Reopen(int shard)
    {
        try
        {
            return OpenShard(shard);
        }
        catch (Exception e) when (e is InvalidDataException or TorchCheckpointException or IOException)
        {
            // The shard read well when the index was opened: it changed since.
            throw TensorSources.Invalid($"{File}: shard {Path.GetFileName(_index.Shards[shard])} changed since it was opened: {e.Message}", File, null,
                "Probe again once the checkpoint's files are complete.");
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var (_, source, _) in _open) source.Dispose();
            _open.Clear();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A sharded checkpoint whose shards are all safetensors: ranges of a tensor read on the scan's threads.</summary>
public sealed class ShardedRangeSource(ShardIndex index) : ShardedSource(index), ITensorRangeSource
{
    public void ReadRange(TensorInfo tensor, long start, Span<float> destination)
    {
        var source = Acquire(tensor);
        try { ((ITensorRangeSource)source).ReadRange(tensor, start, destination); }
        finally { Release(source); }
    }
}
