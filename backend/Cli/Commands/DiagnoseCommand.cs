// `diagnose --spec <spec.json> --base A --model B [--instances N] [--depth K] [--sensitivity] [--execution-provider cpu|cuda[:N]]`:
// which layer broke B: B with each module restored to its base A (models/diagnose), sorted by recovery, highest first. Recovery alone
// keeps within the time budget (one evaluation per module); --sensitivity doubles that.
using System.CommandLine;
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Progress;
using CompressCompare.Protocol.Diagnose;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class DiagnoseCommand(DiagnoseService diagnose, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly DiagnoseSymbols _symbols = new();

    public override string Name => "diagnose";
    public override string Description => "which layer broke it: B with each module restored to A's weights (recovery), and with --sensitivity also A with only that module compressed (twice the time), on N dataset instances (default 256)";
    public override string Prints => "{base, model, metric, instances, baseMetric, modelMetric, seconds, modules: [{module, recovery, sensitivity, …}]}";
    public override IReadOnlyList<Symbol> Symbols => _symbols.All;

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        logger.LogInformation("ONNX models run on {Provider}", CliOptions.UseExecutionProvider(parse.GetValue(_symbols.Provider)).Name);
        output.Write(await diagnose.DiagnoseAsync(_symbols.Request(parse), new LogProgress(logger), cancellationToken));
        return CliRunner.ExitOk;
    }

    /// <summary>The request <paramref name="args"/> (what follows "diagnose") describe; null when they do not parse.</summary>
    internal static (DiagnoseParams Params, string? ExecutionProvider)? Request(string[] args)
    {
        var symbols = new DiagnoseSymbols();
        var command = new Command("diagnose");
        foreach (var option in symbols.All) command.Options.Add((Option)option);
        var parse = command.Parse(args);
        return parse.Errors.Count > 0 ? null : (symbols.Request(parse), parse.GetValue(symbols.Provider));
    }

    sealed class DiagnoseSymbols
    {
        public readonly Option<string> Spec = CliSymbols.Text("--spec", "spec.json", "the spec file", required: true);
        public readonly Option<string> Base = CliSymbols.Text("--base", "A", "the base model's id", required: true);
        public readonly Option<string> Model = CliSymbols.Text("--model", "B", "the compressed model's id", required: true);
        public readonly Option<string> Instances = CliSymbols.Text("--instances", "N", $"dataset instances to evaluate on (default {DiagnoseService.DefaultInstances})");
        public readonly Option<string> Depth = CliSymbols.Text("--depth", "K", "module depth to restore at (default: the model's own modules)");
        // Opt-in since it doubles the time; "false" is still accepted, as before it became opt-in.
        public readonly Option<string> Sensitivity = CliSymbols.Flag("--sensitivity", "also A with only each module compressed (twice the evaluations)");
        public readonly Option<string> Provider = CliSymbols.ExecutionProvider();

        public IReadOnlyList<Symbol> All => [Spec, Base, Model, Instances, Depth, Sensitivity, Provider];

        public DiagnoseParams Request(ParseResult parse) => new()
        {
            Path = Path.GetFullPath(parse.GetValue(Spec)!),
            BaseId = parse.GetValue(Base)!,
            ModelId = parse.GetValue(Model)!,
            Instances = CliOptions.OptionalInt(parse, Instances),
            Depth = CliOptions.OptionalInt(parse, Depth),
            Sensitivity = CliOptions.Flag(parse, Sensitivity, "diagnose --spec models.json --base A --model B --sensitivity (twice the evaluations)"),
        };
    }
}
