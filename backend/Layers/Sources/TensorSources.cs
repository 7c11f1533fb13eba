// Opens a model file as an ITensorSource by its extension, turning every way a file can fail to open into a
// BackendException that names the file and says what to do.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Layers.Sources;

public static class TensorSources
{
    public static ITensorSource Open(string file, string? modelId = null)
    {
        if (!File.Exists(file))
            throw Error($"The model file {file} does not exist.", file, modelId, "Check the path (a spec's artifact is relative to the spec's folder).");
        try
        {
            return Path.GetExtension(file).ToLowerInvariant() switch
            {
                SafetensorsSource.Extension => new SafetensorsSource(file),
                OnnxWeightSource.Extension => new OnnxWeightSource(file),
                TorchStateDictSource.Extension => new TorchStateDictSource(file),
                var other => throw Error($"{file}: probing cannot read {(other.Length == 0 ? "files without an extension" : $"{other} files")}.", file, modelId,
                    "Probe .safetensors, .onnx or TorchSharp .dat files (export PyTorch checkpoints with safetensors.torch.save_file)."),
            };
        }
        catch (OnnxModelException e)
        {
            throw Error(e.Message, file, modelId, e.Hint);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw Error(e.Message, file, modelId, "Check that the file is complete and readable, or save it again.");
        }
    }

    /// <summary>A problem with <paramref name="file"/>, for the probe to report with what to do.</summary>
    internal static BackendException Error(string message, string file, string? modelId, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, ModelId = modelId, Hint = hint });
}
