// `diagnose --spec S --base A --model B [--instances N] [--depth K] [--sensitivity] [--execution-provider cpu|cuda[:N]]`: which modules
// of compressed model B cost it its metric against its base A (models/diagnose), sorted by recovery, highest first. Recovery alone
// keeps within the time budget (one evaluation per module); --sensitivity doubles that.
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
    public string Usage => "diagnose --spec <spec.json> --base A --model B [--instances N] [--depth K] [--sensitivity] [--execution-provider cpu|cuda[:N]]   which layer broke it: B with each module restored to A's weights (recovery), and with --sensitivity also A with only that module compressed (twice the time), on N dataset instances (default 256)";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        Request(args) is { } request ? RunAsync(request.Params, request.Options, cancellationToken) : null;

    async Task<int> RunAsync(DiagnoseParams request, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        logger.LogInformation("ONNX models run on {Provider}", CliOptions.UseExecutionProvider(options).Name);
        output.Write(await diagnose.DiagnoseAsync(request, new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }

    /// <summary>
    /// The arguments without --sensitivity, and what it asks: alone or followed by true, also measure sensitivity; followed by false
    /// (as before it became opt-in) or left out, recovery alone (null).
    /// </summary>
    internal static (string[] Others, bool? Sensitivity) SensitivityFlag(string[] args)
    {
        var at = Array.IndexOf(args, "--sensitivity");
        if (at < 0) return (args, null);
        var valued = at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal);
        var value = true;
        if (valued && !bool.TryParse(args[at + 1], out value))
            throw new BackendException(RpcErrorCodes.InvalidRequest, $"--sensitivity takes no value (or true or false), not \"{args[at + 1]}\".",
                new RpcErrorData { Hint = "For example: diagnose --spec models.json --base A --model B --sensitivity (twice the evaluations)" });
        return ([.. args[..at], .. args[(at + (valued ? 2 : 1))..]], value);
    }

    /// <summary>The request the arguments describe; null when malformed.</summary>
    internal static (DiagnoseParams Params, IReadOnlyDictionary<string, string> Options)? Request(string[] args)
    {
        var (rest, sensitivity) = SensitivityFlag(args);
        if (!CliOptions.TryParse(rest, ["--spec", "--base", "--model", "--instances", "--depth", ExecutionProvider.CliFlag], out var options)) return null;
        if (!options.TryGetValue("--spec", out var spec) || !options.TryGetValue("--base", out var baseId) || !options.TryGetValue("--model", out var model)) return null;
        return (new DiagnoseParams
        {
            Path = Path.GetFullPath(spec),
            BaseId = baseId,
            ModelId = model,
            Instances = options.ContainsKey("--instances") ? CliOptions.Int(options, "--instances", DiagnoseService.DefaultInstances) : null,
            Depth = options.ContainsKey("--depth") ? CliOptions.Int(options, "--depth", 1) : null,
            Sensitivity = sensitivity,
        }, options);
    }
}
