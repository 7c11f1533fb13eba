// `summarize <spec.json>`: the spec as the Model Map draws it (spec/summarize); exit 1 when it has errors.
using CompressCompare.Backend.ModelMap;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class SummarizeCommand(ModelMapService map, CliOutput output) : ICliCommand
{
    public string Name => "summarize";
    public string Usage => "summarize <spec.json>   read and validate a spec; exit 1 when it has errors";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args is [var path] ? RunAsync(path, cancellationToken) : null;

    async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var summary = await map.SummarizeAsync(Path.GetFullPath(path), null, cancellationToken);
        output.Write(summary);
        return summary.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? CliRunner.ExitSpecErrors : CliRunner.ExitOk;
    }
}
