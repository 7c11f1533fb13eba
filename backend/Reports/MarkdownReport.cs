// The report as Markdown: the same sections and tables as the HTML, each chart an SVG file next to the report
// (FILE-stem + "-<chart>.svg") linked relatively. The first line marks the file as one the backend may replace.
using System.Text;
using static CompressCompare.Backend.Reports.ReportText;

namespace CompressCompare.Backend.Reports;

public static class MarkdownReport
{
    public const string Marker = "<!-- generator: Compress & Compare report -->";
    /// <summary>The first line of each chart file, marking it as the backend's.</summary>
    public const string ChartMarker = "<!-- generator: Compress & Compare report chart -->";

    /// <summary>The chart file's name for the report <paramref name="reportPath"/>.</summary>
    public static string ChartFileName(string reportPath, ReportChart chart) => $"{Path.GetFileNameWithoutExtension(reportPath)}-{chart.Slug}.svg";

    public static string ChartFile(ReportChart chart) => ChartMarker + "\n" + chart.Svg + "\n";

    public static string Write(IReadOnlyList<Section> sections, string reportPath)
    {
        var md = new StringBuilder(Marker).Append("\n\n# ").Append(MarkdownCell(ReportDocument.Title)).Append("\n\n");
        foreach (var section in sections)
        {
            md.Append("## ").Append(MarkdownCell(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks) Block(md, block, reportPath);
        }
        return md.ToString();
    }

    static void Block(StringBuilder md, ReportBlock block, string reportPath)
    {
        switch (block)
        {
            case Paragraph p:
                md.Append(MarkdownCell(p.Text)).Append("\n\n");
                break;
            case Commands c:
                // A fenced block shows its text as is; only a line of backticks could end it early.
                md.Append("````sh\n").Append(string.Join("\n", c.Lines.Select(l => l.Replace("````", "` ` ` `")))).Append("\n````\n\n");
                break;
            case Table t:
                md.Append("| ").Append(string.Join(" | ", t.Headers.Select(MarkdownCell))).Append(" |\n|");
                md.Append(string.Concat(t.Headers.Select(_ => " --- |"))).Append('\n');
                foreach (var row in t.Rows) md.Append("| ").Append(string.Join(" | ", row.Select(MarkdownCell))).Append(" |\n");
                md.Append('\n');
                break;
            case ChartBlock { Chart: var chart }:
                md.Append("![").Append(MarkdownCell(chart.Title)).Append("](").Append(Uri.EscapeDataString(ChartFileName(reportPath, chart))).Append(")\n\n");
                break;
            case Exemplars e:
                foreach (var item in e.Items)
                {
                    md.Append("- ").Append(MarkdownCell($"Instance {item.Instance}, label {item.Label}, {item.Flips} flipped"));
                    if (item.Text is { } text) md.Append(": ").Append(MarkdownCell(text));
                    if (item.ImageDataUri is { } uri) md.Append(" <img alt=\"instance ").Append(item.Instance).Append("\" src=\"").Append(Escape(uri)).Append("\"/>");
                    md.Append('\n');
                }
                md.Append('\n');
                break;
        }
    }
}
