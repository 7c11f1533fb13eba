// `bench compare [--instances N] [--models M] [--classes K] [--seed S]`: times every comparison metric on synthetic outputs.
using CompressCompare.Backend.Behaviors.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchCompareCommand(CliOutput output) : ICliCommand
{
    public string Name => "bench compare";
    public string Usage => "bench compare [--instances N] [--models M] [--classes K] [--seed S]   time every comparison metric on synthetic outputs (default 100000 × 20 × 10)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, ["--instances", "--models", "--classes", "--seed"], out var options)) return null;
        var (instances, models, classes) = (CliOptions.Int(options, "--instances", 100_000), CliOptions.Int(options, "--models", 20), CliOptions.Int(options, "--classes", 10));
        if (instances < 1 || models < 1 || classes < 2)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot time {instances} instances × {models} models × {classes} classes.",
                new RpcErrorData { Hint = "Use at least 1 instance, 1 model and 2 classes, e.g. bench compare --instances 100000 --models 20 --classes 10" });
        output.Write(CompareBenchmark.Run(instances, models, classes, CliOptions.Int(options, "--seed", 1)));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
