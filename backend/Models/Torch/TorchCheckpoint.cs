// Saving and loading trained weights in TorchSharp's own .dat state-dict format (module.save / module.load).
// The file holds tensors only: the architecture comes from the caller, and weight encodings are not kept
// (a loaded model exports as float32 until an operation assigns encodings again).
namespace CompressCompare.Backend.Models.Torch;

public static class TorchCheckpoint
{
    public const string Extension = ".dat";

    public static void Save(TorchClassifier model, string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
        model.Module.save(path);
    }

    /// <summary>Rebuilds <paramref name="architecture"/> and loads the state dict at <paramref name="path"/> into it (strict: names and shapes must match).</summary>
    public static TorchClassifier Load(ClassifierArchitecture architecture, string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No TorchSharp state dict at {path}.", path);
        var model = TorchClassifier.CreateForLoading(architecture);
        try
        {
            model.Module.load(path, strict: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or EndOfStreamException)
        {
            model.Dispose();
            throw new InvalidDataException($"{path} is not a TorchSharp state dict of {architecture}: {e.Message}", e);
        }
        model.Module.eval();
        return model;
    }
}
