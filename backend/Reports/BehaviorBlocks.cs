// The Behaviors section's blocks: overall agreement with the base, the classes and subgroups that lost most, and
// the instances compression flipped most, or, when no outputs were at hand, the command that gets them.
using CompressCompare.Protocol.Behaviors;
using static CompressCompare.Backend.Reports.ReportText;

namespace CompressCompare.Backend.Reports;

public static class BehaviorBlocks
{
    const int TopRows = 5;

    public static IReadOnlyList<ReportBlock> Of(ReportContent report)
    {
        if (report.Behaviors.Comparison is not { } comparison) return [new Paragraph(report.Behaviors.Note ?? "No behaviour comparison.")];
        var models = comparison.Models.Where(m => m != comparison.Base).ToList();
        var blocks = new List<ReportBlock>
        {
            new Paragraph($"{comparison.InstanceCount} instances, compared with the base {comparison.Base}."),
            new Table(["Model", "Accuracy", "Agreement with the base", "Fixed", "Broken"],
                [.. comparison.Models.Where(comparison.Overall.ContainsKey).Select(m => Row(m, comparison.Overall[m]))]),
        };
        if (comparison.Classes.Count > 0 && models.Count > 0)
        {
            var lost = comparison.Classes.OrderByDescending(c => Drop(c.Models, comparison.Base, models)).Take(TopRows).ToList();
            blocks.Add(new Paragraph("Classes that lost most accuracy against the base:"));
            blocks.Add(new Table(["Class", "Instances", .. comparison.Models.Select(m => $"{m} accuracy")],
                [.. lost.Select(c => (IReadOnlyList<string>)[c.Class, c.Count.ToString(), .. comparison.Models.Select(m => Percent(c.Models.GetValueOrDefault(m)?.Accuracy))])]));
        }
        if (comparison.Subgroups.Count > 0 && models.Count > 0)
        {
            var lost = comparison.Subgroups.OrderByDescending(s => Drop(s.Models, comparison.Base, models)).Take(TopRows).ToList();
            blocks.Add(new Paragraph("Subgroups that lost most accuracy against the base:"));
            blocks.Add(new Table(["Subgroup", "Instances", .. comparison.Models.Select(m => $"{m} accuracy")],
                [.. lost.Select(s => (IReadOnlyList<string>)[$"{s.Attribute} = {s.Value}", s.Count.ToString(), .. comparison.Models.Select(m => Percent(s.Models.GetValueOrDefault(m)?.Accuracy))])]));
        }
        if (report.Behaviors.Exemplars.Count > 0)
        {
            blocks.Add(new Paragraph("Instances the compressed models changed most (how many of them predict differently from the base):"));
            blocks.Add(new Exemplars(report.Behaviors.Exemplars));
        }
        return blocks;
    }

    static IReadOnlyList<string> Row(string model, BehaviorStats stats) =>
        [model, Percent(stats.Accuracy), Percent(stats.Agreement), stats.Fixed.ToString(), stats.Broken.ToString()];

    /// <summary>The largest accuracy any compared model lost on the set against the base.</summary>
    static double Drop(IReadOnlyDictionary<string, BehaviorStats> stats, string baseId, IReadOnlyList<string> models) =>
        stats.GetValueOrDefault(baseId)?.Accuracy is not { } baseAccuracy ? 0
        : models.Select(m => stats.GetValueOrDefault(m)?.Accuracy is { } a ? baseAccuracy - a : 0).DefaultIfEmpty(0).Max();
}
