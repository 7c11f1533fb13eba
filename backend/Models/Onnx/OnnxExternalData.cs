// ONNX external data: a tensor whose data_location is EXTERNAL keeps its bytes in another file, named by
// the "location" entry relative to the model's folder, at "offset" for "length" bytes (models over 2 GB
// must be saved this way). Read only when the tensor's values are asked for.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxExternalData
{
    public static byte[] Read(TensorProto tensor, string modelPath, string tensorName, long expectedBytes)
    {
        string? location = null;
        long offset = 0, length = -1;
        foreach (var entry in tensor.ExternalData)
        {
            switch (entry.Key)
            {
                case "location": location = entry.Value; break;
                case "offset": offset = long.Parse(entry.Value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "length": length = long.Parse(entry.Value, System.Globalization.CultureInfo.InvariantCulture); break;
            }
        }
        if (string.IsNullOrEmpty(location))
            throw new OnnxModelException(modelPath, $"Tensor '{tensorName}' is marked as external data but names no file (no \"location\" entry).",
                "Export the model again, or save it with all weights inside the .onnx file.", tensorName);

        var folder = Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? ".";
        var dataPath = Path.GetFullPath(Path.Combine(folder, location));
        // The ONNX spec requires locations relative to the model's folder; refusing others keeps a file from
        // pointing the backend at arbitrary files on the user's machine.
        if (Path.IsPathRooted(location) || !dataPath.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new OnnxModelException(modelPath, $"Tensor '{tensorName}' keeps its data in '{location}', outside the model's folder.",
                "ONNX external data must sit in the model's folder; move the data file there and re-save the model.", tensorName);
        if (!File.Exists(dataPath))
            throw new OnnxModelException(modelPath, $"Tensor '{tensorName}' keeps its data in the external file '{location}', which is missing from {folder}.",
                "Copy the data file(s) exported with the model into the same folder as the .onnx file, or re-export with all weights inside it.", tensorName);

        if (length < 0) length = expectedBytes;
        using var stream = File.OpenRead(dataPath);
        if (offset < 0 || length > int.MaxValue || offset + length > stream.Length)
            throw new OnnxModelException(dataPath, $"Tensor '{tensorName}' needs bytes {offset}..{offset + length} of this external data file, which has {stream.Length}.",
                "The data file is truncated or belongs to another export: copy it again together with its .onnx file.", tensorName);
        var bytes = new byte[length];
        stream.Seek(offset, SeekOrigin.Begin);
        stream.ReadExactly(bytes);
        return bytes;
    }
}
