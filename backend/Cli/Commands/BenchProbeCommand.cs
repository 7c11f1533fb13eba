// `bench probe [--megabytes 500] [--models 3] [--format safetensors|onnx|onnx-int8|pt] [--repeat 3]`: probe speed and memory on
// generated models, as ratios to a plain read.
using System.CommandLine;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchProbeCommand(CliOutput output) : CliCommand
{
    readonly Option<string> _megabytes = CliSymbols.Text("--megabytes", "500", "each generated model's size in MB");
    readonly Option<string> _models = CliSymbols.Text("--models", "3", "how many models (at least 2)");
    readonly Option<string> _format = CliSymbols.Text("--format", "safetensors|onnx|onnx-int8|pt", "the generated models' file format");
    readonly Option<string> _repeat = CliSymbols.Text("--repeat", "3", "runs to take the median of");

    public override string Name => "bench probe";
    public override string Description => "probe generated models: scan speed ÷ a plain read-and-sum (goal ≥ 0.5), peak memory ÷ largest tensor (goal ≤ 3)";
    public override string Prints => "{format, models, megabytes, tensors, largestMegabytes, repeat, probeSeconds, plainSumSeconds, speedRatio, speedGoal, peakMemoryMegabytes, memoryRatio, memoryGoal}";
    public override IReadOnlyList<Symbol> Symbols => [_megabytes, _models, _format, _repeat];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (megabytes, models) = (CliOptions.Int(parse, _megabytes, 500), CliOptions.Int(parse, _models, 3));
        if (megabytes < 1 || models < 2)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot probe {models} models of {megabytes} MB.",
                new RpcErrorData { Hint = "Use at least 1 MB and 2 models, e.g. bench probe --megabytes 500 --models 3" });
        var format = parse.GetValue(_format) ?? "safetensors";
        if (!ProbeBenchmark.Formats.Contains(format))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot write benchmark models as \"{format}\".",
                new RpcErrorData { Hint = $"Use --format {string.Join(" or --format ", ProbeBenchmark.Formats)}." });
        var repeat = CliOptions.Int(parse, _repeat, 3);
        if (repeat < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--repeat must be at least 1, not {repeat}.",
                new RpcErrorData { Hint = "For example: bench probe --megabytes 500 --repeat 3" });
        output.Write(ProbeBenchmark.Run(megabytes, models, format, cancellationToken, repeat));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
