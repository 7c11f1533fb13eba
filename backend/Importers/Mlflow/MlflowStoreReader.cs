// Reads MLflow's file store (the mlruns/ folder a tracking URI of file:./mlruns writes) into imported runs:
//   <experiment id>/meta.yaml                  name, lifecycle_stage
//   <experiment id>/<run id>/meta.yaml         run_name, start_time, lifecycle_stage
//   <experiment id>/<run id>/params/<key>      the value, as text
//   <experiment id>/<run id>/metrics/<key>     "timestamp value step" lines
//   <experiment id>/<run id>/tags/<key>        mlflow.parentRunId, mlflow.runName…
//   <experiment id>/<run id>/artifacts/…       logged files (an ONNX model among them)
// Keys holding '/' are nested folders. Deleted experiments and runs are left out, and so is anything unreadable,
// each with a reason; only a store that is not there at all, or an experiment asked for that it lacks, fails.
using System.Globalization;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Importers.Mlflow;

public static class MlflowStoreReader
{
    const string Meta = "meta.yaml";
    const string Deleted = "deleted";
    /// <summary>What MLflow 3 keeps beside the runs in an experiment's folder (logged models, traces, datasets).</summary>
    static readonly HashSet<string> NotRuns = new(["models", "traces", "datasets"], StringComparer.Ordinal);
    /// <summary>What a run's operation is called when no param names one.</summary>
    public const string DefaultOperation = "Run";

