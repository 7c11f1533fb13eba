// A small fixed-size cache keyed by UTF-8 bytes, so the parser decodes a repeated token once: at 100,000 models the
// same operation names, parameter keys, metric names and parameter values recur hundreds of thousands of times.
namespace CompressCompare.Backend.Spec;

/// <summary>
/// Direct-mapped: each key hashes to one slot and a new key evicts the old one. A lookup never allocates, and the
/// memory stays bounded however many distinct keys (model ids) pass through; the repeated ones stay resident.
/// Each slot keeps one key buffer and overwrites it, so a miss (every model's own id) makes no garbage either, unless
/// the key is longer than any the slot held before.
/// </summary>
internal sealed class Utf8SlotCache<T>
{
    /// <summary>Longer tokens are rarely repeated (paths, free text); hashing them would cost more than it saves.</summary>
    public const int MaxKeyLength = 64;
    public const int MinSlotBits = 8;
    public const int MaxSlotBits = 12;
    // About one slot per this many bytes of text: the tokens that repeat (names, options) are a few hundred in any spec.
    const int TextBytesPerSlot = 256;

    readonly int _slotBits;
    readonly byte[]?[] _keys;
    readonly int[] _lengths;
    readonly T[] _values;

    /// <param name="slotBits">log2 of the number of slots, MinSlotBits to MaxSlotBits.</param>
    public Utf8SlotCache(int slotBits = MaxSlotBits)
    {
        _slotBits = Math.Clamp(slotBits, MinSlotBits, MaxSlotBits);
        var slots = 1 << _slotBits;
        (_keys, _lengths, _values) = (new byte[slots][], new int[slots], new T[slots]);
    }

    /// <summary>
    /// A cache sized for a text of <paramref name="textLength"/> bytes. Its tables are made anew for every parse:
    /// at full size they were about 0.35 MB, 70 times a 5 KB spec and most of what summarizing it allocated.
    /// </summary>
    public static Utf8SlotCache<T> ForText(int textLength) =>
        new(System.Numerics.BitOperations.Log2((uint)Math.Max(1, textLength / TextBytesPerSlot)));

    public int Slots => 1 << _slotBits;

    /// <summary>The slot of <paramref name="key"/>, or -1 when the key is too long to cache.</summary>
    /// <remarks>
    /// Every name and short string of a spec is looked up here (at 100,000 models, 1.8 million times), and HashCode's
    /// four bytes per round were a tenth of the parse. The slot only has to spread keys, not resist collisions (a
    /// lookup compares the whole key): keys up to 16 bytes are hashed whole, longer ones by their first, middle and
    /// last eight bytes, where ids and names differ.
    /// </remarks>
    public int SlotOf(ReadOnlySpan<byte> key)
    {
        if (key.Length > MaxKeyLength) return -1;
        ulong hash;
        if (key.Length >= 8)
        {
            hash = Read64(key, 0) ^ Rotate(Read64(key, key.Length - 8), 29);
            if (key.Length > 16) hash ^= Rotate(Read64(key, (key.Length >> 1) - 4), 47);
        }
        else if (key.Length >= 4) hash = Read32(key, 0) | ((ulong)Read32(key, key.Length - 4) << 32);
        else
        {
            hash = 0;
            foreach (var b in key) hash = (hash << 8) | b;
        }
        // Fibonacci hashing: the top bits of the product depend on every bit of the key words and the length.
        return (int)(((hash ^ (ulong)key.Length) * 0x9E3779B97F4A7C15UL) >> (64 - _slotBits));
    }

    static ulong Read64(ReadOnlySpan<byte> key, int at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key[at..]);
    static uint Read32(ReadOnlySpan<byte> key, int at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(key[at..]);
    static ulong Rotate(ulong value, int by) => System.Numerics.BitOperations.RotateLeft(value, by);

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
        var held = _keys[slot];
        // A buffer only grows, in steps of 16 bytes up to MaxKeyLength: most keys are short ids and names, and a
        // slot replaces its buffer at most four times in a parse.
        if (held is null || held.Length < key.Length) _keys[slot] = held = new byte[Math.Min(MaxKeyLength, (key.Length + 15) & ~15)];
        key.CopyTo(held);
        _lengths[slot] = key.Length;
        _values[slot] = value;
    }
}
