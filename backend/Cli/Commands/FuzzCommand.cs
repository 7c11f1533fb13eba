// `fuzz [--seed N] [--specs 10000] [--files 2000] [--replay spec:I|file:I]`: mutates specs and model files; exit 1
// when any input crashes, hangs or takes memory past its limit.
using CompressCompare.Backend.Fuzzing;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class FuzzCommand(CliOutput output) : ICliCommand
{
    public string Name => "fuzz";
    public string Usage => "fuzz [--seed N] [--specs 10000] [--files 2000] [--replay spec:I|file:I]   mutate specs and model files; exit 1 when any input crashes, hangs or takes memory past 1.5 GB";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        CliOptions.TryParse(args, ["--seed", "--specs", "--files", "--replay"], out var options)
            ? Task.FromResult(Run(output, new FuzzOptions
            {
                Seed = CliOptions.Int(options, "--seed", 1),
                Specs = CliOptions.Int(options, "--specs", 10_000),
                Files = CliOptions.Int(options, "--files", 2_000),
                Replay = options.GetValueOrDefault("--replay"),
            }))
            : null;

    /// <summary>Runs the fuzzer and prints its report (also for `bench fuzz`).</summary>
    internal static int Run(CliOutput output, FuzzOptions options)
    {
        var report = new FuzzRunner(options).Run();
        output.Write(report);
        return report.Failures.Count > 0 ? CliRunner.ExitSpecErrors : CliRunner.ExitOk;
    }
}
