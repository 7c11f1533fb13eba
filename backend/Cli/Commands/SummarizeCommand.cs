// `summarize <spec.json>`: the spec as the Model Map draws it (spec/summarize); exit 1 when it has errors.
using System.CommandLine;
using CompressCompare.Backend.ModelMap;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class SummarizeCommand(ModelMapService map, CliOutput output) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec();

    public override string Name => "summarize";
    public override string Description => "read and validate a spec; exit 1 when it has errors";
    public override string Prints => "{path, models: [{id, base, operation, tag, metrics, artifact, …}], metrics, operations, roots, layout, diagnostics, dataset, snapshot}";
    public override string ExitCodes => "0 valid; 1 the spec has errors (listed in diagnostics); 2 wrong arguments or an unreadable file";
    public override IReadOnlyList<Symbol> Symbols => [_spec];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var summary = await map.SummarizeAsync(Path.GetFullPath(parse.GetValue(_spec)!), null, cancellationToken);
        output.Write(summary);
        return summary.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? CliRunner.ExitSpecErrors : CliRunner.ExitOk;
    }
}
