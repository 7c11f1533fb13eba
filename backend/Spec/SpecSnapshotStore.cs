// Parsed specs kept by (full path, content hash), so a panel's request uses exactly the spec the Model Map drew
// (even after the file on disk turned into broken JSON) and no request parses a spec the backend already parsed.
// Bounded by count per path and by total source bytes: a parsed spec holds about 1.3× its text in memory
// (`bench overview`'s summarizeHeldMegabytes at 100,000 models; 3.8× before issue 17's parse rework).
using System.Security.Cryptography;

namespace CompressCompare.Backend.Spec;

public sealed class SpecSnapshotStore(int perPath = SpecSnapshotStore.DefaultPerPath, long maxBytes = SpecSnapshotStore.DefaultMaxBytes)
{
    /// <summary>The map's spec, the one being typed and a couple of earlier saves: enough for a panel opened on an older one.</summary>
    public const int DefaultPerPath = 4;
    /// <summary>One spec of the largest size a spec may have (64 MiB) plus room for small ones; about 130 MB once parsed.</summary>
    public const long DefaultMaxBytes = 96L * 1024 * 1024;
    const string Prefix = "sha256:";

    readonly Lock _lock = new();
    /// <summary>Most recently used first; a few dozen entries at most, so a list scan is cheaper than an index to keep in step.</summary>
    readonly LinkedList<Entry> _entries = new();
    long _bytes;

    sealed record Entry(string Path, string Id, long Bytes, ParsedSpec Spec);

    /// <summary>The snapshot id of these exact bytes: what `SpecSummary.snapshot` carries and requests send back.</summary>
    public static string IdOf(ReadOnlySpan<byte> content) => Prefix + Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Total source bytes of the held specs (what the bound counts).</summary>
    public long HeldBytes
    {
        get { lock (_lock) return _bytes; }
    }

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    /// <summary>The held parse of <paramref name="fullPath"/> with this id, marked as recently used; null when not held.</summary>
    public ParsedSpec? Find(string fullPath, string id)
    {
        lock (_lock)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Path != fullPath || node.Value.Id != id) continue;
                _entries.Remove(node);
                _entries.AddFirst(node);
                return node.Value.Spec;
            }
            return null;
        }
    }

    /// <summary>
    /// Keeps <paramref name="spec"/> as the newest snapshot of its path, evicting the least recently used beyond the
    /// bounds. A spec larger than the whole bound is not kept: requests on it re-read the file instead.
    /// </summary>
    public void Add(string fullPath, string id, long sourceBytes, ParsedSpec spec)
    {
        if (sourceBytes > maxBytes) return;
        lock (_lock)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
                if (node.Value.Path == fullPath && node.Value.Id == id)
                {
                    Remove(node);
                    break;
                }
            _entries.AddFirst(new Entry(fullPath, id, sourceBytes, spec));
            _bytes += sourceBytes;
            var ofPath = 0;
            for (var node = _entries.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Path == fullPath && ++ofPath > perPath) Remove(node);
                node = next;
            }
            while (_bytes > maxBytes && _entries.Last is { } oldest) Remove(oldest);
        }
    }

    void Remove(LinkedListNode<Entry> node)
    {
        _entries.Remove(node);
        _bytes -= node.Value.Bytes;
    }
}
