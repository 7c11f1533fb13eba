// A float32 initializer of an ONNX model's main graph whose values sit inside the .onnx file as raw_data, located by
// byte offset: what the ONNX weight rewriter can replace in place, one tensor at a time, without parsing the rest.
using System.Globalization;
using System.Runtime.InteropServices;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.Win32.SafeHandles;

namespace CompressCompare.Backend.Compression.Onnx;

/// <param name="Offset">Where its raw_data's first byte is in the .onnx file.</param>
/// <param name="Count">How many float32 values it holds (4·Count bytes from Offset).</param>
public sealed record OnnxStoredWeight(string Name, IReadOnlyList<long> Shape, long Offset, int Count)
{
    /// <summary>
    /// The main graph's float32 initializers stored as raw_data in the file, in file order. OnnxModelReader.OpenIndexed
    /// has already turned each into a reference to its own bytes (location = the file itself), which is read here; tensors
    /// kept in float_data, in external files or inside subgraphs are not listed.
    /// </summary>
    internal static IReadOnlyList<OnnxStoredWeight> InMainFile(OnnxModelReader indexed)
    {
        var file = Path.GetFileName(indexed.Path);
        var weights = new List<OnnxStoredWeight>();
        foreach (var init in indexed.Model.Graph.Initializer)
        {
            if (init.DataType != (int)OnnxDataType.Float || init.DataLocation != TensorProto.Types.DataLocation.External) continue;
            var entries = init.ExternalData.ToDictionary(e => e.Key, e => e.Value);
            if (entries.GetValueOrDefault("location") != file) continue;
            var count = init.Dims.Aggregate(1L, (a, d) => a * d);
            var offset = long.Parse(entries["offset"], CultureInfo.InvariantCulture);
            var length = long.Parse(entries["length"], CultureInfo.InvariantCulture);
            // A raw_data of the wrong size is a damaged tensor: left alone, the probe reports it.
            if (length != count * sizeof(float) || count > int.MaxValue / sizeof(float)) continue;
            weights.Add(new OnnxStoredWeight(init.Name, [.. init.Dims], offset, (int)count));
        }
        return [.. weights.OrderBy(w => w.Offset)];
    }

    /// <summary>Reads the weight's values from the .onnx file open as <paramref name="file"/> into <paramref name="values"/> (Count long).</summary>
    internal void ReadInto(SafeFileHandle file, Span<float> values)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("ONNX raw_data is little-endian; this machine is not.");
        var bytes = MemoryMarshal.AsBytes(values[..Count]);
        for (var read = 0; read < bytes.Length;)
        {
            var got = RandomAccess.Read(file, bytes[read..], Offset + read);
            if (got == 0) throw new InvalidDataException($"The file ended inside tensor '{Name}': it changed while it was being read. Run the operation again.");
            read += got;
        }
    }
}
