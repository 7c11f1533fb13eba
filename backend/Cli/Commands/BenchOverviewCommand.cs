// `bench overview --models N [--seed S] [--write FILE]`: times parse, Model Map layout and Selection Details.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.ModelMap.Bench;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchOverviewCommand(CliOutput output) : ICliCommand
{
    public string Name => "bench overview";
    public string Usage => "bench overview --models N [--seed S] [--write FILE]   time parse, Model Map layout and Selection Details on a synthetic spec of N models";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, ["--models", "--seed", "--write"], out var options) || !options.ContainsKey("--models")) return null;
        var models = CliOptions.Int(options, "--models", 0);
        if (models < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--models must be at least 1, not {models}.",
                new RpcErrorData { Hint = "For example: bench overview --models 10000" });
        var write = options.TryGetValue("--write", out var file) ? Path.GetFullPath(file) : null;
        output.Write(OverviewBenchmark.Run(models, CliOptions.Int(options, "--seed", 1), write));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
