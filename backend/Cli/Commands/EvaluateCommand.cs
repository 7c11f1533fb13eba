// `evaluate <spec.json> [--models A,B] [--execution-provider cpu|cuda[:N]]`: runs models on the spec's dataset, filling the output cache (models/evaluate).
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class EvaluateCommand(EvaluationService evaluation, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "evaluate";
    public string Usage => "evaluate <spec.json> [--models A,B] [--execution-provider cpu|cuda[:N]]   run models on the spec's dataset, filling the output cache";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && CliOptions.TryParse(args[1..], ["--models", ExecutionProvider.CliFlag], out var options)
            ? RunAsync(args[0], options, cancellationToken) : null;

    async Task<int> RunAsync(string path, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        CliOptions.UseExecutionProvider(options);
        var models = options.GetValueOrDefault("--models");
        var result = await evaluation.EvaluateAsync(Path.GetFullPath(path), null, models is null ? null : CliOptions.Ids(models),
            new LogProgress(logger), cancellationToken);
        output.Write(result);
        // A model that could not be evaluated is reported in its entry; the exit code says so to scripts.
        return result.Models.Any(m => m.Error is not null) ? CliRunner.ExitSpecErrors : CliRunner.ExitOk;
    }
}
