// Reads `dvc exp show --json` as DVC 3 prints it (the shape vscode-dvc reads from DVC 3.33 to 3.64): a list of
// commits, each {"rev", "name", "data": {"params", "metrics", …}, "experiments": [{"name", "executor", "revs": [
// {"rev", "name", "data"}]}]}, params and metrics as {"<file>": {"data": {nested values}}}. Each baseline commit
// becomes a model and each of its experiments a child of it. DVC 2's output (an object keyed by commit) is
// refused with a message that says so, rather than misread.
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Importers.Dvc;

public static class DvcExpShowReader
{
    /// <summary>What an experiment's operation is called when no param names one.</summary>
    public const string DefaultOperation = "Experiment";
    const string Workspace = "workspace";

    public static async Task<ImportedRuns> ReadAsync(string input, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await BoundedRead.AllBytesAsync(WorkspacePolicy.Current.ToRead(input, null, FileKind.Table), FileKind.Table, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unusable(input, $"it cannot be read: {e.Message}", "Check the path given to --input.");
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw Unusable(input, $"it is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message})",
                "Write it again with `dvc exp show --json > exp.json` and import that file.");
        }
        if (root is JsonObject)
            throw Unusable(input, "it is an object keyed by commit, the shape DVC 2 printed", "Upgrade to DVC 3 and run `dvc exp show --json` again.");
        if (root is not JsonArray commits)
            throw Unusable(input, "it is not a list of commits", "Pass the output of `dvc exp show --json`.");

        var runs = new List<ImportedRun>();
        var skipped = new List<SkippedRun>();
        for (var i = 0; i < commits.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (commits[i] is not JsonObject commit)
            {
                skipped.Add(new($"entry {i + 1}", "not an object with \"rev\" and \"data\""));
                continue;
            }
            var rev = Text(commit["rev"]) ?? $"entry {i + 1}";
            if (rev == Workspace)
            {
                skipped.Add(new(Workspace, "the workspace holds uncommitted changes, not a commit or an experiment; commit or `dvc exp save` it to import it"));
                continue;
            }
            var baselineName = Text(commit["name"]) ?? Short(rev);
            var baseline = Run(commit, rev, baselineName, null, baselineName, skipped);
            if (baseline is not null) runs.Add(baseline);
            foreach (var range in (commit["experiments"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var state = Text((range["executor"] as JsonObject)?["state"]);
                var name = Text(range["name"]);
                if (range["revs"] is not JsonArray { Count: > 0 } revs || revs[0] is not JsonObject latest)
                {
                    skipped.Add(new(name ?? $"an experiment of {baselineName}", "it lists no \"revs\""));
                    continue;
                }
                var expRev = Text(latest["rev"]) ?? name ?? "?";
                name ??= Text(latest["name"]) ?? Short(expRev);
                if (state is "queued" or "running" or "failed")
                {
                    skipped.Add(new(name, $"the experiment is {state}; import again once it has succeeded"));
                    continue;
                }
                if (Run(latest, expRev, name, rev, baselineName, skipped) is { } run) runs.Add(run);
            }
        }
        return new ImportedRuns(runs, skipped);
    }

    static ImportedRun? Run(JsonObject entry, string rev, string name, string? parent, string tag, List<SkippedRun> skipped)
    {
        if (entry["error"] is JsonObject error)
        {
            skipped.Add(new(name, $"DVC reported an error: {Text(error["msg"]) ?? error.ToJsonString()}"));
            return null;
        }
        if (entry["data"] is not JsonObject data)
        {
            skipped.Add(new(name, "it has no \"data\""));
            return null;
        }
        var parameters = DvcValues.Flatten(data["params"], name, "params", skipped);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in DvcValues.Flatten(data["metrics"], name, "metrics", skipped))
        {
            if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is var number && double.IsFinite(number))
                metrics[key] = number;
            else
                skipped.Add(new(name, $"metric \"{key}\" left out: {value?.ToJsonString() ?? "null"} is not a number"));
        }
        return new ImportedRun(rev, name, parent, RunParameters.OperationName(parameters, DefaultOperation), parameters, metrics, null, tag);
    }

    static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    static string Short(string rev) => rev.Length > 7 ? rev[..7] : rev;

    static BackendException Unusable(string input, string why, string hint) =>
        new(RpcErrorCodes.InvalidRequest, $"Cannot import DVC experiments from {input}: {why}; nothing was written.",
            new RpcErrorData { File = input, Hint = hint });
}
