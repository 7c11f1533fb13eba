// The report as a list of sections of neutral blocks (paragraphs, commands, tables, charts, exemplars), built once
// from ReportContent so the HTML and Markdown writers render exactly the same tables in the same order.
using CompressCompare.Protocol.Spec;
using static CompressCompare.Backend.Reports.ReportText;
using CompressCompare.Backend.Spec;

namespace CompressCompare.Backend.Reports;

public abstract record ReportBlock;
public sealed record Paragraph(string Text) : ReportBlock;
public sealed record Commands(IReadOnlyList<string> Lines) : ReportBlock;
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
public sealed record ChartBlock(ReportChart Chart) : ReportBlock;
public sealed record Exemplars(IReadOnlyList<ExemplarView> Items) : ReportBlock;
public sealed record Section(string Heading, IReadOnlyList<ReportBlock> Blocks);

public static class ReportDocument
{
    public const string Title = "Compress & Compare report";

    public static IReadOnlyList<Section> Build(ReportContent report, IReadOnlyList<ReportChart> charts)
    {
        ReportBlock? Chart(string slug) => charts.FirstOrDefault(c => c.Slug == slug) is { } c ? new ChartBlock(c) : null;
        var barCharts = charts.Where(c => c.Slug.StartsWith("bars-", StringComparison.Ordinal)).Select(c => (ReportBlock)new ChartBlock(c));
        return
        [
            new("Spec", [
                new Table(["Spec", "SHA-256", "Date (UTC)", "Models in the spec"],
                    [[report.SpecPath, report.Sha256, report.Date.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"), report.ModelCount.ToString()]]),
                new Paragraph("To reproduce this report, run in the spec's folder:"),
                new Commands(report.Commands),
            ]),
            new("Budgets and the Pareto set", [.. BudgetBlocks(report), .. new[] { Chart("scatter") }.OfType<ReportBlock>()]),
            new("Selected models", [.. SelectedBlocks(report), .. barCharts]),
            new("Behaviors against the base", BehaviorBlocks.Of(report)),
            new("Layers", [new Paragraph(report.LayersNote)]),
        ];
    }

    static IEnumerable<ReportBlock> BudgetBlocks(ReportContent report)
    {
        yield return report.Budgets.Count == 0
            ? new Paragraph("No budgets: every model of the spec is a candidate.")
            : new Table(["Budget", "Metric", "Bound in the metric's unit"],
                [.. report.Budgets.Select(b => (IReadOnlyList<string>)[b.Text, b.Metric.Name, $"{b.Operator} {Value(b.Value, b.Metric)}"])]);
        yield return new Paragraph($"{report.WithinBudget.Count} of {report.ModelCount} models fit every budget.");
        if (report.X is null || report.Y is null)
        {
            yield return new Paragraph("The spec declares fewer than two metrics, so there is no Pareto set to show.");
            yield break;
        }
        yield return new Paragraph($"The Pareto set of {report.Y.Name} ({Direction(report.Y)}) against {report.X.Name} ({Direction(report.X)}) within the budgets: {report.Pareto.Count} models no other model within budget beats on both.");
        yield return MetricTable(report.Pareto, report.Metrics, report);
    }

    static IEnumerable<ReportBlock> SelectedBlocks(ReportContent report)
    {
        var explanation = report.Explanation;
        var variables = explanation.Variables;
        yield return new Paragraph($"Base model: {report.BaseId}. Models: {string.Join(", ", report.Selected.Select(m => m.Id))}.");
        var rows = report.Selected.Select(m =>
        {
            var at = explanation.ModelIds.ToList().IndexOf(m.Id);
            return (IReadOnlyList<string>)[m.Id, m.Tag ?? "", m.Base ?? "(root)",
                .. variables.Select(v => at >= 0 ? v.Levels[v.Values[at]] : "—"),
                .. report.Metrics.Select(metric => Value(m.Metrics.GetValueOrDefault(metric.Name), metric))];
        }).ToList();
        yield return new Table(["Model", "Tag", "Base", .. variables.Select(v => v.Name), .. report.Metrics.Select(MetricHeader)], rows);
        yield return new Paragraph(variables.Count == 0
            ? "Selection Details finds no variable that tells these models apart."
            : $"Selection Details tells the models apart by: {string.Join("; ", variables.Select(v => $"{v.Name} ({string.Join(", ", v.Levels)})"))}. The bars are grouped by {variables[0].Name}{(variables.Count > 1 ? $" and coloured by {variables[1].Name}" : "")}.");
    }

    internal static Table MetricTable(IReadOnlyList<ModelSummary> models, IReadOnlyList<MetricDefinition> metrics, ReportContent report) =>
        new(["Model", "Tag", .. metrics.Select(MetricHeader)],
            [.. models.Select(m => (IReadOnlyList<string>)[m.Id + (report.Selected.Any(s => s.Id == m.Id) ? " (selected)" : ""), m.Tag ?? "",
                .. metrics.Select(metric => Value(m.Metrics.GetValueOrDefault(metric.Name), metric))])]);

    static string MetricHeader(MetricDefinition metric) => string.IsNullOrWhiteSpace(metric.Unit) ? metric.Name : $"{metric.Name} ({metric.Unit.Trim()})";

    static string Direction(MetricDefinition metric) => MetricDirection.IsLowerBetter(metric) ? "lower is better" : "higher is better";
}
