// The IDX format of (Fashion-)MNIST: a 4-byte magic (two zero bytes, the element type, the number of
// dimensions), one big-endian int32 per dimension, then the elements. Gzip-compressed files are read as is.
using CompressCompare.Backend.Files;
using System.Buffers.Binary;
using System.IO.Compression;

namespace CompressCompare.Backend.Data;

public sealed record IdxArray(int[] Shape, byte[] Values);

public static class IdxReader
{
    const byte UnsignedByte = 0x08;

    /// <summary>Reads an unsigned-byte IDX file (optionally .gz) into its shape and values.</summary>
    public static IdxArray ReadBytes(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        Span<byte> magic = stackalloc byte[4];
        ReadExactly(stream, magic, path, "its 4-byte magic number");
        if (magic[0] != 0 || magic[1] != 0)
            throw new InvalidDataException($"{path} is not an IDX file: its first two bytes are {magic[0]:x2} {magic[1]:x2}, not 00 00.");
        if (magic[2] != UnsignedByte)
            throw new InvalidDataException($"{path}: IDX element type 0x{magic[2]:x2} is not supported (only unsigned bytes, 0x08).");
        var shape = new int[magic[3]];
        Span<byte> dimension = stackalloc byte[4];
        for (var i = 0; i < shape.Length; i++)
        {
            ReadExactly(stream, dimension, path, $"dimension {i}");
            shape[i] = BinaryPrimitives.ReadInt32BigEndian(dimension);
            if (shape[i] < 0) throw new InvalidDataException($"{path}: dimension {i} is negative ({shape[i]}).");
        }
        // Checked before allocating: 255 dimensions of int32 can multiply past long, and a gzip stream cannot say how much it holds.
        long count = 1;
        foreach (var d in shape)
            if ((count *= d) > Array.MaxLength)
                throw new InvalidDataException($"{path}: shape [{string.Join(", ", shape.Take(8))}{(shape.Length > 8 ? ", …" : "")}] holds more values than one array can.");
        MemoryBudget.Check(count, 1, path, "the IDX array");
        if (stream == file && count > file.Length - file.Position)
            throw new InvalidDataException($"{path} ends before its {count} values of shape [{string.Join(", ", shape.Take(8))}]: the file is truncated.");
        var values = new byte[count];
        ReadExactly(stream, values, path, $"{values.Length} values of shape [{string.Join(", ", shape)}]");
        return new IdxArray(shape, values);
    }

    static void ReadExactly(Stream stream, Span<byte> buffer, string path, string what)
    {
        try { stream.ReadExactly(buffer); }
        catch (EndOfStreamException) { throw new InvalidDataException($"{path} ends before {what}: the file is truncated."); }
    }
}
