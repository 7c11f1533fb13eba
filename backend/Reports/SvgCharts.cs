// The report's charts as SVG text: the scatter of two metrics with the Pareto front, and one grouped bar chart per
// metric. Inline in HTML (no namespace needed there) or standalone files next to a Markdown report (with one).
// Text uses currentColor so the HTML report's light and dark themes both read; every spec string is escaped.
using System.Globalization;
using System.Text;
using CompressCompare.Protocol.Spec;
using static CompressCompare.Backend.Reports.ReportText;

namespace CompressCompare.Backend.Reports;

/// <param name="Slug">The chart's part of a file name: "scatter", "bars-model-size".</param>
public sealed record ReportChart(string Slug, string Title, string Svg);

public static class SvgCharts
{
    /// <summary>Colours that read on white and on a dark background (Tableau 10).</summary>
    static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
    const string SvgNamespace = "http" + "://www.w3.org/2000/svg";

    /// <summary>Every chart of the report, in the order the report shows them.</summary>
    public static IReadOnlyList<ReportChart> All(ReportContent report, bool standalone)
    {
        var charts = new List<ReportChart>();
        if (report.X is { } x && report.Y is { } y) charts.Add(new("scatter", $"{y.Name} against {x.Name}", Scatter(report, x, y, standalone)));
        foreach (var metric in report.BarMetrics)
            charts.Add(new($"bars-{Slug(metric.Name)}", metric.Name, Bars(report, metric, standalone)));
        // Two metrics whose names slug alike ("Size" and "size!") must not share a file.
        return [.. charts.Select((c, i) => charts.Take(i).Any(o => o.Slug == c.Slug) ? c with { Slug = $"{c.Slug}-{i}" } : c)];
    }

