// Opens a model file as an ITensorSource by its extension, turning every way a file can fail to open into a
// BackendException that names the file and says what to do: ModelFileInvalid for a damaged file, MemoryBudgetExceeded
// for a tensor whose float32 values would not fit the memory budget (the probe reads one whole tensor at a time).
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Layers.Sources.Torch;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models;
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
            ITensorSource source = ShardIndex.IsIndex(file) ? ShardedSource.Open(file) : Path.GetExtension(file).ToLowerInvariant() switch
            {
                SafetensorsSource.Extension => new SafetensorsSource(file),
                OnnxWeightSource.Extension => new OnnxWeightSource(file),
                TorchStateDictSource.Extension => new TorchStateDictSource(file),
                var torch when TorchZipSource.Extensions.Contains(torch) => new TorchZipSource(file),
                var other => throw Error($"{file}: probing cannot read {(other.Length == 0 ? "files without an extension" : $"{other} files")}.", file, modelId,
                    "Probe .safetensors, .onnx, PyTorch .pt/.pth/.bin (torch.save), TorchSharp .dat files, or a sharded checkpoint's .index.json."),
            };
            // The probe holds one buffer as large as the largest tensor, beside what the source keeps decoded.
            var held = source is OnnxWeightSource onnx ? onnx.HeldBytes : 0;
            if (source.Tensors.FirstOrDefault(t => t.Count is < 0 or > int.MaxValue || t.Count > (MemoryBudget.Bytes - held) / sizeof(float)) is { } large)
            {
                source.Dispose();
                throw MemoryBudget.Exceeded(file, $"tensor \"{Names.Short(large.Name)}\" (beside {held >> 20} MiB of decoded weights)", large.Count, sizeof(float));
            }
            return source;
        }
        catch (OnnxModelException e)
        {
            throw Invalid(e.Message, file, modelId, e.Hint);
        }
        catch (TorchCheckpointException e)
        {
            throw Invalid(e.Message, file, modelId, e.Hint);
        }
        catch (InvalidDataException e)
        {
            throw Invalid(e.Message, file, modelId, "Check that the file is complete and of its format, or save it again.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(e.Message, file, modelId, "Check that the file is complete and readable, or save it again.");
        }
    }

    /// <summary>A damaged or foreign <paramref name="file"/>: its bytes do not make a model of its format.</summary>
    internal static BackendException Invalid(string message, string file, string? modelId, string hint) =>
        new(RpcErrorCodes.ModelFileInvalid, message, new RpcErrorData { File = file, ModelId = modelId, Hint = hint });

    /// <summary>A problem with <paramref name="file"/>, for the probe to report with what to do.</summary>
    internal static BackendException Error(string message, string file, string? modelId, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, ModelId = modelId, Hint = hint });
}
