// A small fixed-size cache keyed by UTF-8 bytes, so the parser decodes a repeated token once: at 100,000 models the
// same operation names, parameter keys, metric names and parameter values recur hundreds of thousands of times.
namespace CompressCompare.Backend.Spec;

/// <summary>
/// Direct-mapped: each key hashes to one slot and a new key evicts the old one. A lookup never allocates, and the
/// memory stays bounded however many distinct keys (model ids) pass through; the repeated ones stay resident.
/// Each slot keeps one key buffer of MaxKeyLength bytes and overwrites it, so a miss (every model's own id) makes
/// no garbage either.
/// </summary>
internal sealed class Utf8SlotCache<T>
{
    /// <summary>Longer tokens are rarely repeated (paths, free text); hashing them would cost more than it saves.</summary>
    public const int MaxKeyLength = 64;
    const int Slots = 4096;

    readonly byte[]?[] _keys = new byte[Slots][];
    readonly int[] _lengths = new int[Slots];
    readonly T[] _values = new T[Slots];

    /// <summary>The slot of <paramref name="key"/>, or -1 when the key is too long to cache.</summary>
    public static int SlotOf(ReadOnlySpan<byte> key)
    {
        if (key.Length > MaxKeyLength) return -1;
        var hash = new HashCode();
        hash.AddBytes(key);
        return hash.ToHashCode() & (Slots - 1);
    }

    public bool TryGet(int slot, ReadOnlySpan<byte> key, out T value)
    {
        if (slot >= 0 && _keys[slot] is { } held && key.SequenceEqual(held.AsSpan(0, _lengths[slot])))
        {
            value = _values[slot];
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(int slot, ReadOnlySpan<byte> key, T value)
    {
        if (slot < 0) return;
        var held = _keys[slot] ??= new byte[MaxKeyLength];
        key.CopyTo(held);
        _lengths[slot] = key.Length;
        _values[slot] = value;
    }
}
