// Turns imported runs into a spec document, new or refreshed: a run already in the spec (found by its
// "importedRun") is updated in place and keeps its id, so budgets, reports and bases that name it still work; a
// new run is appended; models the user added by hand, and every field the importer does not write, are kept.
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Spec;
using JsonNode = System.Text.Json.Nodes.JsonNode;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Importers;

public sealed class ImportedSpecBuilder(string specPath, ImportSource source)
{
    /// <summary>The model field holding the run's id in its source (MLflow run id, DVC commit).</summary>
    public const string RunField = "importedRun";

    readonly string _specFolder = Path.GetDirectoryName(Path.GetFullPath(specPath))!;

    public sealed record Outcome(JsonObject Document, int Models, int Added, int Updated);

    /// <param name="existing">The spec as it is on disk (parsed), or null for a new spec.</param>
    /// <param name="primary">The metrics to mark primary (--metrics), or null: every new metric is primary and declared ones keep their say.</param>
    /// <param name="skipped">Gets an entry for each run whose model file had to be left out.</param>
    public Outcome Build(JsonObject? existing, IReadOnlyList<ImportedRun> runs, IReadOnlyCollection<string>? primary, List<SkippedRun> skipped)
    {
        var document = existing ?? new JsonObject
        {
            [ImportSource.SpecField] = null,
            [SpecFields.Top.Metrics] = new JsonArray(),
            [SpecFields.Top.Models] = new JsonArray(),
        };
        document[ImportSource.SpecField] = source.ToJson();
        var metrics = ArrayOf(document, SpecFields.Top.Metrics);
        var models = ArrayOf(document, SpecFields.Top.Models);

        DeclareMetrics(metrics, runs, primary);
        var byRun = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var model in models.OfType<JsonObject>())
        {
            if (TextOf(model[SpecFields.Model.Id]) is { } id) ids.Add(id);
            if (TextOf(model[RunField]) is { } run) byRun.TryAdd(run, model);
        }

        // Ids first, all of them, so a child can name a parent that comes later in the source.
        var allocator = new ModelIdAllocator(ids);
        var idOfRun = byRun.Where(p => TextOf(p.Value[SpecFields.Model.Id]) is not null)
            .ToDictionary(p => p.Key, p => TextOf(p.Value[SpecFields.Model.Id])!, StringComparer.Ordinal);
        foreach (var run in runs)
            if (!idOfRun.ContainsKey(run.RunId)) idOfRun[run.RunId] = allocator.Allocate(run.Name, run.RunId);

        int added = 0, updated = 0;
        foreach (var run in runs)
        {
            var parent = run.ParentRunId is { } p && idOfRun.TryGetValue(p, out var parentId) && p != run.RunId ? parentId : null;
            if (byRun.TryGetValue(run.RunId, out var model))
            {
                var before = model.ToJsonString();
                Fill(model, run, parent, isNew: false, skipped);
                if (model.ToJsonString() != before) updated++;
            }
            else
            {
                model = new JsonObject { [SpecFields.Model.Id] = idOfRun[run.RunId] };
                Fill(model, run, parent, isNew: true, skipped);
                models.Add(model);
                byRun[run.RunId] = model;
                added++;
            }
        }
        return new Outcome(document, models.Count, added, updated);
    }

    /// <summary>Writes what the importer owns into <paramref name="model"/>; on a refresh the user's tag, artifact and extra metrics stay.</summary>
    void Fill(JsonObject model, ImportedRun run, string? parent, bool isNew, List<SkippedRun> skipped)
    {
        model[SpecFields.Model.Base] = parent;
        var parameters = new JsonObject();
        foreach (var (name, value) in run.Parameters) parameters[name] = value?.DeepClone();
        model[SpecFields.Model.Operation] = new JsonObject
        {
            [SpecFields.ModelOperation.Name] = run.Operation,
            [SpecFields.ModelOperation.Parameters] = parameters,
        };
        if (isNew && run.Tag is not null) model[SpecFields.Model.Tag] = run.Tag;
        if (run.Artifact is not null)
        {
            // A spec's files live in its folder or below (WorkspacePolicy); a model elsewhere would be a spec error.
            var relative = Path.GetRelativePath(_specFolder, run.Artifact).Replace('\\', '/');
            if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
                skipped.Add(new(run.RunId, $"its model file {run.Artifact} is outside the spec's folder, so it is not the model's artifact; "
                    + "write the spec in a folder that holds the store (e.g. next to mlruns/) to link it"));
            else
                model[SpecFields.Model.Artifact] = relative;
        }
        if (model[SpecFields.Model.Metrics] is not JsonObject metrics) model[SpecFields.Model.Metrics] = metrics = [];
        foreach (var (name, value) in run.Metrics) metrics[name] = value;
        model[RunField] = run.RunId;
    }

    /// <summary>Declares each imported metric the spec lacks, with a format fitting its values; --metrics decides which are primary.</summary>
    static void DeclareMetrics(JsonArray declared, IReadOnlyList<ImportedRun> runs, IReadOnlyCollection<string>? primary)
    {
        var byName = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var declaration in declared.OfType<JsonObject>())
            if (TextOf(declaration[SpecFields.Metric.Name]) is { } name) byName.TryAdd(name, declaration);
        var values = runs.SelectMany(r => r.Metrics).GroupBy(m => m.Key, m => m.Value, StringComparer.Ordinal);
        foreach (var metric in values.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (byName.ContainsKey(metric.Key)) continue;
            var declaration = new JsonObject
            {
                [SpecFields.Metric.Name] = metric.Key,
                [SpecFields.Metric.Primary] = true,
                [SpecFields.Metric.Format] = FormatFor([.. metric]),
            };
            declared.Add(declaration);
            byName[metric.Key] = declaration;
        }
        if (primary is null) return;
        foreach (var (name, declaration) in byName) declaration[SpecFields.Metric.Primary] = primary.Contains(name);
    }

    /// <summary>
    /// A d3 format: whole numbers as such (counts, steps), anything else as the Model Map prints an unformatted metric
    /// (formatMetric's DEFAULT_FORMAT: 4 significant digits, trailing zeros trimmed, SI prefixes rather than exponents).
    /// </summary>
    static string FormatFor(IReadOnlyList<double> values) =>
        values.All(v => v == Math.Floor(v) && Math.Abs(v) < 1e15) && values.Any(v => v != 0) ? ",d" : ".4~";

    JsonArray ArrayOf(JsonObject document, string key)
    {
        switch (document[key])
        {
            case JsonArray array:
                return array;
            case null when !document.ContainsKey(key) || document[key] is null:
                var created = new JsonArray();
                document[key] = created;
                return created;
            default:
                throw new BackendException(RpcErrorCodes.SpecNotWritable,
                    $"Cannot import into {specPath}: its \"{key}\" is not an array; nothing was written.",
                    new RpcErrorData { File = specPath, Hint = $"Make \"{key}\" an array (or remove it), or choose another --out." });
        }
    }

    static string? TextOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
