// One run or experiment as an importer read it, before it becomes a model of the spec: the same shape for
// MLflow and DVC, so building and refreshing the spec (ImportedSpecBuilder) is written once.
using System.Text.Json.Nodes;

namespace CompressCompare.Backend.Importers;

/// <param name="RunId">The source's own stable key (MLflow run id, DVC commit); the spec keeps it in "importedRun" to refresh by.</param>
/// <param name="Name">What the user called it (run name, experiment name); the model id is made from it.</param>
/// <param name="ParentRunId">The run it derives from (MLflow parent run, DVC baseline commit), when any.</param>
/// <param name="Operation">The operation's name: a param named like one, else the source's default.</param>
/// <param name="Parameters">Every param, typed where the source's text allows (numbers and booleans stay numbers and booleans).</param>
/// <param name="Metrics">The last value of each numeric metric.</param>
/// <param name="Artifact">The absolute path of the run's logged ONNX model, when it has one.</param>
/// <param name="Tag">The group it belongs to (MLflow experiment, DVC baseline), shown as the model's tag.</param>
public sealed record ImportedRun(
    string RunId,
    string Name,
    string? ParentRunId,
    string Operation,
    IReadOnlyDictionary<string, JsonNode?> Parameters,
    IReadOnlyDictionary<string, double> Metrics,
    string? Artifact,
    string? Tag);

/// <summary>A run, experiment or value left out, and why: printed so a user sees what the spec lacks.</summary>
public sealed record SkippedRun(string Run, string Reason);

/// <summary>What an importer read from its source: the runs to import and what it left out.</summary>
public sealed record ImportedRuns(IReadOnlyList<ImportedRun> Runs, IReadOnlyList<SkippedRun> Skipped);

/// <summary>What `import mlflow|dvc` prints: the spec written, how many models it has, what changed and what was left out.</summary>
public sealed record ImportResult(string Spec, int Models, int Added, int Updated, IReadOnlyList<SkippedRun> Skipped);
