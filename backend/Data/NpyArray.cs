// NumPy's .npy format (version 1.0, little-endian, C order): how a spec's dataset arrays are stored, so
// practitioners can write and inspect them with numpy.save / numpy.load.
using CompressCompare.Backend.Files;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CompressCompare.Backend.Data;

/// <summary>An n-dimensional array read from or written to a .npy file; values widened to double-free float/long.</summary>
public sealed partial record NpyArray(string DType, int[] Shape, float[]? Floats, long[]? Integers)
{
    public long Count => Shape.Aggregate(1L, (a, b) => a * b);

    public static NpyArray OfFloats(float[] values, params int[] shape) => new("<f4", shape, values, null);
    public static NpyArray OfInt64(long[] values, params int[] shape) => new("<i8", shape, null, values);

    // numpy.load refuses headers over 10,000 bytes unless told otherwise; 1 MiB leaves room for any real shape.
    const long MaxHeaderBytes = 1 << 20;

    static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    public void Write(string path)
    {
        var header = $"{{'descr': '{DType}', 'fortran_order': False, 'shape': ({string.Join(", ", Shape)}{(Shape.Length == 1 ? "," : "")}), }}";
        // The header is padded with spaces and a newline so the data starts on a 64-byte boundary.
        var unpadded = Magic.Length + 2 + 2 + header.Length + 1;
        header = header.PadRight(header.Length + (64 - unpadded % 64) % 64) + "\n";
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            stream.Write(Magic);
            stream.Write([1, 0]);
            Span<byte> length = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)header.Length);
            stream.Write(length);
            stream.Write(Encoding.ASCII.GetBytes(header));
            if (Floats is not null) stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Floats.AsSpan()));
            else stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Integers!.AsSpan()));
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads float16/float32/float64/uint8 as floats and bool and every integer type as integers (both filled for uint8);
    /// <see cref="DType"/> keeps the stored dtype, so a model input can refuse a cast that would lose values.
    /// </summary>
    public static NpyArray Read(string path)
    {
        // Streamed, so a float32 array is read straight into its float[]: evaluation reads 31 MB Fashion-MNIST
        // inputs per request, and a whole-file byte[] plus a copy doubled that read's time and memory.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var (descr, shape) = ReadHeader(stream, path);
        var size = ElementSize(descr, path);
        var count = CheckedCount(shape, path);
        var available = stream.Length - stream.Position;
        if (count > available / size)
            throw new InvalidDataException($"{path} is truncated: its header promises {count} values but the file holds {available / size}.");
        // Both a float and an integer copy are held for uint8; every other dtype becomes one array of 4 or 8 bytes a value.
        MemoryBudget.Check(count, descr switch { "|u1" => 12, "<f2" => 4, "<f4" or "<i4" or "<f8" or "<i8" => Math.Max(size, 4), _ => 8 }, path, $"the array {descr}[{string.Join(", ", shape)}]");
        if (descr == "<f4")
        {
            var direct = new float[count];
            stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(direct.AsSpan()));
            return new NpyArray(descr, shape, direct, null);
        }
        var rest = new byte[count * size];
        stream.ReadExactly(rest);
        var data = rest.AsSpan();
        float[]? floats = null;
        long[]? integers = null;
        switch (descr)
        {
            case "<f4": floats = Take<float>(data, count, 4, path); break;
            case "<f8": floats = [.. Take<double>(data, count, 8, path).Select(d => (float)d)]; break;
            case "|u1": floats = [.. data[..(int)Need(data, count, 1, path)].ToArray().Select(b => (float)b)]; integers = [.. floats.Select(f => (long)f)]; break;
            case "<i8": integers = Take<long>(data, count, 8, path); break;
            case "<i4": integers = [.. Take<int>(data, count, 4, path).Select(i => (long)i)]; break;
            case "<f2": floats = [.. Take<Half>(data, count, 2, path).Select(h => (float)h)]; break;
            case "|b1": integers = [.. data[..(int)Need(data, count, 1, path)].ToArray().Select(b => b == 0 ? 0L : 1L)]; break;
            case "|i1": integers = [.. Take<sbyte>(data, count, 1, path).Select(i => (long)i)]; break;
            case "<i2": integers = [.. Take<short>(data, count, 2, path).Select(i => (long)i)]; break;
            case "<u2": integers = [.. Take<ushort>(data, count, 2, path).Select(i => (long)i)]; break;
            case "<u4": integers = [.. Take<uint>(data, count, 4, path).Select(i => (long)i)]; break;
            // Values past long.MaxValue wrap here; no model input takes uint64 losslessly, so the binding refuses it anyway.
            case "<u8": integers = [.. Take<ulong>(data, count, 8, path).Select(i => unchecked((long)i))]; break;
            default:
                throw new InvalidOperationException($"ElementSize admitted dtype {descr} that Read does not decode.");
        }
        return new NpyArray(descr, shape, floats, integers);
    }

    /// <summary>
    /// Opens an array for reading in pieces: its dtype, its shape and the file positioned at the first value, after the
    /// checks <see cref="Read"/> makes (a dtype the backend reads, a file as long as its header promises, the memory budget
    /// for <paramref name="bytesPerValue"/> bytes a value once read; 0 skips it). The caller owns the stream.
    /// </summary>
    public static (string DType, int[] Shape, FileStream Values) Open(string path, Func<string, int> bytesPerValue)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var (descr, shape) = ReadHeader(stream, path);
            var size = ElementSize(descr, path);
            var count = CheckedCount(shape, path);
            var available = stream.Length - stream.Position;
            if (count > available / size)
                throw new InvalidDataException($"{path} is truncated: its header promises {count} values but the file holds {available / size}.");
            if (bytesPerValue(descr) is > 0 and var bytes) MemoryBudget.Check(count, bytes, path, $"the array {descr}[{string.Join(", ", shape)}]");
            return (descr, shape, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The shape alone, from the header: how many instances a file holds without reading its values.</summary>
    public static int[] ReadShape(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        return ReadHeader(stream, path).Shape;
    }

    /// <summary>The dtype and shape; leaves the stream at the first value.</summary>
    static (string Descr, int[] Shape) ReadHeader(Stream stream, string path)
    {
        var prefix = new byte[12];
        var prefixLength = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        if (prefixLength < 10 || !prefix.AsSpan(0, 6).SequenceEqual(Magic))
            throw new InvalidDataException($"{path} is not a NumPy .npy file (no \\x93NUMPY magic). Save it with numpy.save.");
        var major = prefix[6];
        if (major is < 1 or > 3 || (major > 1 && prefixLength < 12))
            throw new InvalidDataException($"{path} is .npy version {major}, which is not 1.0, 2.0 or 3.0. Save it with numpy.save.");
        var headerStart = major == 1 ? 10 : 12;
        var headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(prefix.AsSpan(8)) : (long)BinaryPrimitives.ReadUInt32LittleEndian(prefix.AsSpan(8));
        if (headerLength > MaxHeaderBytes)
            throw new InvalidDataException($"{path} has a {headerLength}-byte header, more than the {MaxHeaderBytes} numpy.save writes for any array. Save it again with numpy.save.");
        var dataStart = headerStart + headerLength;
        if (stream.Length < dataStart)
            throw new InvalidDataException($"{path} is truncated inside its header. Save it again with numpy.save.");
        var headerBytes = new byte[headerLength];
        stream.Position = headerStart;
        stream.ReadExactly(headerBytes);
        var header = Encoding.ASCII.GetString(headerBytes);
        var descr = DescrPattern().Match(header).Groups[1].Value;
        if (FortranPattern().IsMatch(header))
            throw new InvalidDataException($"{path} is in Fortran order; save it with numpy.save(np.ascontiguousarray(a)).");
        var dims = ShapePattern().Match(header).Groups[1].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var shape = new int[dims.Length];
        for (var i = 0; i < dims.Length; i++)
            if (!int.TryParse(dims[i], NumberStyles.None, CultureInfo.InvariantCulture, out shape[i]))
                throw new InvalidDataException($"{path} has a shape whose dimension {i + 1} is not a non-negative integer. Save it again with numpy.save.");
        return (descr, shape);
    }

    /// <summary>The product of the dimensions; refused when it passes what one array can hold (int dims can multiply past long).</summary>
    static long CheckedCount(int[] shape, string path)
    {
        long count = 1;
        foreach (var d in shape)
        {
            count *= d;
            if (count > Array.MaxLength)
                throw new InvalidDataException($"{path} declares shape ({string.Join(", ", shape.Take(8))}{(shape.Length > 8 ? ", …" : "")}), more values than one array can hold.");
        }
        return count;
    }

    static int ElementSize(string descr, string path) => descr switch
    {
        "<f4" or "<i4" or "<u4" => 4,
        "<f8" or "<i8" or "<u8" => 8,
        "<f2" or "<i2" or "<u2" => 2,
        "|u1" or "|i1" or "|b1" => 1,
        _ => throw new InvalidDataException($"{path} holds dtype '{(descr.Length > 16 ? descr[..16] + "…" : descr)}', which the backend does not read; use float16, float32 ('<f4'), float64, bool, or a little-endian integer type (int8 to int64, uint8 to uint64)."),
    };

    static T[] Take<T>(ReadOnlySpan<byte> data, long count, int size, string path) where T : unmanaged =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(data[..(int)Need(data, count, size, path)]).ToArray();

    static long Need(ReadOnlySpan<byte> data, long count, int size, string path) =>
        data.Length >= count * size ? count * size
            : throw new InvalidDataException($"{path} is truncated: its header promises {count} values but the file holds {data.Length / size}.");

    [GeneratedRegex(@"'descr'\s*:\s*'([^']+)'")] private static partial Regex DescrPattern();
    [GeneratedRegex(@"'fortran_order'\s*:\s*True")] private static partial Regex FortranPattern();
    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")] private static partial Regex ShapePattern();
}
