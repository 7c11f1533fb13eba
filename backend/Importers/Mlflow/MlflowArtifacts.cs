// Finds the ONNX model a run logged. mlflow.onnx.log_model writes a folder with an MLmodel file whose "onnx"
// flavour names the model file (data: model.onnx); mlflow.log_artifact writes the .onnx as it is. MLflow 3 keeps
// logged models beside the runs (<experiment>/models/<model id>/artifacts, its meta.yaml naming source_run_id).
using CompressCompare.Backend.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CompressCompare.Backend.Importers.Mlflow;

public static class MlflowArtifacts
{
    /// <summary>Artifact trees are searched this deep: a logged model sits one or two folders down, never ten.</summary>
    const int MaxDepth = 4;

    /// <summary>The ONNX file under <paramref name="folders"/> (a run's artifact folders, in order of preference), or null.</summary>
    public static string? FindOnnx(IEnumerable<string> folders)
    {
        var candidates = folders.Where(Directory.Exists).SelectMany(f => Files(f, 0)).ToList();
        // An MLmodel's onnx flavour says which file is the model; a loose .onnx named model.onnx comes next, then any .onnx.
        foreach (var mlmodel in candidates.Where(f => Path.GetFileName(f) == "MLmodel"))
            if (OnnxFlavourData(mlmodel) is { } data && Path.Combine(Path.GetDirectoryName(mlmodel)!, data) is var file && File.Exists(file))
                return Path.GetFullPath(file);
        var onnx = candidates.Where(f => f.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        return onnx.FirstOrDefault(f => Path.GetFileName(f) == "model.onnx") ?? onnx.FirstOrDefault();
    }

    static IEnumerable<string> Files(string folder, int depth)
    {
        if (depth > MaxDepth) yield break;
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { yield break; }
        foreach (var file in files.Order(StringComparer.Ordinal)) yield return file;
        foreach (var sub in folders.Order(StringComparer.Ordinal))
            foreach (var file in Files(sub, depth + 1)) yield return file;
    }

    /// <summary>flavors.onnx.data of an MLmodel file, or null when it has no onnx flavour or cannot be read.</summary>
    static string? OnnxFlavourData(string mlmodel)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(WorkspacePolicy.Current.ToRead(mlmodel, null, FileKind.Record))));
            return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
                && Child(root, "flavors") is YamlMappingNode flavours && Child(flavours, "onnx") is YamlMappingNode onnx
                && Child(onnx, "data") is YamlScalarNode { Value: { Length: > 0 } data } ? data : null;
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException or Errors.BackendException)
        {
            return null;
        }
    }

    static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
