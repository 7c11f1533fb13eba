// `bench add [--runs 5]`: a whole `add` of a demo model ÷ the measurements it makes, medians of interleaved runs
// on a fresh digits demo (AddBenchmark).
using System.CommandLine;
using CompressCompare.Backend.AddModel.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchAddCommand(CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Option<string> _runs = CliSymbols.Text("--runs", "5", "how many interleaved runs of each to take the median of");

    public override string Name => "bench add";
    public override string Description => "add a demo model to a fresh digits demo: median add time ÷ median time of its measurements alone (goal ≤ 1.1)";
    public override string Prints => "{measureMs, addMs, overhead, goal, checksMs, writeMs, model, runs, specModels}";
    public override IReadOnlyList<Symbol> Symbols => [_runs];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var runs = CliOptions.Int(parse, _runs, 5);
        if (runs < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot time {runs} runs.", new RpcErrorData { Hint = "Use at least 1, e.g. bench add --runs 5" });
        output.Write(await AddBenchmark.RunAsync(runs, new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }
}
