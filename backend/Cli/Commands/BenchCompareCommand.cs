// `bench compare [--instances N] [--models M] [--classes K] [--seed S]`: times every comparison metric on synthetic outputs.
using System.CommandLine;
using CompressCompare.Backend.Behaviors.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchCompareCommand(CliOutput output) : CliCommand
{
    readonly Option<string> _instances = CliSymbols.Text("--instances", "N", "instances (default 100000)");
    readonly Option<string> _models = CliSymbols.Text("--models", "M", "models (default 20)");
    readonly Option<string> _classes = CliSymbols.Text("--classes", "K", "classes (default 10)");
    readonly Option<string> _seed = CliSymbols.Text("--seed", "S", "random seed (default 1)");

    public override string Name => "bench compare";
    public override string Description => "time every comparison metric on synthetic outputs (default 100000 × 20 × 10)";
    public override string Prints => "{instances, models, classes, the milliseconds of each comparison metric, …}";
    public override IReadOnlyList<Symbol> Symbols => [_instances, _models, _classes, _seed];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (instances, models, classes) = (CliOptions.Int(parse, _instances, 100_000), CliOptions.Int(parse, _models, 20), CliOptions.Int(parse, _classes, 10));
        if (instances < 1 || models < 1 || classes < 2)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot time {instances} instances × {models} models × {classes} classes.",
                new RpcErrorData { Hint = "Use at least 1 instance, 1 model and 2 classes, e.g. bench compare --instances 100000 --models 20 --classes 10" });
        output.Write(CompareBenchmark.Run(instances, models, classes, CliOptions.Int(parse, _seed, 1)));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
