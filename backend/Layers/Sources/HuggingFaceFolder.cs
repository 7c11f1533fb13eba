// A Hugging Face model folder (what save_pretrained writes: config.json beside the weights) named as a model: the
// probe reads its weights file, chosen in the order transformers loads them (safetensors before pickled .bin, one
// file before a sharded index), so `probe <folder>` and a spec artifact naming the folder need no file name.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Layers.Sources;

public static class HuggingFaceFolder
{
    public static readonly IReadOnlyList<string> WeightFiles =
        ["model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json"];

    /// <summary>
    /// The weights file in <paramref name="path"/> when it is a folder (its name only, to join to the path as written), null
    /// when it is not a folder; a folder without weights is refused, saying which files it lacks. The folder is held to the
    /// path policy (for the spec at <paramref name="specPath"/>, or a client's path when null) before anything in it is looked at.
    /// </summary>
    public static string? WeightsFileIn(string path, string? specPath)
    {
        if (path.Contains('\0') || !Directory.Exists(path)) return null;
        WorkspacePolicy.Current.ToRead(Path.Combine(path, WeightFiles[0]), specPath, FileKind.Model);
        if (WeightFiles.FirstOrDefault(f => File.Exists(Path.Combine(path, f))) is { } weights) return weights;
        var config = File.Exists(Path.Combine(path, "config.json")) ? "" : " and no config.json (it is not a Hugging Face model folder)";
        throw new BackendException(RpcErrorCodes.InvalidRequest, $"The folder {path} holds none of {string.Join(", ", WeightFiles)}{config}, so it has no weights to probe.",
            new RpcErrorData
            {
                File = path,
                Hint = "Name a model file instead (.safetensors, .onnx, .pt/.pth/.bin, .dat, or a sharded checkpoint's .index.json), or save the model into the folder with save_pretrained.",
            });
    }

    /// <summary><paramref name="path"/>, or the weights file in it when it is a model folder.</summary>
    public static string Weights(string path) => WeightsFileIn(path, specPath: null) is { } file ? Path.Combine(path, file) : path;
}
