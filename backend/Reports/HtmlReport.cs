// The report as one self-contained HTML file: inline CSS (light and dark through prefers-color-scheme) and inline
// SVG, no script, no link, no network reference. Written as well-formed XHTML-compatible markup, so tests and
// tools can read it with an XML parser; the generator meta marks the file as one the backend may replace.
using System.Text;
using static CompressCompare.Backend.Reports.ReportText;

namespace CompressCompare.Backend.Reports;

public static class HtmlReport
{
    /// <summary>What marks a file as a report the backend wrote (ReportFiles checks for it before replacing one).</summary>
    public const string Marker = "<meta name=\"generator\" content=\"Compress &amp; Compare report\"/>";

    const string Style = """
        :root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --rule: #d1d9e0; --head: #f6f8fa; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --rule: #3d444d; --head: #151b23; } }
        body { font-family: system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.45; }
        h1, h2 { font-weight: 600; } h2 { border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin-top: 2rem; }
        table { border-collapse: collapse; margin: .75rem 0; font-size: .9rem; display: block; overflow-x: auto; }
        th, td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: var(--head); }
        pre { background: var(--head); border: 1px solid var(--rule); padding: .75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
        svg.chart { color: var(--fg); max-width: 100%; height: auto; }
        .exemplars { display: flex; flex-wrap: wrap; gap: 1rem; }
        .exemplar { border: 1px solid var(--rule); padding: .5rem; max-width: 16rem; font-size: .85rem; }
        .exemplar img { image-rendering: pixelated; width: 96px; height: auto; display: block; }
        """;

    public static string Write(IReadOnlyList<Section> sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>").Append(Marker)
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
            .Append("<title>").Append(Escape(ReportDocument.Title)).Append("</title><style>").Append(Style).Append("</style></head>\n<body>\n")
            .Append("<h1>").Append(Escape(ReportDocument.Title)).Append("</h1>\n");
        foreach (var section in sections)
        {
            html.Append("<section><h2>").Append(Escape(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks) Block(html, block);
            html.Append("</section>\n");
        }
        return html.Append("</body></html>\n").ToString();
    }

    static void Block(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append("<p>").Append(Escape(p.Text)).Append("</p>\n");
                break;
            case Commands c:
                html.Append("<pre><code>").Append(Escape(string.Join("\n", c.Lines))).Append("</code></pre>\n");
                break;
            case Table t:
                html.Append("<table><thead><tr>");
                foreach (var h in t.Headers) html.Append("<th>").Append(Escape(h)).Append("</th>");
                html.Append("</tr></thead><tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row) html.Append("<td>").Append(Escape(cell)).Append("</td>");
                    html.Append("</tr>");
                }
                html.Append("</tbody></table>\n");
                break;
            case ChartBlock { Chart: var chart }:
                html.Append("<figure>").Append(chart.Svg).Append("<figcaption>").Append(Escape(chart.Title)).Append("</figcaption></figure>\n");
                break;
            case Exemplars e:
                html.Append("<div class=\"exemplars\">");
                foreach (var item in e.Items)
                {
                    html.Append("<div class=\"exemplar\">");
                    if (item.ImageDataUri is { } uri) html.Append("<img alt=\"instance ").Append(item.Instance).Append("\" src=\"").Append(Escape(uri)).Append("\"/>");
                    if (item.Text is { } text) html.Append("<p>").Append(Escape(text)).Append("</p>");
                    html.Append("<div>").Append(Escape($"Instance {item.Instance}, label {item.Label}, {item.Flips} flipped")).Append("</div></div>");
                }
                html.Append("</div>\n");
                break;
        }
    }
}
