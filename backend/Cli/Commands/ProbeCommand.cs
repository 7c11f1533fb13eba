// `probe FILE…` or `probe --spec SPEC --base A --models B,C [--activations N]`, each with an optional `--bins N` and `--execution-provider cpu|cuda[:N]` (for --activations):
// weight (and activation) statistics per tensor and module (layers/probe).
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Layers;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ProbeCommand(LayerService layers, CliOutput output, ILogger<CliRunner> logger) : ICliCommand
{
    public string Name => "probe";
    public string Usage => "probe <base-file> <other-file>… | probe --spec <spec.json> --base A --models B,C [--activations N]   [--bins N] [--execution-provider cpu|cuda[:N]]   weight statistics per tensor and module, and change vs the base; with --activations, module outputs on N dataset instances too";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && Request(args) is { } request ? RunAsync(request.Params, request.Options, cancellationToken) : null;

    async Task<int> RunAsync(ProbeParams request, IReadOnlyDictionary<string, string> options, CancellationToken cancellationToken)
    {
        // Only --activations runs models; the weights are read from the files either way.
        var provider = CliOptions.UseExecutionProvider(options);
        if (request.Activations is not null) logger.LogInformation("ONNX models run on {Provider}", provider.Name);
        output.Write(await layers.ProbeAsync(request, new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }

    /// <summary>The request the arguments describe; null when malformed.</summary>
    static (ProbeParams Params, IReadOnlyDictionary<string, string> Options)? Request(string[] args)
    {
        var files = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (!CliOptions.TryParse(args[files.Length..], ["--spec", "--base", "--models", "--bins", "--activations", ExecutionProvider.CliFlag], out var options)) return null;
        int? bins = options.ContainsKey("--bins") ? CliOptions.Int(options, "--bins", 32) : null;
        int? activations = options.ContainsKey("--activations") ? CliOptions.Int(options, "--activations", 0) : null;
        // Files with --activations still reach LayerService, whose error says to probe with --spec.
        if (files.Length > 0)
            return options.ContainsKey("--spec") ? null : (new ProbeParams { Files = [.. files.Select(Path.GetFullPath)], Bins = bins, Activations = activations }, options);
        if (!options.TryGetValue("--spec", out var spec) || !options.TryGetValue("--base", out var baseId)) return null;
        return (new ProbeParams
        {
            Path = Path.GetFullPath(spec),
            BaseId = baseId,
            ModelIds = options.TryGetValue("--models", out var ids) ? CliOptions.Ids(ids) : [],
            Bins = bins,
            Activations = activations,
        }, options);
    }
}
