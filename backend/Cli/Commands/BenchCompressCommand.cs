// `bench compress [--size-mb 500]`: ONNX compression's time and peak memory on a generated model, as ratios to one plain
// copy of the file and to its largest tensor (CompressBenchmark).
using System.CommandLine;
using CompressCompare.Backend.Compression.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchCompressCommand(CliOutput output) : CliCommand
{
    readonly Option<string> _size = CliSymbols.Text("--size-mb", "500", "the generated model's size in MB");

    public override string Name => "bench compress";
    public override string Description => "prune, palettize (4-bit) and float16 a generated ONNX model: time ÷ one plain copy (goal ≤ 2), peak memory ÷ largest tensor (goal ≤ 3)";
    public override string Prints => "{…, operations: [{name, seconds, timeRatio, memoryRatio, meetsGoals}], timeGoal, memoryGoal}";
    public override IReadOnlyList<Symbol> Symbols => [_size];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var megabytes = CliOptions.Int(parse, _size, 500);
        if (megabytes < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot compress a model of {megabytes} MB.",
                new RpcErrorData { Hint = "Use at least 1 MB, e.g. bench compress --size-mb 500" });
        output.Write(CompressBenchmark.Run(megabytes, cancellationToken));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
