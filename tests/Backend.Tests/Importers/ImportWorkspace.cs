// A temporary study folder for importer tests: a copy of the committed fixtures (tests/fixtures/importers), so a
// test may change the store or the spec, with helpers to run an import and read the spec it wrote.
using System.Text.Json.Nodes;
using CompressCompare.Backend.Importers;

namespace Backend.Tests.Importers;

internal sealed class ImportWorkspace : IDisposable
{
    public const string ParentRun = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    public const string ChildRun = "b2c3d4e5f60718293a4b5c6d7e8f90a1";
    public const string DeletedRun = "c3d4e5f60718293a4b5c6d7e8f90a1b2";
    public const string BadYamlRun = "d4e5f60718293a4b5c6d7e8f90a1b2c3";
    public const string QuantizedRun = "e5f60718293a4b5c6d7e8f90a1b2c3d4";

    public string Folder { get; } = Directory.CreateTempSubdirectory("cc-import-").FullName;
    public string Store => Path.Combine(Folder, "mlruns");
    public string ExpShow => Path.Combine(Folder, "dvc-exp-show.json");
    public string Spec => Path.Combine(Folder, "models.json");

    public ImportWorkspace() => Copy(RepoPaths.Of("tests/fixtures/importers"), Folder);

    public Task<ImportResult> MlflowAsync(string? experiment = null, IReadOnlyList<string>? metrics = null, bool force = false) =>
        new ImportService().ImportMlflowAsync(new ImportRequest(Store, Spec, metrics, force, experiment), CancellationToken.None);

    public Task<ImportResult> DvcAsync(IReadOnlyList<string>? metrics = null, bool force = false) =>
        new ImportService().ImportDvcAsync(new ImportRequest(ExpShow, Spec, metrics, force), CancellationToken.None);

    public JsonObject ReadSpec() => JsonNode.Parse(File.ReadAllText(Spec))!.AsObject();

    public void WriteSpec(JsonObject spec) => File.WriteAllText(Spec, spec.ToJsonString());

    /// <summary>The spec's model whose "importedRun" is <paramref name="run"/>.</summary>
    public JsonObject ModelOfRun(string run) =>
        ReadSpec()["models"]!.AsArray().OfType<JsonObject>().Single(m => (string?)m["importedRun"] == run);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    static void Copy(string from, string to)
    {
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
