// `probe FILE…` or `probe --spec SPEC --base A --models B,C [--activations N]`, each with an optional `--bins N` and `--execution-provider cpu|cuda[:N]` (for --activations):
// weight (and activation) statistics per tensor and module (layers/probe).
using System.CommandLine;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Layers;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ProbeCommand(LayerService layers, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string[]> _files = new("files") { Arity = ArgumentArity.ZeroOrMore, Description = "model files, the base first (or use --spec)" };
    readonly Option<string> _spec = CliSymbols.Text("--spec", "spec.json", "probe models of this spec instead of files");
    readonly Option<string> _base = CliSymbols.Text("--base", "A", "with --spec: the base model's id");
    readonly Option<string> _models = CliSymbols.Text("--models", "B,C", "with --spec: the other models' ids, comma-separated");
    readonly Option<string> _activations = CliSymbols.Text("--activations", "N", "with --spec: also module outputs on N dataset instances");
    readonly Option<string> _bins = CliSymbols.Text("--bins", "N", "histogram bins per tensor (default 32)");
    readonly Option<string> _provider = CliSymbols.ExecutionProvider();

    public override string Name => "probe";
    public override string Description => "weight statistics per tensor and module, and change vs the base (<base-file> <other-file>…, or --spec with --base); with --activations, module outputs on N dataset instances too";
    public override string Prints => "{models, tensors, modules, unmatched, changeBands}";
    public override IReadOnlyList<Symbol> Symbols => [_files, _spec, _base, _models, _activations, _bins, _provider];

    public override Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken) =>
        Request(parse) is { } request ? RunAsync(request, parse.GetValue(_provider), cancellationToken) : null;

    async Task<int> RunAsync(ProbeParams request, string? provider, CancellationToken cancellationToken)
    {
        // Only --activations runs models; the weights are read from the files either way.
        var used = CliOptions.UseExecutionProvider(provider);
        if (request.Activations is not null) logger.LogInformation("ONNX models run on {Provider}", used.Name);
        output.Write(await layers.ProbeAsync(request, new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }

    /// <summary>The request the arguments describe; null when they fit neither form.</summary>
    ProbeParams? Request(ParseResult parse)
    {
        var files = parse.GetValue(_files) ?? [];
        int? bins = CliOptions.OptionalInt(parse, _bins);
        int? activations = CliOptions.OptionalInt(parse, _activations);
        var spec = parse.GetValue(_spec);
        // Files with --activations still reach LayerService, whose error says to probe with --spec.
        if (files.Length > 0)
            return spec is not null ? null : new ProbeParams { Files = [.. files.Select(Path.GetFullPath)], Bins = bins, Activations = activations };
        if (spec is null || parse.GetValue(_base) is not { } baseId) return null;
        return new ProbeParams
        {
            Path = Path.GetFullPath(spec),
            BaseId = baseId,
            ModelIds = parse.GetValue(_models) is { } ids ? CliOptions.Ids(ids) : [],
            Bins = bins,
            Activations = activations,
        };
    }
}
