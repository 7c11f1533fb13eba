// `compare <spec.json> --base A --models B,C [--execution-provider cpu|cuda[:N]]`: the models' predictions against the base's (behaviors/compare).
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CompareCommand(BehaviorService behaviors, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "compare";
    public string Usage => "compare <spec.json> --base A --models B,C [--execution-provider cpu|cuda[:N]]   compare models' predictions with the base's, per class, subgroup and instance";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && CliOptions.TryParse(args[1..], ["--base", "--models", ExecutionProvider.CliFlag], out var options)
            && options.TryGetValue("--base", out var baseId) && options.TryGetValue("--models", out var models)
            ? RunAsync(args[0], baseId, models, options, cancellationToken) : null;

    async Task<int> RunAsync(string path, string baseId, string models, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        logger.LogInformation("ONNX models run on {Provider}", CliOptions.UseExecutionProvider(options).Name);
        output.Write(await behaviors.CompareAsync(Path.GetFullPath(path), null, baseId, CliOptions.Ids(models), new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }
}
