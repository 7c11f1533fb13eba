// Reads spec files from disk (or editor text) and hands them to SpecParser: the one code path of every service
// that reads a spec, and of the `spec/validateMany` RPC method (`spec/summarize` adds the Model Map's layout).
using System.Text;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Files;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Spec;

public sealed class SpecService(ILogger<SpecService> logger)
{
    public async Task<ParsedSpec> ReadAsync(string path, string? text, CancellationToken cancellationToken)
    {
        var fullPath = RequireAbsolute(path);
        // Editor text of a file outside the workspace is still validated, but the files it names are not looked at.
        var checkFiles = text is null || WorkspacePolicy.Current.MayReadSpec(fullPath);
        text ??= await ReadSpecTextAsync(fullPath, cancellationToken);
        var summary = SpecParser.Parse(fullPath, text, cancellationToken, checkFiles ? File.Exists : null);
        logger.LogDebug("Read {Path}: {Models} models, {Diagnostics} diagnostics", fullPath, summary.Models.Count, summary.Diagnostics.Count);
        return summary;
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
            var summary = await ReadAsync(path, null, cancellationToken);
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

    static async Task<string> ReadSpecTextAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
            throw new BackendException(RpcErrorCodes.SpecUnreadable, $"Spec file {path} does not exist.",
                new RpcErrorData { File = path, Hint = "Check the path, or remove the file from the list of specs." });
        try
        {
            // The same checked, bounded read as a spec about to be rewritten (SpecSnapshot).
            var snapshot = await SpecSnapshot.ReadAsync(path, cancellationToken);
            using var reader = new StreamReader(new MemoryStream(snapshot.Bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackendException(RpcErrorCodes.SpecUnreadable, $"Cannot read spec file {path}: {e.Message}",
                new RpcErrorData { File = path, Hint = "Check that the file exists and is readable, then save it again to re-read it." });
        }
    }
}
