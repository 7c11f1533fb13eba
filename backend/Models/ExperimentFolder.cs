// The files of an experiment folder: models/<id>.onnx (the artifact a spec names), models/<id>.dat
// (the TorchSharp checkpoint further compression starts from) and models/<id>.arch.json (its architecture).
using System.Text.Json;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Torch;

namespace CompressCompare.Backend.Models;

/// <param name="specPath">The spec these models belong to: reads and writes are checked against its workspace (WorkspacePolicy).</param>
public sealed class ExperimentFolder(string root, string? specPath = null)
{
    public const string ModelsFolder = "models";
    /// <summary>Training data for operations that need it (fine-tuning, calibration, Taylor pruning).</summary>
    public const string TrainInputs = "data/train-inputs.npy";
    public const string TrainLabels = "data/train-labels.npy";
    public string Root { get; } = Path.GetFullPath(root);
    string SpecPath => specPath ?? Path.Combine(Root, "models.json");

    public string ArtifactRelative(string id) => $"{ModelsFolder}/{id}.onnx";
    public string Artifact(string id) => Path.Combine(Root, ModelsFolder, $"{id}.onnx");
    string Checkpoint(string id) => Path.Combine(Root, ModelsFolder, $"{id}{TorchCheckpoint.Extension}");
    string ArchitectureFile(string id) => Path.Combine(Root, ModelsFolder, $"{id}.arch.json");

    /// <summary>Writes the model's ONNX export and its checkpoint; returns the .onnx path.</summary>
    public string Save(string id, TorchClassifier model)
    {
        Directory.CreateDirectory(Path.Combine(Root, ModelsFolder));
        OnnxModelWriter.Write(TorchToSequential.Convert(model), Artifact(id));
        TorchCheckpoint.Save(model, Checkpoint(id));
        File.WriteAllText(ArchitectureFile(id), JsonSerializer.Serialize(ArchitectureRecord.Of(model.Architecture)));
        return Artifact(id);
    }

    /// <summary>
    /// Writes a new model's ONNX export, checkpoint and architecture under temp names, then gives each its name
    /// without ever replacing a file: when any of the three exists, nothing is left behind and nothing is replaced.
    /// Returns the files, for <see cref="Remove"/> when the spec then cannot take the model.
    /// </summary>
    public IReadOnlyList<string> SaveNew(string id, TorchClassifier model)
    {
        var folder = WorkspacePolicy.Current.ToWrite(Path.Combine(Root, ModelsFolder), SpecPath);
        Directory.CreateDirectory(folder);
        AtomicFile.RemoveStaleTemps(folder);
        var finals = NewFiles(id).Select(f => Path.Combine(folder, Path.GetFileName(f))).ToArray();
        var temps = finals.Select(AtomicFile.TempPathFor).ToArray();
        var published = new List<string>();
        try
        {
            OnnxModelWriter.Write(TorchToSequential.Convert(model), temps[0]);
            TorchCheckpoint.Save(model, temps[1]);
            File.WriteAllText(temps[2], JsonSerializer.Serialize(ArchitectureRecord.Of(model.Architecture)));
            for (var i = 0; i < finals.Length; i++)
            {
                AtomicFile.PublishNew(temps[i], finals[i]);
                published.Add(finals[i]);
            }
            return published;
        }
        catch
        {
            Remove(published);
            throw;
        }
        finally
        {
            foreach (var temp in temps) if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Removes files this backend just published (the spec refused the model they belong to).</summary>
    public static void Remove(IEnumerable<string> published)
    {
        foreach (var file in published)
            try { File.Delete(file); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The files a new model <paramref name="id"/> would take: the .onnx first.</summary>
    public string[] NewFiles(string id) => [Artifact(id), Checkpoint(id), ArchitectureFile(id)];

    /// <summary>Whether any file of model <paramref name="id"/> exists (a dangling link counts: it is not ours to replace).</summary>
    public bool AnyFileOf(string id) => NewFiles(id).Any(f => File.Exists(f) || new FileInfo(f).LinkTarget is not null);

    public bool HasCheckpoint(string id) => File.Exists(Checkpoint(id)) && File.Exists(ArchitectureFile(id));

    public int[] InstanceShape(string id) => ReadArchitecture(id).ToArchitecture().InstanceShape;

    public TorchClassifier Load(string id) =>
        TorchCheckpoint.Load(ReadArchitecture(id).ToArchitecture(), WorkspacePolicy.Current.ToRead(Checkpoint(id), SpecPath, FileKind.Model));

    ArchitectureRecord ReadArchitecture(string id) => ReadArchitectureRecord(WorkspacePolicy.Current.ToRead(ArchitectureFile(id), SpecPath, FileKind.Record));

    /// <summary>The architecture file that goes with a checkpoint: models/x.dat → models/x.arch.json.</summary>
    public static string ArchitectureFileOf(string checkpoint) =>
        Path.Combine(Path.GetDirectoryName(checkpoint) ?? "", Path.GetFileNameWithoutExtension(checkpoint) + ".arch.json");

    /// <summary>Reads an .arch.json written by Save, for loading its checkpoint outside an experiment folder.</summary>
    public static ClassifierArchitecture ReadArchitectureFile(string path) => ReadArchitectureRecord(path).ToArchitecture();

    static ArchitectureRecord ReadArchitectureRecord(string path) =>
        JsonSerializer.Deserialize<ArchitectureRecord>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} is empty.");

    /// <summary>The architecture as JSON: enough to rebuild the module a checkpoint's weights go into.</summary>
    sealed record ArchitectureRecord(string Kind, int[] Shape, int[] Hidden, int Classes)
    {
        public static ArchitectureRecord Of(ClassifierArchitecture architecture) => architecture switch
        {
            MlpArchitecture m => new("mlp", [m.Inputs], [.. m.Hidden], m.Classes),
            CnnArchitecture c => new("cnn", [c.Channels, c.Height, c.Width], [], c.Classes),
            DeepCnnArchitecture d => new("deep-cnn", [d.Channels, d.Height, d.Width], [], d.Classes),
            _ => throw new NotSupportedException($"Cannot record architecture {architecture.GetType().Name}."),
        };

        public ClassifierArchitecture ToArchitecture() => Kind switch
        {
            "mlp" => new MlpArchitecture(Shape[0], Hidden, Classes),
            "cnn" => new CnnArchitecture(Shape[0], Shape[1], Shape[2], Classes),
            "deep-cnn" => new DeepCnnArchitecture(Shape[0], Shape[1], Shape[2], Classes),
            _ => throw new InvalidDataException($"Unknown architecture kind \"{Kind}\"."),
        };
    }
}
