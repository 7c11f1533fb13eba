// `report <spec.json> --models A,B [--base A] [--budget "METRIC<=VALUE"]… [--format html|md] --out FILE [--force] [--evaluate]`:
// a shareable report on the models (report/write); prints what it wrote.
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Reports;

namespace CompressCompare.Backend.Cli.Commands;

public sealed class ReportCommand(ReportService reports, CliOutput output) : ICliCommand
{
    public string Name => "report";
    public string Usage => "report <spec.json> --models A,B [--base A] [--budget \"METRIC<=VALUE\"]… [--format html|md] --out FILE [--force] [--evaluate]   write an HTML or Markdown report on the models: budgets, Pareto set, Selection Details, Behaviors and Layers against the base";

    public Task<int>? TryRun(string[] args, CancellationToken cancellationToken) =>
        args.Length >= 1 && Request(args) is { } request ? RunAsync(request, cancellationToken) : null;

    async Task<int> RunAsync(WriteReportParams request, CancellationToken cancellationToken)
    {
        output.Write(await reports.WriteAsync(request, cancellationToken));
        return CliRunner.ExitOk;
    }

    /// <summary>The request the arguments describe; null when malformed (the runner prints the usage).</summary>
    static WriteReportParams? Request(string[] args)
    {
        string? models = null, baseId = null, format = null, outFile = null;
        var budgets = new List<string>();
        var (force, evaluate) = (false, false);
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--force": force = true; continue;
                case "--evaluate": evaluate = true; continue;
            }
            if (i + 1 >= args.Length) return null;
            var value = args[++i];
            switch (args[i - 1])
            {
                case "--models": models = value; break;
                case "--base": baseId = value; break;
                case "--budget": budgets.Add(value); break;
                case "--format": format = value; break;
                case "--out": outFile = value; break;
                default: return null;
            }
        }
        if (models is null || outFile is null || format is not (null or "html" or "md")) return null;
        return new WriteReportParams
        {
            Path = Path.GetFullPath(args[0]),
            ModelIds = CliOptions.Ids(models),
            BaseId = baseId,
            Budgets = budgets,
            Format = format == "md" ? ReportFormat.Md : ReportFormat.Html,
            Out = Path.GetFullPath(outFile),
            Force = force,
            Evaluate = evaluate,
        };
    }
}
