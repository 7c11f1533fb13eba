// `bench evaluate <spec.json> [--models A,B] [--repeat N] [--concurrent-models N] [--execution-provider cpu|cuda[:N]]`: evaluation time as a ratio to bare session.Run time.
// With `--generate multi-input|batch1|images`, <spec.json> is a folder the benchmark first writes a spec into (GeneratedBenchSpec).
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation.Bench;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchEvaluateCommand(SpecService specs, CliOutput output) : ICliCommand
{
    public string Name => "bench evaluate";
    public string Usage => "bench evaluate <spec.json | folder --generate multi-input|batch1|images> [--models A,B] [--repeat N] [--concurrent-models N] [--execution-provider cpu|cuda[:N]]   evaluation time ÷ bare session.Run time (goal ≤ 1.10; image folders: ÷ max(decoding alone, bare) ≤ 1.2)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && CliOptions.TryParse(args[1..], ["--models", "--repeat", "--generate", "--concurrent-models", ExecutionProvider.CliFlag], out var options)
            ? RunAsync(args[0], options, cancellationToken) : null;

    async Task<int> RunAsync(string spec, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        CliOptions.UseExecutionProvider(options);
        var repeat = CliOptions.Int(options, "--repeat", 3);
        if (repeat < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--repeat must be at least 1, not {repeat}.",
                new RpcErrorData { Hint = "For example: bench evaluate models.json --repeat 3" });
        int? concurrent = options.ContainsKey("--concurrent-models") ? CliOptions.Int(options, "--concurrent-models", 1) : null;
        if (concurrent < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--concurrent-models must be at least 1, not {concurrent}.",
                new RpcErrorData { Hint = "For example: bench evaluate models.json --concurrent-models 1 (one model at a time)" });
        if (options.TryGetValue("--generate", out var kind))
        {
            if (!GeneratedBenchSpec.Kinds.Contains(kind))
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"--generate takes {string.Join(" or ", GeneratedBenchSpec.Kinds)}, not \"{kind}\".",
                    new RpcErrorData { Hint = "For example: bench evaluate /tmp/bench-text --generate multi-input, or /tmp/bench-images --generate images" });
            spec = GeneratedBenchSpec.Write(kind, Path.GetFullPath(spec));
        }
        output.Write(await EvaluationBenchmark.RunAsync(specs, Path.GetFullPath(spec),
            options.TryGetValue("--models", out var ids) ? CliOptions.Ids(ids) : null, repeat, concurrent, cancellationToken));
        return CliRunner.ExitOk;
    }
}
