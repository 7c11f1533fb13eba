// `bench fuzz [--minutes 10] [--seed N]`: the fuzzer for longer, in rounds of mutations until the time is up.
using System.CommandLine;
using CompressCompare.Backend.Fuzzing;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class BenchFuzzCommand(CliOutput output) : CliCommand
{
    readonly Option<string> _minutes = CliSymbols.Text("--minutes", "10", "how long to fuzz");
    readonly Option<string> _seed = CliSymbols.Text("--seed", "N", "the first round's random seed (default 1)");

    public override string Name => "bench fuzz";
    public override string Description => "the fuzzer for longer: rounds of mutations until the time is up";
    public override string Prints => FuzzCommand.FuzzPrints;
    public override string ExitCodes => FuzzCommand.FuzzExitCodes;
    public override IReadOnlyList<Symbol> Symbols => [_minutes, _seed];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        Task.FromResult(FuzzCommand.Run(output, new FuzzOptions
        {
            Seed = CliOptions.Int(parse, _seed, 1),
            Duration = TimeSpan.FromMinutes(CliOptions.Int(parse, _minutes, 10)),
        }));
}
