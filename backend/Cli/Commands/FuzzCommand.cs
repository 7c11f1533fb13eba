// `fuzz [--seed N] [--specs 10000] [--files 2000] [--replay spec:I|file:I]`: mutates specs and model files; exit 1
// when any input crashes, hangs or takes memory past its limit.
using System.CommandLine;
using CompressCompare.Backend.Fuzzing;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class FuzzCommand(CliOutput output) : CliCommand
{
    readonly Option<string> _seed = CliSymbols.Text("--seed", "N", "the mutations' random seed (default 1)");
    readonly Option<string> _specs = CliSymbols.Text("--specs", "10000", "spec mutations to try");
    readonly Option<string> _files = CliSymbols.Text("--files", "2000", "model file mutations to try");
    readonly Option<string> _replay = CliSymbols.Text("--replay", "spec:I|file:I", "run one mutation of a report again");

    public override string Name => "fuzz";
    public override string Description => "mutate specs and model files; exit 1 when any input crashes, hangs or takes memory past 1.5 GB";
    public override string Prints => FuzzPrints;
    public override string ExitCodes => FuzzExitCodes;
    public override IReadOnlyList<Symbol> Symbols => [_seed, _specs, _files, _replay];

    internal const string FuzzPrints = "{seed, specMutations, fileMutations, failures, known, elapsedSeconds, peakWorkingSetMegabytes, heaviest, replay}";
    internal const string FuzzExitCodes = "0 no failures; 1 some input crashed, hung or took too much memory (listed in failures); 2 wrong arguments";

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        Task.FromResult(Run(output, new FuzzOptions
        {
            Seed = CliOptions.Int(parse, _seed, 1),
            Specs = CliOptions.Int(parse, _specs, 10_000),
            Files = CliOptions.Int(parse, _files, 2_000),
            Replay = parse.GetValue(_replay),
        }));

    /// <summary>Runs the fuzzer and prints its report (also for `bench fuzz`).</summary>
    internal static int Run(CliOutput output, FuzzOptions options)
    {
        var report = new FuzzRunner(options).Run();
        output.Write(report);
        return report.Failures.Count > 0 ? CliRunner.ExitSpecErrors : CliRunner.ExitOk;
    }
}
