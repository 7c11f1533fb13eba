// `evaluate <spec.json> [--models A,B] [--execution-provider cpu|cuda[:N]]`: runs models on the spec's dataset, filling the output cache (models/evaluate).
using System.CommandLine;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class EvaluateCommand(EvaluationService evaluation, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec();
    readonly Option<string> _models = CliSymbols.Text("--models", "A,B", "the models to evaluate, comma-separated (default: every model)");
    readonly Option<string> _provider = CliSymbols.ExecutionProvider();

    public override string Name => "evaluate";
    public override string Description => "run models on the spec's dataset, filling the output cache";
    public override string Prints => "{models: [{id, cached, seconds, error, …}]}";
    public override string ExitCodes => "0 every model evaluated; 1 a model could not be (its entry's error says why); 2 wrong arguments or an unreadable spec";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _models, _provider];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        CliOptions.UseExecutionProvider(parse.GetValue(_provider));
        var models = parse.GetValue(_models);
        var result = await evaluation.EvaluateAsync(Path.GetFullPath(parse.GetValue(_spec)!), null, models is null ? null : CliOptions.Ids(models),
            new LogProgress(logger), cancellationToken);
        output.Write(result);
        // A model that could not be evaluated is reported in its entry; the exit code says so to scripts.
        return result.Models.Any(m => m.Error is not null) ? CliRunner.ExitSpecErrors : CliRunner.ExitOk;
    }
}
