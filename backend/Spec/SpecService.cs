// Reads spec files from disk (or editor text) and hands them to SpecParser: the one code path of every service
// that reads a spec, and of the `spec/validateMany` RPC method (`spec/summarize` adds the Model Map's layout).
// Parses are kept in the SpecSnapshotStore by content hash: requests name the snapshot the view drew, and a
// request on an unchanged file reuses its parse instead of parsing again.
using System.Text;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Spec;

public sealed class SpecService(ILogger<SpecService> logger, SpecSnapshotStore? snapshots = null)
{
    readonly SpecSnapshotStore _snapshots = snapshots ?? new SpecSnapshotStore();
    long _parses;

    /// <summary>How many times this service ran the parser: what tests watch to see that a held parse is reused.</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>
    /// Parses the spec anew (never from the store, so diagnostics about the files it names are current) and keeps the
    /// parse as a snapshot: `spec/summarize`, whose summary then names it.
    /// </summary>
    public async Task<ParsedSpec> ReadAsync(string path, string? text, CancellationToken cancellationToken)
    {
        var fullPath = RequireAbsolute(path);
        var content = text is null ? await ReadContentAsync(fullPath, cancellationToken) : SpecContent.OfText(text);
        return Parse(fullPath, content, keep: true, cancellationToken);
    }

    /// <summary>
    /// The spec a request works on. With <paramref name="snapshot"/>: exactly that parse when held, else the file if it
    /// still has that content, else SnapshotGone (the view is of a spec that is no more). Without: the file (or
    /// <paramref name="text"/>), reusing a held parse of the same content.
    /// </summary>
    public async Task<ParsedSpec> ResolveAsync(string path, string? text, string? snapshot, CancellationToken cancellationToken)
    {
        var fullPath = RequireAbsolute(path);
        if (snapshot is not null && _snapshots.Find(fullPath, snapshot) is { } held) return held;
        var content = text is null || snapshot is not null ? await ReadContentAsync(fullPath, cancellationToken) : SpecContent.OfText(text);
        if (snapshot is not null && content.Id != snapshot)
            throw new BackendException(RpcErrorCodes.SnapshotGone,
                $"The spec {fullPath} changed on disk since this view of it was drawn, and the backend no longer holds that version.",
                new RpcErrorData { File = fullPath, Hint = "The panel refreshes with the spec as it is now; if it does not, save the spec again." });
        return _snapshots.Find(fullPath, content.Id) ?? Parse(fullPath, content, keep: true, cancellationToken);
    }

    ParsedSpec Parse(string fullPath, SpecContent content, bool keep, CancellationToken cancellationToken)
    {
        // Editor text of a file outside the workspace is still validated, but the files it names are not looked at;
        // such a parse is not kept: requests on that spec are refused by the path policy anyway.
        var checkFiles = content.FromDisk || WorkspacePolicy.Current.MayReadSpec(fullPath);
        Interlocked.Increment(ref _parses);
        var fileExists = checkFiles ? File.Exists : (Func<string, bool>?)null;
        var parsed = content.Text is { } text
            ? SpecParser.Parse(fullPath, text, cancellationToken, fileExists)
            : SpecParser.ParseFile(fullPath, content.File!, cancellationToken, fileExists);
        logger.LogDebug("Read {Path}: {Models} models, {Diagnostics} diagnostics", fullPath, parsed.Models.Count, parsed.Diagnostics.Count);
        // Broken JSON gives no snapshot: views keep drawing the last good spec, and requests must keep working on it.
        if (!keep || !checkFiles || parsed.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvalidJson)) return parsed;
        parsed = parsed with { Snapshot = content.Id };
        _snapshots.Add(fullPath, content.Id, content.Bytes, parsed);
        return parsed;
    }

    public async Task<ValidateManyResult> ValidateManyAsync(
        IReadOnlyList<string> paths, IWorkProgress progress, CancellationToken cancellationToken)
    {
        progress.Begin($"Validating {paths.Count} spec files");
        var results = new List<SpecValidation>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await ValidateOneAsync(paths[i], cancellationToken));
            progress.Report($"{i + 1}/{paths.Count}: {Path.GetFileName(paths[i])}", (i + 1) * 100 / paths.Count);
        }
        progress.End($"Validated {paths.Count} spec files");
        return new ValidateManyResult { Results = results };
    }

    async Task<SpecValidation> ValidateOneAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            // The workspace scan is not kept: dozens of specs would evict the ones the open views drew.
            var fullPath = RequireAbsolute(path);
            var summary = Parse(fullPath, await ReadContentAsync(fullPath, cancellationToken), keep: false, cancellationToken);
            return new SpecValidation { Path = summary.Path, ModelCount = summary.Models.Count, Diagnostics = summary.Diagnostics };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One unreadable file must not fail the scan of the others: it becomes that file's diagnostic.
            var message = e is BackendException known ? $"{known.Message} {known.ErrorData.Hint}".Trim()
                : $"The backend failed reading this spec ({e.GetType().Name}); the other specs were read. Show the log (Compress & Compare: Show Log) for details.";
            if (e is not BackendException) logger.LogError(e, "Validating {Path} failed", path);
            var diagnostic = new SpecDiagnostic
            {
                Severity = DiagnosticSeverity.Error,
                Code = DiagnosticCodes.FileUnreadable,
                Message = message,
                Line = 1,
                Column = 1,
                EndLine = 1,
                EndColumn = 1,
            };
            return new SpecValidation { Path = path, ModelCount = 0, Diagnostics = [diagnostic] };
        }
    }

    static string RequireAbsolute(string path)
    {
        if (string.IsNullOrWhiteSpace(path) || !Path.IsPathFullyQualified(path))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Spec path '{path}' is not an absolute path.",
                new RpcErrorData { File = path, Hint = "Pass the absolute path of the spec file." });
        return Path.GetFullPath(path);
    }

    static async Task<SpecContent> ReadContentAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
            throw new BackendException(RpcErrorCodes.SpecUnreadable, $"Spec file {path} does not exist.",
                new RpcErrorData { File = path, Hint = "Check the path, or remove the file from the list of specs." });
        try
        {
            // The same checked, bounded read as a spec about to be rewritten (SpecSnapshot).
            // The parser reads the bytes themselves: decoding them to a string first doubled the memory of a large spec.
            var snapshot = await SpecSnapshot.ReadAsync(path, cancellationToken);
            return new SpecContent(null, snapshot.Bytes, SpecSnapshotStore.IdOf(snapshot.Bytes), snapshot.Bytes.Length, FromDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackendException(RpcErrorCodes.SpecUnreadable, $"Cannot read spec file {path}: {e.Message}",
                new RpcErrorData { File = path, Hint = "Check that the file exists and is readable, then save it again to re-read it." });
        }
    }

    /// <summary>
    /// A spec's editor text or file bytes (one of the two), and the snapshot id of its bytes (the file's, or the editor
    /// text's as UTF-8: equal when the two are).
    /// </summary>
    sealed record SpecContent(string? Text, byte[]? File, string Id, long Bytes, bool FromDisk)
    {
        public static SpecContent OfText(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return new(text, null, SpecSnapshotStore.IdOf(bytes), bytes.Length, FromDisk: false);
        }
    }
}
