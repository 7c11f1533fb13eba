// `bench evaluate <spec.json> [--models A,B] [--repeat N] [--concurrent-models N] [--execution-provider cpu|cuda[:N]]`: evaluation time as a ratio to bare session.Run time.
// With `--generate multi-input|batch1|images`, <spec.json> is a folder the benchmark first writes a spec into (GeneratedBenchSpec).
using System.CommandLine;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation.Bench;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchEvaluateCommand(SpecService specs, CliOutput output) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec("the spec to time, or with --generate a folder to write one into");
    readonly Option<string> _models = CliSymbols.Text("--models", "A,B", "the models to time, comma-separated (default: every model)");
    readonly Option<string> _repeat = CliSymbols.Text("--repeat", "N", "rounds to take the median of (default 3)");
    readonly Option<string> _generate = CliSymbols.Text("--generate", string.Join('|', GeneratedBenchSpec.Kinds), "write a spec of this kind into the folder first");
    readonly Option<string> _concurrent = CliSymbols.Text("--concurrent-models", "N", "models evaluated at once");
    readonly Option<string> _provider = CliSymbols.ExecutionProvider();

    public override string Name => "bench evaluate";
    public override string Description => "evaluation time ÷ bare session.Run time (goal ≤ 1.10; image folders: ÷ max(decoding alone, bare) ≤ 1.2)";
    public override string Prints => "{…, coldEndToEndSeconds, coldRatio, coldCpuRatio, goal, stageSeconds, imageOverhead, …}";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _models, _repeat, _generate, _concurrent, _provider];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        CliOptions.UseExecutionProvider(parse.GetValue(_provider));
        var repeat = CliOptions.Int(parse, _repeat, 3);
        if (repeat < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--repeat must be at least 1, not {repeat}.",
                new RpcErrorData { Hint = "For example: bench evaluate models.json --repeat 3" });
        var concurrent = CliOptions.OptionalInt(parse, _concurrent);
        if (concurrent < 1)
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--concurrent-models must be at least 1, not {concurrent}.",
                new RpcErrorData { Hint = "For example: bench evaluate models.json --concurrent-models 1 (one model at a time)" });
        var spec = parse.GetValue(_spec)!;
        if (parse.GetValue(_generate) is { } kind)
        {
            if (!GeneratedBenchSpec.Kinds.Contains(kind))
                throw new BackendException(RpcErrorCodes.InvalidRequest, $"--generate takes {string.Join(" or ", GeneratedBenchSpec.Kinds)}, not \"{kind}\".",
                    new RpcErrorData { Hint = "For example: bench evaluate /tmp/bench-text --generate multi-input, or /tmp/bench-images --generate images" });
            spec = GeneratedBenchSpec.Write(kind, Path.GetFullPath(spec));
        }
        output.Write(await EvaluationBenchmark.RunAsync(specs, Path.GetFullPath(spec),
            parse.GetValue(_models) is { } ids ? CliOptions.Ids(ids) : null, repeat, concurrent, cancellationToken));
        return CliRunner.ExitOk;
    }
}
