// `bench report [--models N] [--seed S]`: times a whole report of 20 models on a synthetic spec of N models (1,000 by default).
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchReportCommand(ReportService reports, CliOutput output) : ICliCommand
{
    public string Name => "bench report";
    public string Usage => "bench report [--models N] [--seed S]   time an HTML report of 20 selected models on a synthetic spec of N models (default 1000; goal under 2 s)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, ["--models", "--seed"], out var options)) return null;
        var models = CliOptions.Int(options, "--models", 1000);
        if (models < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--models must be at least 1, not {models}.",
                new RpcErrorData { Hint = "For example: bench report --models 1000" });
        return RunAsync(models, CliOptions.Int(options, "--seed", 1), cancellationToken);
    }

    async Task<int> RunAsync(int models, int seed, CancellationToken cancellationToken)
    {
        output.Write(await ReportBenchmark.RunAsync(reports, models, seed, cancellationToken));
        return CliRunner.ExitOk;
    }
}
