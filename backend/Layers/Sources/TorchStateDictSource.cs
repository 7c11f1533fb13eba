// TorchSharp `.dat` state dicts (module.save), read without libtorch, which the packaged extension lacks.
// The format: a LEB128 count, then per tensor its name (a .NET BinaryWriter string), LEB128 dtype code,
// LEB128 rank, LEB128 dims, and the raw little-endian values. Listing skips over the values; reading seeks.
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Models;
using Microsoft.Win32.SafeHandles;

namespace CompressCompare.Backend.Layers.Sources;

public sealed class TorchStateDictSource : ITensorSource
{
    public const string Extension = ".dat";

    // TorchSharp's ScalarType codes (the same as libtorch's c10::ScalarType) and the safetensors name of each.
    static readonly Dictionary<long, string> Dtypes = new()
    {
        [0] = "U8",
        [1] = "I8",
        [2] = "I16",
        [3] = "I32",
        [4] = "I64",
        [5] = "F16",
        [6] = "F32",
        [7] = "F64",
        [11] = "BOOL",
        [15] = "BF16",
    };

    // Module paths are far shorter; a longer name means a damaged file.
    const int MaxNameBytes = 64 * 1024;

    readonly SafeFileHandle _handle;
    readonly Dictionary<string, long> _offsets = [];

    public string File { get; }
    public IReadOnlyList<TensorInfo> Tensors { get; }

    public TorchStateDictSource(string file)
    {
        File = file;
        _handle = System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        try
        {
            Tensors = ReadIndex();
        }
        catch
        {
            _handle.Dispose();
            throw;
        }
    }

    List<TensorInfo> ReadIndex()
    {
        using var stream = new FileStream(File, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        using var reader = new BinaryReader(stream);
        var tensors = new List<TensorInfo>();
        try
        {
            var count = Leb128(reader);
            if (count < 0 || count > 1_000_000) throw Invalid($"it announces {count} tensors");
            for (var t = 0; t < count; t++)
            {
                var name = Name(reader, stream.Length - stream.Position);
                var shown = Names.Short(name);
                var code = Leb128(reader);
                if (!Dtypes.TryGetValue(code, out var dtype)) throw Invalid($"tensor \"{shown}\" has element type code {code}, which probing cannot read");
                var rank = Leb128(reader);
                if (rank < 0 || rank > 16) throw Invalid($"tensor \"{shown}\" has rank {rank}");
                var shape = new long[rank];
                for (var d = 0; d < rank; d++) shape[d] = Leb128(reader);
                var size = SafetensorsDtype.Size(dtype, File, shown);
                // Checked before seeking: a count that overflows (or wraps to 0) would make any shape "fit".
                if (!SafetensorsHeader.TryCount(shape, out var elements) || elements > (stream.Length - stream.Position) / size)
                    throw Invalid($"tensor \"{shown}\" {dtype}[{string.Join(", ", shape)}] runs past the end of the file");
                if (!_offsets.TryAdd(name, stream.Position)) throw Invalid($"tensor \"{shown}\" is stored twice");
                tensors.Add(new TensorInfo(name, shape, dtype));
                stream.Seek(elements * size, SeekOrigin.Current);
            }
        }
        catch (EndOfStreamException)
        {
            throw Invalid("it ends in the middle of a tensor's header");
        }
        return tensors;
    }

    public void Read(TensorInfo tensor, Span<float> destination)
    {
        var offset = _offsets[tensor.Name];
        var size = SafetensorsDtype.Size(tensor.DataType, File, tensor.Name);
        ChunkedDecode.Into(destination[..checked((int)tensor.Count)], size, offset,
            (bytes, at) => PositionalRead.Exactly(_handle, bytes, at, () => Invalid($"tensor \"{tensor.Name}\" is cut short")),
            (bytes, values) => SafetensorsDtype.Convert(tensor.DataType, bytes, values));
    }

    /// <summary>A BinaryWriter string (LEB128 byte length, UTF-8), its length checked against what is left of the file.</summary>
    string Name(BinaryReader reader, long left)
    {
        var length = Leb128(reader);
        if (length < 0 || length > MaxNameBytes || length > left)
            throw Invalid($"a tensor name is {length} bytes long, past the end of the file or the {MaxNameBytes}-byte limit");
        var bytes = reader.ReadBytes((int)length);
        if (bytes.Length != length) throw new EndOfStreamException();
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    static long Leb128(BinaryReader reader)
    {
        long value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = reader.ReadByte();
            value |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new InvalidDataException("A length in the state dict runs over 64 bits: the file is damaged or not a TorchSharp state dict.");
    }

    InvalidDataException Invalid(string problem) =>
        new($"{File} is not a readable TorchSharp state dict: {problem}. Save the model again with module.save (TorchSharp) and check that the whole file arrived.");

    public void Dispose() => _handle.Dispose();
}
