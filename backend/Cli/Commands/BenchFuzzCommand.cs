// `bench fuzz [--minutes 10] [--seed N]`: the fuzzer for longer, in rounds of mutations until the time is up.
using CompressCompare.Backend.Fuzzing;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchFuzzCommand(CliOutput output) : ICliCommand
{
    public string Name => "bench fuzz";
    public string Usage => "bench fuzz [--minutes 10] [--seed N]   the fuzzer for longer: rounds of mutations until the time is up";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        CliOptions.TryParse(args, ["--minutes", "--seed"], out var options)
            ? Task.FromResult(FuzzCommand.Run(output, new FuzzOptions
            {
                Seed = CliOptions.Int(options, "--seed", 1),
                Duration = TimeSpan.FromMinutes(CliOptions.Int(options, "--minutes", 10)),
            }))
            : null;
}
