// The files of an experiment folder: models/<id>.onnx (the artifact a spec names), models/<id>.dat
// (the TorchSharp checkpoint further compression starts from) and models/<id>.arch.json (its architecture).
using System.Text.Json;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Torch;

namespace CompressCompare.Backend.Experiments;

public sealed class ExperimentFolder(string root)
{
    public const string ModelsFolder = "models";
    /// <summary>Training data for operations that need it (fine-tuning, calibration, Taylor pruning).</summary>
    public const string TrainInputs = "data/train-inputs.npy";
    public const string TrainLabels = "data/train-labels.npy";
    public string Root { get; } = Path.GetFullPath(root);

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

    public bool HasCheckpoint(string id) => File.Exists(Checkpoint(id)) && File.Exists(ArchitectureFile(id));

    public int[] InstanceShape(string id) => ReadArchitecture(id).ToArchitecture().InstanceShape;

    public TorchClassifier Load(string id) => TorchCheckpoint.Load(ReadArchitecture(id).ToArchitecture(), Checkpoint(id));

    ArchitectureRecord ReadArchitecture(string id) => ReadArchitectureRecord(ArchitectureFile(id));

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
            _ => throw new NotSupportedException($"Cannot record architecture {architecture.GetType().Name}."),
        };

        public ClassifierArchitecture ToArchitecture() => Kind switch
        {
            "mlp" => new MlpArchitecture(Shape[0], Hidden, Classes),
            "cnn" => new CnnArchitecture(Shape[0], Shape[1], Shape[2], Classes),
            _ => throw new InvalidDataException($"Unknown architecture kind \"{Kind}\"."),
        };
    }
}
