// `bench probe [--megabytes 500] [--models 3] [--format safetensors|onnx|onnx-int8|pt] [--repeat 3]`: probe speed and memory on
// generated models, as ratios to a plain read.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Bench;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchProbeCommand(CliOutput output) : ICliCommand
{
    public string Name => "bench probe";
    public string Usage => "bench probe [--megabytes 500] [--models 3] [--format safetensors|onnx|onnx-int8|pt] [--repeat 3]   probe generated models: scan speed ÷ a plain read-and-sum (goal ≥ 0.5), peak memory ÷ largest tensor (goal ≤ 3)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, ["--megabytes", "--models", "--format", "--repeat"], out var options)) return null;
        var (megabytes, models) = (CliOptions.Int(options, "--megabytes", 500), CliOptions.Int(options, "--models", 3));
        if (megabytes < 1 || models < 2)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot probe {models} models of {megabytes} MB.",
                new RpcErrorData { Hint = "Use at least 1 MB and 2 models, e.g. bench probe --megabytes 500 --models 3" });
        var format = options.GetValueOrDefault("--format", "safetensors");
        if (!ProbeBenchmark.Formats.Contains(format))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot write benchmark models as \"{format}\".",
                new RpcErrorData { Hint = $"Use --format {string.Join(" or --format ", ProbeBenchmark.Formats)}." });
        var repeat = CliOptions.Int(options, "--repeat", 3);
        if (repeat < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--repeat must be at least 1, not {repeat}.",
                new RpcErrorData { Hint = "For example: bench probe --megabytes 500 --repeat 3" });
        output.Write(ProbeBenchmark.Run(megabytes, models, format, cancellationToken, repeat));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
