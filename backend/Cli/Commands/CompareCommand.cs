// `compare <spec.json> --base A --models B,C`: the models' predictions against the base's (behaviors/compare).
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CompareCommand(BehaviorService behaviors, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "compare";
    public string Usage => "compare <spec.json> --base A --models B,C   compare models' predictions with the base's, per class, subgroup and instance";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && CliOptions.TryParse(args[1..], ["--base", "--models"], out var options)
            && options.TryGetValue("--base", out var baseId) && options.TryGetValue("--models", out var models)
            ? RunAsync(args[0], baseId, models, cancellationToken) : null;

    async Task<int> RunAsync(string path, string baseId, string models, CancellationToken cancellationToken)
    {
        output.Write(await behaviors.CompareAsync(Path.GetFullPath(path), null, baseId, CliOptions.Ids(models), new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }
}
