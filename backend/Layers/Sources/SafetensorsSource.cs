// `.safetensors` (the format LLM checkpoints use): an 8-byte little-endian header length, a JSON header
// {name: {dtype, shape, data_offsets: [begin, end]}} ("__metadata__" aside), then the raw little-endian data.
// One tensor is read by seeking to its bytes; nothing else of the file is touched.
using CompressCompare.Backend.Files;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models;
using Microsoft.Win32.SafeHandles;

namespace CompressCompare.Backend.Layers.Sources;

public sealed class SafetensorsSource : ITensorRangeSource
{
    public const string Extension = ".safetensors";
    // Headers of real checkpoints are well under a megabyte; a larger length means a corrupt or foreign file.
    const long MaxHeaderBytes = 100L * 1024 * 1024;

    readonly SafeFileHandle _handle;
    readonly Dictionary<string, (long Begin, long End)> _offsets = [];

    public string File { get; }
    public IReadOnlyList<TensorInfo> Tensors { get; }

    public SafetensorsSource(string file)
    {
        File = file;
        _handle = System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        try
        {
            Tensors = ReadHeader();
        }
        catch
        {
            _handle.Dispose();
            throw;
        }
    }

    List<TensorInfo> ReadHeader()
    {
        var length = RandomAccess.GetLength(_handle);
        Span<byte> prefix = stackalloc byte[8];
        if (length < 8 || RandomAccess.Read(_handle, prefix, 0) != 8)
            throw Invalid("it is shorter than the 8-byte header length");
        var headerBytes = BinaryPrimitives.ReadInt64LittleEndian(prefix);
        if (headerBytes <= 0 || headerBytes > MaxHeaderBytes || headerBytes > length - 8)
            throw Invalid($"its header length {headerBytes} does not fit the file's {length} bytes (or the {MaxHeaderBytes >> 20} MB limit)");
        var header = new byte[headerBytes];
        if (RandomAccess.Read(_handle, header, 8) != headerBytes) throw Invalid("its header is cut short");
        var dataStart = 8 + headerBytes;
        List<SafetensorsHeader.Entry> entries;
        try
        {
            entries = SafetensorsHeader.Parse(header);
        }
        catch (JsonException e)
        {
            // Utf8JsonReader's messages give a line and byte position, never the header's text.
            throw Invalid($"its JSON header cannot be read ({e.Message})");
        }
        catch (InvalidDataException e)
        {
            throw Invalid(e.Message);
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString on bytes that are not UTF-8, or an escaped lone surrogate.
            throw Invalid("its JSON header holds a name or dtype that is not valid UTF-8 text");
        }
        var tensors = new List<(TensorInfo Info, long Begin, long End)>(entries.Count);
        foreach (var (name, dtype, shape, begin, end) in entries)
        {
            var size = SafetensorsDtype.Size(dtype, File, Names.Short(name));
            if (!SafetensorsHeader.TryCount(shape, out var count) || begin > end || end > length - dataStart
                || count > (end - begin) / size || count * size != end - begin)
                throw Invalid($"tensor \"{Names.Short(name)}\" has data offsets [{begin}, {end}] that do not fit its {Names.Short(dtype)}{Shape(shape)} or the file's {length - dataStart} data bytes");
            if (!_offsets.TryAdd(name, (dataStart + begin, dataStart + end)))
                throw Invalid($"tensor \"{Names.Short(name)}\" is named twice");
            tensors.Add((new TensorInfo(name, shape, dtype), begin, end));
        }
        // JSON objects carry no order that writers agree on; the data's order is the file's order.
        tensors.Sort((a, b) => a.Begin != b.Begin ? a.Begin.CompareTo(b.Begin) : a.End.CompareTo(b.End));
        for (var i = 1; i < tensors.Count; i++)
            if (tensors[i].Begin < tensors[i - 1].End)
                throw Invalid($"tensors \"{Names.Short(tensors[i - 1].Info.Name)}\" and \"{Names.Short(tensors[i].Info.Name)}\" share bytes (their data offsets overlap)");
        return [.. tensors.Select(t => t.Info)];
    }

    public void Read(TensorInfo tensor, Span<float> destination) => ReadRange(tensor, 0, destination[..checked((int)tensor.Count)]);

    public void ReadRange(TensorInfo tensor, long start, Span<float> destination)
    {
        var (begin, end) = _offsets[tensor.Name];
        var size = SafetensorsDtype.Size(tensor.DataType, File, tensor.Name);
        if (start < 0 || (start + destination.Length) * size > end - begin)
            throw new ArgumentOutOfRangeException(nameof(start), $"Values {start}..{start + destination.Length} are outside tensor \"{tensor.Name}\" ({tensor.Count} values).");
        begin += start * size;
        if (tensor.DataType == "F32")
        {
            // Read straight into the floats: no intermediate copy on the format every scan is timed on.
            ReadExactly(MemoryMarshal.AsBytes(destination), begin, tensor.Name);
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("safetensors data is little-endian.");
            return;
        }
        ChunkedDecode.Into(destination, size, begin, (bytes, at) => ReadExactly(bytes, at, tensor.Name),
            (bytes, values) => SafetensorsDtype.Convert(tensor.DataType, bytes, values));
    }

    void ReadExactly(Span<byte> bytes, long offset, string tensor)
    {
        PositionalRead.Exactly(_handle, bytes, offset, () => Invalid($"tensor \"{tensor}\" ends past the end of the file"));
    }

    static string Shape(IReadOnlyList<long> shape) => shape.Count <= 8 ? $"[{string.Join(", ", shape)}]" : $"[{string.Join(", ", shape.Take(8))}, … ({shape.Count} dimensions)]";

    InvalidDataException Invalid(string problem) =>
        new($"{File} is not a readable .safetensors file: {problem}. Save the checkpoint again (safetensors.torch.save_file) and check that the whole file arrived.");

    public void Dispose() => _handle.Dispose();
}
