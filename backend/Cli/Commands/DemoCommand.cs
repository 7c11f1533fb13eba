// `demo <folder> [--dataset digits|fashion-mnist] [--seed N]`: builds the demo workspace into a new or empty folder.
using System.CommandLine;
using CompressCompare.Backend.Demo;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class DemoCommand(CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string> _folder = CliSymbols.Positional("folder", "a new or empty folder to build the demo in");
    readonly Option<string> _dataset = CliSymbols.Text("--dataset", "digits|fashion-mnist", "the demo's dataset (default digits)");
    readonly Option<string> _seed = CliSymbols.Text("--seed", "N", "random seed of training and compression (default 1)");

    public override string Name => "demo";
    public override string Description => "train, compress, export and measure a demo tree into <folder>";
    public override string Prints => "{spec, models, trainSeconds, compressSeconds, measureSeconds, totalSeconds, peakWorkingSetBytes, …}";
    public override IReadOnlyList<Symbol> Symbols => [_folder, _dataset, _seed];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var report = DemoBuilder.Build(new DemoOptions(Path.GetFullPath(parse.GetValue(_folder)!),
            parse.GetValue(_dataset) ?? DemoOptions.Digits, CliOptions.Int(parse, _seed, 1)),
            new LogProgress(logger), cancellationToken);
        output.Write(report);
        return Task.FromResult(CliRunner.ExitOk);
    }
}
