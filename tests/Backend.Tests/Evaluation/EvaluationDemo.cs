// The digits demo, built once for all evaluation tests, and private copies of parts of it for the tests that
// change files (a model's bytes, the dataset, the cache).
using Backend.Tests.Demo;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace Backend.Tests.Evaluation;

[CollectionDefinition(Name, DisableParallelization = true)] // TorchSharp: see TorchSharpTests
public sealed class EvaluationDemo : ICollectionFixture<DemoFixture>
{
    public const string Name = "evaluation demo";
}

/// <summary>A folder with a spec over copies of some demo models and of its test data; deleted on dispose.</summary>
public sealed class DemoWorkspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cc-eval-").FullName;
    public string Spec => Path.Combine(Folder, "models.json");
    public string CacheFolder => Path.Combine(Folder, ".compress-compare", "cache");

    /// <param name="models">(id, artifact relative to the demo folder, or null) per model; artifacts are copied with their .arch.json.</param>
    /// <param name="extraFields">JSON members appended to each model object, by id (e.g. an "outputs" path).</param>
    public DemoWorkspace(DemoFixture demo, IReadOnlyList<(string Id, string? Artifact)> models, IReadOnlyDictionary<string, string>? extraFields = null,
        bool withDataset = true)
    {
        Directory.CreateDirectory(Path.Combine(Folder, "data"));
        Directory.CreateDirectory(Path.Combine(Folder, "models"));
        foreach (var name in new[] { "data/test-inputs.npy", "data/test-labels.npy" })
            File.Copy(Path.Combine(demo.Folder, name), Path.Combine(Folder, name));
        foreach (var (_, artifact) in models)
        {
            if (artifact is null) continue;
            File.Copy(Path.Combine(demo.Folder, artifact), Path.Combine(Folder, artifact), overwrite: true);
            var arch = Path.ChangeExtension(artifact, ".arch.json");
            if (File.Exists(Path.Combine(demo.Folder, arch))) File.Copy(Path.Combine(demo.Folder, arch), Path.Combine(Folder, arch), overwrite: true);
        }
        var entries = models.Select(m =>
            $$"""{"id": "{{m.Id}}"{{(m.Artifact is null ? "" : $", \"artifact\": \"{m.Artifact}\"")}}{{(extraFields?.GetValueOrDefault(m.Id) is { } extra ? ", " + extra : "")}}}""");
        var dataset = withDataset
            ? """, "dataset": {"inputs": "data/test-inputs.npy", "labels": "data/test-labels.npy", "classes": ["0","1","2","3","4","5","6","7","8","9"]}"""
            : "";
        File.WriteAllText(Spec, $$"""{"models": [{{string.Join(", ", entries)}}]{{dataset}}}""");
    }

    public ParsedSpec Summary() => SpecParser.Parse(Spec, File.ReadAllText(Spec), CancellationToken.None, File.Exists);

    /// <summary>Every file in the cache folder (final and temporary), empty when it does not exist.</summary>
    public string[] CacheFiles() => Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder) : [];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
