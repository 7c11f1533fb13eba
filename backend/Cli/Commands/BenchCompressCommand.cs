// `bench compress [--size-mb 500]`: ONNX compression's time and peak memory on a generated model, as ratios to one plain
// copy of the file and to its largest tensor (CompressBenchmark).
using CompressCompare.Backend.Compression.Bench;
using CompressCompare.Backend.Errors;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchCompressCommand(CliOutput output) : ICliCommand
{
    public string Name => "bench compress";
    public string Usage => "bench compress [--size-mb 500]   prune, palettize (4-bit) and float16 a generated ONNX model: time ÷ one plain copy (goal ≤ 2), peak memory ÷ largest tensor (goal ≤ 3)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (!CliOptions.TryParse(args, ["--size-mb"], out var options)) return null;
        var megabytes = CliOptions.Int(options, "--size-mb", 500);
        if (megabytes < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"Cannot compress a model of {megabytes} MB.",
                new RpcErrorData { Hint = "Use at least 1 MB, e.g. bench compress --size-mb 500" });
        output.Write(CompressBenchmark.Run(megabytes, cancellationToken));
        return Task.FromResult(CliRunner.ExitOk);
    }
}
