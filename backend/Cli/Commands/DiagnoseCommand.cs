// `diagnose --spec S --base A --model B [--instances N] [--depth K] [--sensitivity false] [--execution-provider cpu|cuda[:N]]`: which modules
// of compressed model B cost it its metric against its base A (models/diagnose), sorted by recovery, highest first.
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Diagnose;
using CompressCompare.Protocol.Rpc;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class DiagnoseCommand(DiagnoseService diagnose, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "diagnose";
    public string Usage => "diagnose --spec <spec.json> --base A --model B [--instances N] [--depth K] [--sensitivity false] [--execution-provider cpu|cuda[:N]]   which layer broke it: B with each module restored to A's weights (recovery), and A with only that module compressed (sensitivity), on N dataset instances (default 256)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        Request(args) is { } request ? RunAsync(request.Params, request.Options, cancellationToken) : null;

    async Task<int> RunAsync(DiagnoseParams request, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        logger.LogInformation("ONNX models run on {Provider}", CliOptions.UseExecutionProvider(options).Name);
        output.Write(await diagnose.DiagnoseAsync(request, new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }

    /// <summary>--sensitivity false skips the sensitivity pass; true or absent runs it.</summary>
    internal static bool? Sensitivity(IReadOnlyDictionary<string, string> options) =>
        !options.TryGetValue("--sensitivity", out var text) ? null
        : bool.TryParse(text, out var value) ? value
        : throw new BackendException(RpcErrorCodes.InvalidRequest, $"--sensitivity must be true or false, not \"{text}\".",
            new RpcErrorData { Hint = "For example: --sensitivity false (recovery only, half the evaluations)" });

    /// <summary>The request the arguments describe; null when malformed.</summary>
    internal static (DiagnoseParams Params, IReadOnlyDictionary<string, string> Options)? Request(string[] args)
    {
        if (!CliOptions.TryParse(args, ["--spec", "--base", "--model", "--instances", "--depth", "--sensitivity", ExecutionProvider.CliFlag], out var options)) return null;
        if (!options.TryGetValue("--spec", out var spec) || !options.TryGetValue("--base", out var baseId) || !options.TryGetValue("--model", out var model)) return null;
        return (new DiagnoseParams
        {
            Path = Path.GetFullPath(spec),
            BaseId = baseId,
            ModelId = model,
            Instances = options.ContainsKey("--instances") ? CliOptions.Int(options, "--instances", DiagnoseService.DefaultInstances) : null,
            Depth = options.ContainsKey("--depth") ? CliOptions.Int(options, "--depth", 1) : null,
            Sensitivity = Sensitivity(options),
        }, options);
    }
}
