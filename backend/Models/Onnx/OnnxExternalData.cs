// ONNX external data: a tensor whose data_location is EXTERNAL keeps its bytes in another file, named by
// the "location" entry relative to the model's folder, at "offset" for "length" bytes (models over 2 GB
// must be saved this way). Read only when the tensor's values are asked for. OnnxIndexedParser also points
// the .onnx file's own float initializers here, at their raw_data inside it.
using System.Runtime.InteropServices;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.Win32.SafeHandles;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxExternalData
{

    public static byte[] Read(TensorProto tensor, string modelPath, string tensorName, long expectedBytes)
    {
        var (dataPath, offset, length) = Locate(tensor, modelPath, tensorName, expectedBytes);
        var bytes = new byte[length];
        using var stream = File.OpenRead(dataPath);
        stream.Seek(offset, SeekOrigin.Begin);
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// Decodes a floating-point tensor's bytes into <paramref name="destination"/> chunk by chunk, reading each straight into a
    /// pooled buffer: a tensor's worth of bytes is never held besides its floats.
    /// </summary>
    public static void ReadFloats(TensorProto tensor, string modelPath, string tensorName, OnnxDataType type, Span<float> destination, TensorProblem problem)
    {
        var size = type.ElementSize();
        var (dataPath, offset, length) = Locate(tensor, modelPath, tensorName, (long)destination.Length * size);
        if (length != (long)destination.Length * size)
            throw problem($"has {length} bytes of external data where its {destination.Length} values take {(long)destination.Length * size}.",
                "The data file belongs to another export: copy it again together with its .onnx file.");
        using var handle = File.OpenHandle(dataPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        if (type == OnnxDataType.Float && BitConverter.IsLittleEndian)
        {
            // float32 needs no conversion: read straight into the destination.
            ReadExactly(handle, MemoryMarshal.AsBytes(destination), offset, dataPath, tensorName, offset, length);
            return;
        }
        ChunkedDecode.Into(destination, size, offset,
            (chunk, at) => ReadExactly(handle, chunk, at, dataPath, tensorName, offset, length),
            (chunk, values) => OnnxTensorDecoder.DecodeFloats(tensor, type, chunk, values, problem));
    }

    /// <summary>Fills <paramref name="bytes"/> from <paramref name="at"/>; the error names the tensor's whole extent (<paramref name="offset"/>, <paramref name="length"/>).</summary>
    static void ReadExactly(SafeFileHandle handle, Span<byte> bytes, long at, string dataPath, string tensorName, long offset, long length)
    {
        PositionalRead.Exactly(handle, bytes, at, () => Truncated(dataPath, tensorName, offset, length, RandomAccess.GetLength(handle)));
    }

    /// <summary>The data file, offset and length of the tensor's bytes, checked against the file.</summary>
    static (string DataPath, long Offset, long Length) Locate(TensorProto tensor, string modelPath, string tensorName, long expectedBytes)
    {
        string? location = null;
        long offset = 0, length = -1;
        foreach (var entry in tensor.ExternalData)
        {
            switch (entry.Key)
            {
                case "location": location = entry.Value; break;
                case "offset": offset = Number(entry.Value, "offset", modelPath, tensorName); break;
                case "length": length = Number(entry.Value, "length", modelPath, tensorName); break;
            }
        }
        if (string.IsNullOrEmpty(location))
            throw new OnnxModelException(modelPath, $"Tensor '{Names.Short(tensorName)}' is marked as external data but names no file (no \"location\" entry).",
                "Export the model again, or save it with all weights inside the .onnx file.", tensorName);

        if (location.Contains('\0') || location.Length > 4096)
            throw new OnnxModelException(modelPath, $"Tensor '{Names.Short(tensorName)}' names its external data file with a location that is not a file name.",
                "The file is damaged or its exporter is faulty: export the model again.", tensorName);
        var folder = Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".";
        var dataPath = Path.GetFullPath(Path.Combine(folder, location));
        // The ONNX spec requires locations relative to the model's folder; refusing others keeps a file from
        // pointing the backend at arbitrary files on the user's machine.
        if (Path.IsPathRooted(location) || !dataPath.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new OnnxModelException(modelPath, $"Tensor '{Names.Short(tensorName)}' keeps its data in '{Names.Short(location)}', outside the model's folder.",
                "ONNX external data must sit in the model's folder; move the data file there and re-save the model.", tensorName);
        // The text stays in the model's folder; a link there must not lead the read out of it (or the workspace).
        dataPath = WorkspacePolicy.Current.BesideToRead(dataPath, RealPath.Of(modelPath), FileKind.ModelData);
        if (!File.Exists(dataPath))
            throw new OnnxModelException(modelPath, $"Tensor '{Names.Short(tensorName)}' keeps its data in the external file '{Names.Short(location)}', which is missing from {folder}.",
                "Copy the data file(s) exported with the model into the same folder as the .onnx file, or re-export with all weights inside it.", tensorName);

        if (length < 0) length = expectedBytes;
        var fileLength = new FileInfo(dataPath).Length;
        // Compared without adding, so an offset near long.MaxValue cannot overflow past the check.
        if (offset > fileLength || length > int.MaxValue || length > fileLength - offset)
            throw Truncated(dataPath, tensorName, offset, length, fileLength);
        return (dataPath, offset, length);
    }

    /// <summary>An "offset" or "length" entry: a non-negative decimal integer, as ONNX's external data spec writes them.</summary>
    static long Number(string value, string key, string modelPath, string tensorName) =>
        long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new OnnxModelException(modelPath, $"Tensor '{Names.Short(tensorName)}' has an external-data \"{key}\" that is not a non-negative integer.",
                "The file is damaged or its exporter is faulty: export the model again.", tensorName);

    static OnnxModelException Truncated(string dataPath, string tensorName, long offset, long length, long fileLength) =>
        new(dataPath, $"Tensor '{Names.Short(tensorName)}' needs bytes {offset}..{offset + length} of this file, which has {fileLength}.",
            "The file is truncated or belongs to another export: copy it again together with its .onnx file.", tensorName);
}
