// Metric values and operation parameters of a model, stored as a run of values against a key list that all
// models with the same keys share. At 100,000 models a Dictionary each was about 300 bytes per model and field,
// more than the spec's own text for that model; the summary's contract only asks for a read-only dictionary.
// The runs of many dictionaries share one array (a slab): an array per dictionary was two objects more per model
// for the garbage collector to copy while the parse's results were young.
using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CompressCompare.Backend.Spec;

/// <summary>An ordered list of distinct keys, shared by every dictionary that has exactly these keys.</summary>
internal sealed class SharedKeys(string[] names)
{
    // Specs carry a handful of metrics and parameters: a scan beats hashing until lists get long.
    const int ScanLimit = 8;
    readonly Dictionary<string, int>? _index = names.Length <= ScanLimit ? null
        : names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    public string[] Names { get; } = names;

    public int IndexOf(string key)
    {
        if (_index is not null) return _index.GetValueOrDefault(key, -1);
        for (var i = 0; i < Names.Length; i++)
            if (string.Equals(Names[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}

/// <summary>A read-only dictionary in insertion order, as a Dictionary that was only ever added to enumerates.</summary>
/// <remarks>The values are slab[start .. start + keys.Names.Length), which no one writes once the dictionary is built.</remarks>
internal sealed class SharedKeyDictionary<TValue>(SharedKeys keys, TValue[] slab, int start) : IReadOnlyDictionary<string, TValue>
{
    /// <summary>The keys in order: one array shared by every dictionary of this shape, so readers can work per shape.</summary>
    internal string[] KeyArray => keys.Names;
    /// <summary>The values, in the order of KeyArray.</summary>
    internal ReadOnlySpan<TValue> ValueSpan => slab.AsSpan(start, keys.Names.Length);

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No key '{key}'.");
    public IEnumerable<string> Keys => keys.Names;
    public IEnumerable<TValue> Values => new ArraySegment<TValue>(slab, start, keys.Names.Length);
    public int Count => keys.Names.Length;
    public bool ContainsKey(string key) => keys.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = keys.IndexOf(key);
        value = index >= 0 ? slab[start + index] : default;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < keys.Names.Length; i++) yield return new(keys.Names[i], slab[start + i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Collects one dictionary's entries (a repeated key keeps its first place and takes the last value, as a
/// Dictionary's indexer does), then builds it against the shared key list of its shape. One builder per parse.
/// </summary>
internal sealed class SharedKeyDictionaryBuilder<TValue>
{
    readonly List<string> _names = [];
    readonly List<TValue> _values = [];
    readonly Dictionary<string, SharedKeys> _shapes = new(StringComparer.Ordinal);
    // Most models of a spec share one shape: checking the last one first skips building a lookup key.
    SharedKeys? _last;
    // Below the large object heap's 85,000 bytes, so a slab is an ordinary young object like the dictionaries using it.
    internal const int SlabLength = 4096;
    // Slabs start small and double up to SlabLength: two full slabs were most of what a spec of a few dozen models
    // allocated (128 KB for a 5 KB file).
    const int FirstSlabLength = 64;
    int _nextSlabLength = FirstSlabLength;
    TValue[] _slab = [];
    int _slabUsed;

    public void Set(string key, TValue value)
    {
        var index = _names.IndexOf(key);
        if (index >= 0) _values[index] = value;
        else
        {
            _names.Add(key);
            _values.Add(value);
        }
    }

    /// <summary>The collected entries as a dictionary; the builder is empty again afterwards.</summary>
    public IReadOnlyDictionary<string, TValue> Build()
    {
        var count = _values.Count;
        if (_slab.Length - _slabUsed < count)
        {
            // The rest of a full slab is left unused; a dictionary longer than a slab gets one of its own.
            _slab = new TValue[Math.Max(_nextSlabLength, count)];
            _slabUsed = 0;
            _nextSlabLength = Math.Min(2 * _nextSlabLength, SlabLength);
        }
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_values).CopyTo(_slab.AsSpan(_slabUsed));
        var dictionary = new SharedKeyDictionary<TValue>(ShapeOf(_names), _slab, _slabUsed);
        _slabUsed += count;
        _names.Clear();
        _values.Clear();
        return dictionary;
    }

    static bool Same(SharedKeys shape, List<string> names) =>
        shape.Names.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names));

    SharedKeys ShapeOf(List<string> names)
    {
        if (_last is not null && Same(_last, names)) return _last;
        // A key holding an escaped NUL could make two shapes share a signature: such a shape is simply not shared.
        var signature = string.Join('\0', names);
        if (!_shapes.TryGetValue(signature, out var shape)) _shapes.Add(signature, shape = new SharedKeys([.. names]));
        else if (!Same(shape, names)) shape = new SharedKeys([.. names]);
        return _last = shape;
    }
}
