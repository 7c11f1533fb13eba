// `demo <folder> [--dataset digits|fashion-mnist] [--seed N]`: builds the demo workspace into a new or empty folder.
using CompressCompare.Backend.Demo;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class DemoCommand(CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "demo";
    public string Usage => "demo <folder> [--dataset digits|fashion-mnist] [--seed N]   train, compress, export and measure a demo tree into <folder>";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 1 || !CliOptions.TryParse(args[1..], ["--dataset", "--seed"], out var options)) return null;
        var report = DemoBuilder.Build(new DemoOptions(Path.GetFullPath(args[0]),
            options.GetValueOrDefault("--dataset", DemoOptions.Digits), CliOptions.Int(options, "--seed", 1)),
            new LogProgress(logger), cancellationToken);
        output.Write(report);
        return Task.FromResult(CliRunner.ExitOk);
    }
}
