// `bench report [--models N] [--seed S]`: times a whole report of 20 models on a synthetic spec of N models (1,000 by default).
using System.CommandLine;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchReportCommand(ReportService reports, CliOutput output) : CliCommand
{
    readonly Option<string> _models = CliSymbols.Text("--models", "N", "the synthetic spec's number of models (default 1000)");
    readonly Option<string> _seed = CliSymbols.Text("--seed", "S", "the generator's seed (default 1)");

    public override string Name => "bench report";
    public override string Description => "time an HTML report of 20 selected models on a synthetic spec of N models (goal under 2 s)";
    public override string Prints => "{models, selected, reportMs, goalMs, overGoal}";
    public override IReadOnlyList<Symbol> Symbols => [_models, _seed];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var models = CliOptions.Int(parse, _models, 1000);
        if (models < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--models must be at least 1, not {models}.",
                new RpcErrorData { Hint = "For example: bench report --models 1000" });
        output.Write(await ReportBenchmark.RunAsync(reports, models, CliOptions.Int(parse, _seed, 1), cancellationToken));
        return CliRunner.ExitOk;
    }
}
