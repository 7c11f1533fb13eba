// `bench add [--runs 5]`: a whole `add` of a demo model ÷ the measurements it makes, medians of interleaved runs
// on a fresh digits demo (AddBenchmark).
using CompressCompare.Backend.AddModel.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchAddCommand(CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "bench add";
    public string Usage => "bench add [--runs 5]   add a demo model to a fresh digits demo: median add time ÷ median time of its measurements alone (goal ≤ 1.1)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, ["--runs"], out var options)) return null;
        var runs = CliOptions.Int(options, "--runs", 5);
        if (runs < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot time {runs} runs.", new RpcErrorData { Hint = "Use at least 1, e.g. bench add --runs 5" });
        return RunAsync(runs, cancellationToken);
    }

    async Task<int> RunAsync(int runs, CancellationToken cancellationToken)
    {
        output.Write(await AddBenchmark.RunAsync(runs, new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }
}
