// Reads spec files from disk (or editor text) and hands them to SpecParser: the one code path of the
// `summarize` CLI command and the `spec/summarize` / `spec/validateMany` RPC methods.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Spec;

public sealed class SpecService(ILogger<SpecService> logger)
{
    /// <summary>Specs are metadata; anything larger is almost surely the wrong file (a model, a dataset).</summary>
    public const long MaxSpecBytes = 256L * 1024 * 1024;

    public async Task<SpecSummary> SummarizeAsync(string path, string? text, CancellationToken cancellationToken)
    {
        var fullPath = RequireAbsolute(path);
        text ??= await ReadSpecTextAsync(fullPath, cancellationToken);
        var summary = SpecParser.Parse(fullPath, text, cancellationToken, File.Exists);
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
            var summary = await SummarizeAsync(path, null, cancellationToken);
            return new SpecValidation { Path = summary.Path, ModelCount = summary.Models.Count, Diagnostics = summary.Diagnostics };
        }
        catch (BackendException e)
        {
            // One unreadable file must not fail the scan of the others: it becomes that file's diagnostic.
            var diagnostic = new SpecDiagnostic
            {
                Severity = DiagnosticSeverities.Error, Code = DiagnosticCodes.FileUnreadable,
                Message = $"{e.Message} {e.ErrorData.Hint}".Trim(), Line = 1, Column = 1, EndLine = 1, EndColumn = 1,
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
        var hint = "Check that the file exists and is readable, then save it again to re-read it.";
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new BackendException(RpcErrorCodes.SpecUnreadable, $"Spec file {path} does not exist.",
                    new RpcErrorData { File = path, Hint = "Check the path, or remove the file from the list of specs." });
            if (info.Length > MaxSpecBytes)
                throw new BackendException(RpcErrorCodes.SpecUnreadable,
                    $"Spec file {path} is {info.Length / (1024 * 1024)} MiB; specs over {MaxSpecBytes / (1024 * 1024)} MiB are refused.",
                    new RpcErrorData { File = path, Hint = "Point the spec glob at the spec JSON, not at model or data files." });
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackendException(RpcErrorCodes.SpecUnreadable, $"Cannot read spec file {path}: {e.Message}",
                new RpcErrorData { File = path, Hint = hint });
        }
    }
}
