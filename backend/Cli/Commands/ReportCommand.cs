// `report <spec.json> --models A,B [--base A] [--budget "METRIC<=VALUE"]… [--format html|md] --out FILE [--force] [--evaluate]`:
// a shareable report on the models (report/write); prints what it wrote.
using System.CommandLine;
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Reports;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ReportCommand(ReportService reports, CliOutput output) : CliCommand
{
    const string Example = "report models.json --models base,pruned-70 --base base --out report.html";

    readonly Argument<string> _spec = CliSymbols.Spec();
    readonly Option<string> _models = CliSymbols.Text("--models", "A,B", "the ids of the models to report on, comma-separated", required: true);
    readonly Option<string> _base = CliSymbols.Text("--base", "A", "the model the others are compared with (default: the root of the first model's lineage)");
    readonly Option<string[]> _budgets = CliSymbols.Repeated("--budget", "\"METRIC<=VALUE\"", "a budget the Pareto set must keep (\"Model Size<=5MB\", \"Top-1 Accuracy>=0.9\")");
    // Only these two: a parse error (with the closest one) before anything runs, and completion offers them.
    readonly Option<string> _format = CliSymbols.Text("--format", "html|md", "one self-contained HTML file (default), or Markdown with its charts as SVG files beside it")
        .AcceptOnlyFromAmong("html", "md");
    readonly Option<string> _out = CliSymbols.Text("--out", "FILE", "the report to write", required: true);
    readonly Option<string> _force = CliSymbols.Flag("--force", "replace a file this command did not write");
    readonly Option<string> _evaluate = CliSymbols.Flag("--evaluate", "evaluate models whose behaviors are not cached yet (default: report what is cached)");

    public override string Name => "report";
    public override string Description => "write an HTML or Markdown report on the models: budgets, Pareto set, Selection Details, Behaviors and Layers against the base";
    public override string Prints => "{out, files, models, paretoIds, sha256}";
    public override IReadOnlyList<Symbol> Symbols => [_spec, _models, _base, _budgets, _format, _out, _force, _evaluate];

    public override async Task<int>? RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var request = new WriteReportParams
        {
            Path = Path.GetFullPath(parse.GetValue(_spec)!),
            ModelIds = CliOptions.Ids(parse.GetValue(_models)!),
            BaseId = parse.GetValue(_base),
            Budgets = parse.GetValue(_budgets) ?? [],
            Format = parse.GetValue(_format) == "md" ? ReportFormat.Md : ReportFormat.Html,
            Out = Path.GetFullPath(parse.GetValue(_out)!),
            Force = CliOptions.Flag(parse, _force, Example + " --force") == true,
            Evaluate = CliOptions.Flag(parse, _evaluate, Example + " --evaluate") == true,
        };
        output.Write(await reports.WriteAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }
}
