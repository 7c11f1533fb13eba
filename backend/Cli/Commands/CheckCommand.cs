// `check <spec.json> --base A --model B [--max-drop "METRIC=0.01"]… [--max "METRIC=VALUE"]… [--min "METRIC=VALUE"]…
// [--measure] [--execution-provider cpu|cuda[:N]]`: a CI gate (GateService). Exit 0 when every threshold holds, 1 when one
// does not (or has no value to judge), 2 when the gate cannot run as written.
using System.CommandLine;
using CompressCompare.Backend.Gates;
using CompressCompare.Backend.Progress;
using Microsoft.Extensions.Logging;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class CheckCommand(GateService gates, CliOutput output, ILogger<CliRunner> logger) : CliCommand
{
    readonly Argument<string> _spec = CliSymbols.Spec();
    readonly Option<string> _base = CliSymbols.Text("--base", "A", "the reference model's id", required: true);
    readonly Option<string> _model = CliSymbols.Text("--model", "B", "the id of the model to judge", required: true);
    readonly Option<string[]> _maxDrop = CliSymbols.Repeated("--max-drop", "\"METRIC=VALUE\"",
        "B may be at most VALUE worse than A (in the metric's unit, or \"1%\" of A's value); worse follows the metric: lower accuracy, higher latency or size");
    readonly Option<string[]> _max = CliSymbols.Repeated("--max", "\"METRIC=VALUE\"", "B's value may be at most VALUE (\"5MB\", \"12ms\": an SI prefix and the metric's unit may follow the number)");
    readonly Option<string[]> _min = CliSymbols.Repeated("--min", "\"METRIC=VALUE\"", "B's value must be at least VALUE (\"90%\" for a percent-formatted metric)");
    readonly Option<string> _measure = CliSymbols.Flag("--measure", "measure both models on the spec's dataset (as compress does) instead of reading their metrics from the spec; writes nothing to the spec");
    readonly Option<string> _provider = CliSymbols.ExecutionProvider();

    public override string Name => "check";
    public override string Description => "a CI gate: judge model B against base A by metric thresholds; exit 0 when all hold, 1 otherwise";
    public override string Prints => "{spec, base, model, passed, checks: [{metric, kind: max-drop|max|min, threshold, value, baseValue, drop, relative, passed, source: spec|measured, direction, reason}]}";
    public override string ExitCodes => "0 every threshold holds; 1 one does not, or a value to judge is missing (its check's reason says which); 2 wrong arguments, or an unknown model or metric, or a value that does not parse";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _base, _model, _maxDrop, _max, _min, _measure, _provider];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var measure = CliOptions.Flag(parse, _measure, "check models.json --base A --model B --max-drop \"Top-1 Accuracy=0.01\" --measure") == true;
        // Checked even without --measure, so a typo in a pipeline's provider fails now rather than when measuring is switched on.
        var provider = CliOptions.UseExecutionProvider(parse.GetValue(_provider));
        if (measure) logger.LogInformation("ONNX models run on {Provider}", provider.Name);
        // In command-line order within each kind; the output lists max-drop, then max, then min.
        var thresholds = Thresholds(parse, _maxDrop, GateKind.MaxDrop).Concat(Thresholds(parse, _max, GateKind.Max)).Concat(Thresholds(parse, _min, GateKind.Min)).ToList();
        var report = await gates.CheckAsync(new GateRequest(Path.GetFullPath(parse.GetValue(_spec)!), parse.GetValue(_base)!, parse.GetValue(_model)!, thresholds, measure),
            new LogProgress(logger), cancellationToken);
        output.Write(report);
        return report.Passed ? CliRunner.ExitOk : CliRunner.ExitSpecErrors;
    }

    static IEnumerable<(GateKind, string)> Thresholds(ParseResult parse, Option<string[]> option, GateKind kind) =>
        (parse.GetValue(option) ?? []).Select(text => (kind, text));
}
