// `explain <spec.json> --models A,B,C`: Selection Details for those models (selection/explain).
using System.CommandLine;
using CompressCompare.Backend.ModelMap;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ExplainCommand(ModelMapService map, CliOutput output) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec();
    readonly Option<string> _models = CliSymbols.Text("--models", "A,B,C", "the selected models' ids, comma-separated", required: true);

    public override string Name => "explain";
    public override string Description => "the variables that tell the selected models apart (Selection Details)";
    public override string Prints => "{modelIds, unknownIds, variables: [...]}";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _models];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        output.Write(await map.ExplainSelectionAsync(Path.GetFullPath(parse.GetValue(_spec)!), null, null, CliOptions.Ids(parse.GetValue(_models)!), cancellationToken));
        return CliRunner.ExitOk;
    }
}