    static string Open(int width, int height, string label, bool standalone) =>
        $"<svg{(standalone ? $" xmlns=\"{SvgNamespace}\"" : "")} class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(label)}\" font-family=\"sans-serif\" font-size=\"11\" fill=\"currentColor\">";

    static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    static string Scatter(ReportContent report, MetricDefinition x, MetricDefinition y, bool standalone)
    {
        const int width = 560, height = 360, left = 64, right = 16, top = 16, bottom = 44;
        var points = report.WithinBudget
            .Select(m => (Model: m, X: m.Metrics.GetValueOrDefault(x.Name), Y: m.Metrics.GetValueOrDefault(y.Name)))
            .Where(p => p.X is { } px && double.IsFinite(px) && p.Y is { } py && double.IsFinite(py))
            .Select(p => (p.Model, X: p.X!.Value, Y: p.Y!.Value)).ToList();
        var svg = new StringBuilder(Open(width, height, $"{y.Name} against {x.Name}", standalone));
        var (x0, x1) = Extent(points.Select(p => p.X));
        var (y0, y1) = Extent(points.Select(p => p.Y));
        double Sx(double v) => left + (v - x0) / (x1 - x0) * (width - left - right);
        double Sy(double v) => height - bottom - (v - y0) / (y1 - y0) * (height - top - bottom);
        svg.Append($"<g stroke=\"currentColor\" stroke-opacity=\"0.4\"><line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{height - bottom}\"/></g>");
        svg.Append($"<text x=\"{left}\" y=\"{height - bottom + 14}\">{Escape(Value(x0, x))}</text><text x=\"{width - right}\" y=\"{height - bottom + 14}\" text-anchor=\"end\">{Escape(Value(x1, x))}</text>");
        svg.Append($"<text x=\"{left - 4}\" y=\"{height - bottom}\" text-anchor=\"end\">{Escape(Number(y0))}</text><text x=\"{left - 4}\" y=\"{top + 8}\" text-anchor=\"end\">{Escape(Number(y1))}</text>");
        svg.Append($"<text x=\"{(left + width - right) / 2}\" y=\"{height - 8}\" text-anchor=\"middle\">{Escape(Axis(x))}</text>");
        svg.Append($"<text transform=\"translate(14 {(top + height - bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(Axis(y))}</text>");
        var front = report.Pareto.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var selected = report.Selected.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var steps = new List<string>();
        var frontPoints = points.Where(p => front.Contains(p.Model.Id)).OrderBy(p => report.Pareto.ToList().FindIndex(m => m.Id == p.Model.Id)).ToList();
        for (var i = 0; i < frontPoints.Count; i++)
        {
            if (i > 0) steps.Add($"{N(Sx(frontPoints[i].X))},{N(Sy(frontPoints[i - 1].Y))}");
            steps.Add($"{N(Sx(frontPoints[i].X))},{N(Sy(frontPoints[i].Y))}");
        }
        if (steps.Count > 1) svg.Append($"<polyline class=\"front\" fill=\"none\" stroke=\"{Palette[1]}\" stroke-width=\"1.5\" points=\"{string.Join(' ', steps)}\"/>");
        foreach (var (model, px, py) in points)
        {
            var onFront = front.Contains(model.Id);
            var fill = onFront ? Palette[1] : Palette[0];
            var ring = selected.Contains(model.Id) ? " stroke=\"currentColor\" stroke-width=\"1.5\"" : "";
            svg.Append($"<circle cx=\"{N(Sx(px))}\" cy=\"{N(Sy(py))}\" r=\"{(onFront ? 4.5 : 3)}\" fill=\"{fill}\" fill-opacity=\"{(onFront ? 1 : 0.6)}\"{ring}><title>{Escape(model.Id)}: {Escape(Value(px, x))}, {Escape(Value(py, y))}</title></circle>");
        }
        foreach (var (model, px, py) in points.Where(p => selected.Contains(p.Model.Id) || (front.Contains(p.Model.Id) && front.Count <= 12)))
            svg.Append($"<text x=\"{N(Sx(px) + 6)}\" y=\"{N(Sy(py) - 6)}\">{Escape(model.Id)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per selected model, grouped by Selection Details' first variable and coloured by its second.</summary>
    static string Bars(ReportContent report, MetricDefinition metric, bool standalone)
    {
        const int width = 560, left = 180, right = 80, row = 18, top = 8;
        var variables = report.Explanation.Variables;
        var order = Enumerable.Range(0, report.Selected.Count).ToList();
        var explained = report.Explanation.ModelIds.ToList();
        int Level(int model, int variable) =>
            variables.Count > variable && explained.IndexOf(report.Selected[model].Id) is var at and >= 0 ? variables[variable].Values[at] : -1;
        order = [.. order.OrderBy(i => Level(i, 0)).ThenBy(i => i)];
        var groups = order.GroupBy(i => Level(i, 0)).ToList();
        var height = top + (order.Count + (variables.Count > 0 ? groups.Count : 0)) * row + 24 + (variables.Count > 1 ? row : 0);
        var values = report.Selected.Select(m => m.Metrics.GetValueOrDefault(metric.Name)).ToList();
        var max = values.Where(v => v is { } d && double.IsFinite(d)).Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(0).Max();
        var svg = new StringBuilder(Open(width, height, $"{metric.Name} of the selected models", standalone));
        var y = top;
        foreach (var group in groups)
        {
            if (variables.Count > 0)
            {
                var level = group.Key >= 0 ? variables[0].Levels[group.Key] : "not explained";
                svg.Append($"<text x=\"4\" y=\"{y + 13}\" font-weight=\"bold\">{Escape(variables[0].Name)}: {Escape(level)}</text>");
                y += row;
            }
            foreach (var i in group)
            {
                var value = values[i];
                var length = value is { } v && double.IsFinite(v) && max > 0 ? Math.Abs(v) / max * (width - left - right) : 0;
                var colour = Palette[Math.Max(0, Level(i, 1)) % Palette.Length];
                var id = report.Selected[i].Id;
                svg.Append($"<text x=\"{left - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{Escape(id)}</text>");
                svg.Append($"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{N(length)}\" height=\"{row - 6}\" fill=\"{colour}\"><title>{Escape(id)}: {Escape(Value(value, metric))}</title></rect>");
                svg.Append($"<text x=\"{N(left + length + 4)}\" y=\"{y + 13}\">{Escape(Value(value, metric))}</text>");
                y += row;
            }
        }
        if (variables.Count > 1)
        {
            var x = 4.0;
            y += 6;
            for (var level = 0; level < variables[1].Levels.Count && x < width - 60; level++)
            {
                svg.Append($"<rect x=\"{N(x)}\" y=\"{y + 3}\" width=\"10\" height=\"10\" fill=\"{Palette[level % Palette.Length]}\"/>");
                var text = $"{variables[1].Name}: {variables[1].Levels[level]}";
                svg.Append($"<text x=\"{N(x + 14)}\" y=\"{y + 12}\">{Escape(text)}</text>");
                x += 24 + Math.Min(text.Length, 40) * 6;
            }
        }
        return svg.Append("</svg>").ToString();
    }

    static string Axis(MetricDefinition metric) => string.IsNullOrWhiteSpace(metric.Unit) ? metric.Name : $"{metric.Name} ({metric.Unit.Trim()})";

    static (double Low, double High) Extent(IEnumerable<double> values)
    {
        var list = values.ToList();
        if (list.Count == 0) return (0, 1);
        var (low, high) = (list.Min(), list.Max());
        return low == high ? (low - 1, high + 1) : (low, high);
    }
}
