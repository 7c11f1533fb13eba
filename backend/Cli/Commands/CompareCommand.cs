// `compare <spec.json> --base A --models B,C [--execution-provider cpu|cuda[:N]]`: the models' predictions against the base's (behaviors/compare).
using System.CommandLine;
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CompareCommand(BehaviorService behaviors, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec();
    readonly Option<string> _base = CliSymbols.Text("--base", "A", "the base model's id", required: true);
    readonly Option<string> _models = CliSymbols.Text("--models", "B,C", "the compared models' ids, comma-separated", required: true);
    readonly Option<string> _provider = CliSymbols.ExecutionProvider();

    public override string Name => "compare";
    public override string Description => "compare models' predictions with the base's, per class, subgroup and instance";
    public override string Prints => "{base, models, instanceCount, classNames, behaviorStats, classes, subgroups, exemplars}";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _base, _models, _provider];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        logger.LogInformation("ONNX models run on {Provider}", CliOptions.UseExecutionProvider(parse.GetValue(_provider)).Name);
        output.Write(await behaviors.CompareAsync(Path.GetFullPath(parse.GetValue(_spec)!), null, parse.GetValue(_base)!, CliOptions.Ids(parse.GetValue(_models)!),
            new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }
}
