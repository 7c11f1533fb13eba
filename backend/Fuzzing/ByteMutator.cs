// Format-blind mutations of a file's bytes: bit flips, interesting bytes, truncation, splices with another seed,
// duplicated or deleted stretches, and length fields rewritten to numbers readers mishandle (0, -1, 2^31, 2^40,
// long.MaxValue…) as little-endian int32/int64, big-endian int32 (IDX) or varints (protobuf lengths, LEB128).
using System.Buffers.Binary;

namespace CompressCompare.Backend.Fuzzing;

public static class ByteMutator
{
    static readonly long[] Interesting = [0, 1, -1, 127, 128, 255, 256, 0x7FFF, 0xFFFF, int.MaxValue, unchecked((int)0x80000000), uint.MaxValue,
        1L << 32, 1L << 40, 1L << 53, long.MaxValue, long.MinValue, 100L << 20, 1 << 30];

    /// <summary>Applies one to three mutations; returns the new bytes and what was done (for the report).</summary>
    public static (byte[] Bytes, string Mutation) Mutate(byte[] seed, byte[] other, Random random)
    {
        var bytes = seed;
        var done = new List<string>();
        for (int i = 0, n = random.Next(1, 4); i < n; i++)
        {
            var (next, what) = MutateOnce(bytes, other, random);
            bytes = next;
            done.Add(what);
        }
        return (bytes, string.Join(" + ", done));
    }

    static (byte[], string) MutateOnce(byte[] bytes, byte[] other, Random random)
    {
        if (bytes.Length == 0) return ([.. other.AsSpan(0, Math.Min(other.Length, 16))], "replaced empty");
        var at = random.Next(bytes.Length);
        switch (random.Next(9))
        {
            case 0:
                {
                    var copy = (byte[])bytes.Clone();
                    var flips = random.Next(1, 9);
                    for (var k = 0; k < flips; k++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
                    return (copy, $"flip {flips} bits");
                }
            case 1:
                {
                    var copy = (byte[])bytes.Clone();
                    copy[at] = (byte)Interesting[random.Next(Interesting.Length)];
                    return (copy, $"byte {at} = {copy[at]}");
                }
            case 2:
                return (bytes[..at], $"truncate at {at}");
            case 3:
                {
                    var from = random.Next(other.Length + 1);
                    return ([.. bytes.AsSpan(0, at), .. other.AsSpan(from)], $"splice {at} with other from {from}");
                }
            case 4:
                {
                    var length = Math.Min(random.Next(1, 256), bytes.Length - at);
                    var times = random.Next(1, 5);
                    var segment = bytes.AsSpan(at, length).ToArray();
                    var repeated = Enumerable.Repeat(segment, times).SelectMany(s => s);
                    return ([.. bytes.AsSpan(0, at + length), .. repeated, .. bytes.AsSpan(at + length)], $"duplicate {length} bytes at {at} ×{times}");
                }
            case 5:
                {
                    var length = Math.Min(random.Next(1, 64), bytes.Length - at);
                    return ([.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + length)], $"delete {length} bytes at {at}");
                }
            case 6:
                {
                    var inserted = new byte[random.Next(1, 32)];
                    random.NextBytes(inserted);
                    return ([.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)], $"insert {inserted.Length} random bytes at {at}");
                }
            default:
                return RewriteLength(bytes, at, random);
        }
    }

    /// <summary>Overwrites the bytes at <paramref name="at"/> with an interesting number in one of the encodings length fields use.</summary>
    static (byte[], string) RewriteLength(byte[] bytes, int at, Random random)
    {
        var value = Interesting[random.Next(Interesting.Length)];
        byte[] encoded;
        string how;
        switch (random.Next(4))
        {
            case 0: encoded = new byte[4]; BinaryPrimitives.WriteInt32LittleEndian(encoded, unchecked((int)value)); how = "int32 LE"; break;
            case 1: encoded = new byte[8]; BinaryPrimitives.WriteInt64LittleEndian(encoded, value); how = "int64 LE"; break;
            case 2: encoded = new byte[4]; BinaryPrimitives.WriteInt32BigEndian(encoded, unchecked((int)value)); how = "int32 BE"; break;
            default: encoded = Varint((ulong)value); how = "varint"; break;
        }
        // Varints change length: insert in place of the old one's bytes so the rest of the file shifts as a writer's would.
        var replaced = how == "varint" ? VarintLength(bytes, at) : Math.Min(encoded.Length, bytes.Length - at);
        return ([.. bytes.AsSpan(0, at), .. encoded, .. bytes.AsSpan(at + replaced)], $"{how} {value} at {at}");
    }

    static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(b | 0x80) : b);
        } while (value != 0);
        return [.. bytes];
    }

    static int VarintLength(byte[] bytes, int at)
    {
        var n = 0;
        while (at + n < bytes.Length && n < 10 && (bytes[at + n] & 0x80) != 0) n++;
        return Math.Min(n + 1, bytes.Length - at);
    }
}