    /// <param name="experiment">An experiment's name or id to import alone; null imports every active experiment.</param>
    public static ImportedRuns Read(string store, string? experiment, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(store))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"MLflow store {store} is not a folder.",
                new RpcErrorData { File = store, Hint = "Pass --store the mlruns folder MLflow's file store wrote (tracking URI file:./mlruns)." });
        var skipped = new List<SkippedRun>();
        var experiments = new List<(string Folder, string Id, string Name)>();
        foreach (var folder in SubFolders(store))
        {
            var id = Path.GetFileName(folder);
            // .trash holds deleted experiments; "models" is the model registry, not an experiment.
            if (id.StartsWith('.') || !File.Exists(Path.Combine(folder, Meta))) continue;
            var meta = MlflowMetaFile.Read(Path.Combine(folder, Meta), $"{id}/{Meta}", out var problem);
            if (meta is null)
            {
                skipped.Add(new($"experiment {id}", problem!));
                continue;
            }
            var name = meta.GetValueOrDefault("name") is { Length: > 0 } n ? n : id;
            if (meta.GetValueOrDefault("lifecycle_stage") == Deleted) skipped.Add(new($"experiment {name}", "the experiment is deleted"));
            else experiments.Add((folder, meta.GetValueOrDefault("experiment_id") is { Length: > 0 } e ? e : id, name));
        }
        if (experiment is not null)
        {
            experiments = [.. experiments.Where(e => e.Name == experiment || e.Id == experiment || Path.GetFileName(e.Folder) == experiment)];
            if (experiments.Count == 0)
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"MLflow store {store} has no active experiment named or numbered \"{experiment}\".",
                    new RpcErrorData { File = store, Hint = "Pass --experiment one of: " + string.Join(", ", ActiveNames(store)) + " (or leave it out to import them all)." });
        }

        var runs = new List<(ImportedRun Run, long Start)>();
        foreach (var (folder, _, name) in experiments)
            foreach (var runFolder in SubFolders(folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (NotRuns.Contains(Path.GetFileName(runFolder))) continue;
                if (!File.Exists(Path.Combine(runFolder, Meta)))
                {
                    skipped.Add(new(Path.GetFileName(runFolder), $"{Path.GetRelativePath(store, runFolder).Replace('\\', '/')}/{Meta} is missing, so this is not a run MLflow can read either"));
                    continue;
                }
                if (ReadRun(runFolder, name, store, skipped) is { } run) runs.Add(run);
            }
        // Oldest first: a parent run starts before its children, so the spec lists bases before what derives from them.
        return new ImportedRuns([.. runs.OrderBy(r => r.Start).ThenBy(r => r.Run.RunId, StringComparer.Ordinal).Select(r => r.Run)], skipped);
    }

    static (ImportedRun, long)? ReadRun(string folder, string experiment, string store, List<SkippedRun> skipped)
    {
        var folderId = Path.GetFileName(folder);
        var shown = Path.GetRelativePath(store, folder).Replace('\\', '/');
        var meta = MlflowMetaFile.Read(Path.Combine(folder, Meta), $"{shown}/{Meta}", out var problem);
        if (meta is null)
        {
            skipped.Add(new(folderId, problem!));
            return null;
        }
        var runId = meta.GetValueOrDefault("run_id") is { Length: > 0 } r ? r : meta.GetValueOrDefault("run_uuid") is { Length: > 0 } u ? u : folderId;
        if (meta.GetValueOrDefault("lifecycle_stage") == Deleted)
        {
            skipped.Add(new(runId, "the run is deleted"));
            return null;
        }
        void Unreadable(string problem) => skipped.Add(new(runId, problem));
        var tags = KeyFiles(Path.Combine(folder, "tags"), Unreadable);
        var parameters = KeyFiles(Path.Combine(folder, "params"), Unreadable).ToDictionary(p => p.Key, p => RunParameters.FromText(p.Value), StringComparer.Ordinal);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, file) in KeyPaths(Path.Combine(folder, "metrics")))
        {
            var problems = new List<string>();
            var value = MlflowMetricFile.LastValue(file, $"{shown}/metrics/{key}", problems);
            if (value is { } v) metrics[key] = v;
            foreach (var p in problems) skipped.Add(new(runId, value is null ? $"metric \"{key}\" left out: {p}" : $"a line was ignored: {p}"));
        }
        var name = meta.GetValueOrDefault("run_name") is { Length: > 0 } n ? n : tags.GetValueOrDefault("mlflow.runName") is { Length: > 0 } t ? t : runId;
        var artifact = MlflowArtifacts.FindOnnx([Path.Combine(folder, "artifacts"), .. LoggedModelFolders(Path.GetDirectoryName(folder)!, runId)]);
        var start = long.TryParse(meta.GetValueOrDefault("start_time"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : long.MaxValue;
        var parent = tags.GetValueOrDefault("mlflow.parentRunId") is { Length: > 0 } p2 ? p2.Trim() : null;
        return (new ImportedRun(runId, name, parent, RunParameters.OperationName(parameters, DefaultOperation), parameters, metrics, artifact, experiment), start);
    }

    /// <summary>MLflow 3's logged models of the run: &lt;experiment&gt;/models/&lt;id&gt;/artifacts whose meta.yaml names it as source_run_id.</summary>
    static IEnumerable<string> LoggedModelFolders(string experimentFolder, string runId)
    {
        var models = Path.Combine(experimentFolder, "models");
        if (!Directory.Exists(models)) yield break;
        foreach (var model in SubFolders(models))
            if (File.Exists(Path.Combine(model, Meta))
                && MlflowMetaFile.Read(Path.Combine(model, Meta), Meta, out _)?.GetValueOrDefault("source_run_id") == runId)
                yield return Path.Combine(model, "artifacts");
    }

    /// <summary>A folder of one-value files (params, tags): key → value, keys with '/' read from nested folders.</summary>
    static Dictionary<string, string> KeyFiles(string folder, Action<string> unreadable)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, file) in KeyPaths(folder))
        {
            try
            {
                values[key] = File.ReadAllText(WorkspacePolicy.Current.ToRead(file, null, FileKind.Record));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BackendException)
            {
                unreadable($"{Path.GetFileName(folder)}/{key} left out: {e.Message}");
            }
        }
        return values;
    }

    static IEnumerable<(string Key, string File)> KeyPaths(string folder) =>
        !Directory.Exists(folder) ? []
        : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), f))
            .OrderBy(p => p.Item1, StringComparer.Ordinal);

    static IEnumerable<string> SubFolders(string folder) => Directory.GetDirectories(folder).Order(StringComparer.Ordinal);

    static IEnumerable<string> ActiveNames(string store) =>
        SubFolders(store).Where(f => !Path.GetFileName(f).StartsWith('.') && File.Exists(Path.Combine(f, Meta)))
            .Select(f => MlflowMetaFile.Read(Path.Combine(f, Meta), Meta, out _))
            .OfType<IReadOnlyDictionary<string, string>>()
            .Where(m => m.GetValueOrDefault("lifecycle_stage") != Deleted)
            .Select(m => $"\"{m.GetValueOrDefault("name")}\" ({m.GetValueOrDefault("experiment_id")})");
}
