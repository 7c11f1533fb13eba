// Write or refresh an imported spec. A new spec appears whole or not at all, never over a file created meanwhile;
// an existing one is refreshed only when its "importedFrom" names the same importer and source (or --force), only
// when it did not change since it was read, and only when the result parses with no errors, so an import can never
// leave a spec the Model Map cannot open.
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Spec;
using JsonNode = System.Text.Json.Nodes.JsonNode;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Importers;

public static class ImportedSpecFile
{
    static readonly JsonSerializerOptions Indented = new(WireJson.CreateOptions()) { WriteIndented = true };

    /// <summary>Builds the spec at <paramref name="specPath"/> from <paramref name="imported"/> and writes it; returns what `import` prints.</summary>
    public static async Task<ImportResult> WriteAsync(string specPath, ImportSource source, ImportedRuns imported,
        IReadOnlyCollection<string>? primary, bool force, string command, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(specPath);
        if (!Directory.Exists(Path.GetDirectoryName(path)))
            throw NotWritable(path, $"its folder {Path.GetDirectoryName(path)} does not exist", "Create the folder first, or choose another --out.");
        WorkspacePolicy.Current.ToWrite(path, path);
        var builder = new ImportedSpecBuilder(path, source);
        var snapshot = File.Exists(path) || new FileInfo(path).LinkTarget is not null ? await SpecSnapshot.ReadAsync(path, cancellationToken) : null;
        var existing = snapshot is null ? null : ParseExisting(snapshot);
        if (existing is not null && !force && !source.Matches(existing[ImportSource.SpecField]))
            throw new BackendException(RpcErrorCodes.SpecNotWritable,
                $"{path} exists and {ImportSource.Describe(existing[ImportSource.SpecField])}, not by `{command}` from {source.Path}; nothing was written.",
                new RpcErrorData
                {
                    File = path,
                    Hint = "Choose another --out for a new spec, or add --force to import into this one (its models stay; runs already in it are updated).",
                });

        var skipped = imported.Skipped.ToList();
        var outcome = builder.Build(existing, imported.Runs, primary, skipped);
        var bytes = Encoding.UTF8.GetBytes(outcome.Document.ToJsonString(Indented) + "\n");
        RequireParses(path, bytes, cancellationToken);
        if (snapshot is null) PublishNew(path, bytes);
        else await SpecWriter.WriteAtomicallyAsync(snapshot, bytes, cancellationToken);
        return new ImportResult(path, outcome.Models, outcome.Added, outcome.Updated, skipped);
    }

    static JsonObject ParseExisting(SpecSnapshot snapshot)
    {
        try
        {
            return JsonNode.Parse(snapshot.Bytes, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw NotWritable(snapshot.Path, "it is not a JSON object", "Choose another --out.");
        }
        catch (JsonException e)
        {
            throw NotWritable(snapshot.Path, $"it is not valid JSON (line {e.LineNumber + 1}: {e.Message})", "Fix the JSON, or choose another --out.");
        }
    }

    /// <summary>The spec parser must accept the result without errors; a failure here is the importer's bug, reported before anything is written.</summary>
    static void RequireParses(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var parsed = SpecParser.ParseFile(path, bytes, cancellationToken);
        if (parsed.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            throw NotWritable(path, $"the imported spec would have an error at line {error.Line}: {error.Message}",
                "Fix the spec (or the entry the error names in the source) and import again.");
    }

    static void PublishNew(string path, byte[] bytes)
    {
        var temp = AtomicFile.TempPathFor(path);
        try
        {
            File.WriteAllBytes(temp, bytes);
            AtomicFile.PublishNew(temp, path);
        }
        catch (IOException e)
        {
            throw NotWritable(path, e.Message, "Check that the folder exists and is writable.");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    static BackendException NotWritable(string path, string why, string hint) =>
        new(RpcErrorCodes.SpecNotWritable, $"Cannot import into {path}: {why.TrimEnd('.')}; nothing was written.", new RpcErrorData { File = path, Hint = hint });
}
