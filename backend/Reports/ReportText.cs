// How a report writes values and escapes what the spec provides: every id, tag, metric, class and variable name
// goes through Escape (HTML and SVG) or Markdown.Cell, so a hostile spec cannot inject markup into a shared report.
using System.Globalization;
using System.Text;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Reports;

public static class ReportText
{
    /// <summary>Text safe in HTML and XML element content and quoted attributes.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var b = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '&': b.Append("&amp;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                // Control characters are not allowed in XML: an XHTML reader would refuse the whole report.
                case < ' ' and not '\n' and not '\t': b.Append('\uFFFD'); break;
                default: b.Append(c); break;
            }
        }
        return b.ToString();
    }

    /// <summary>A table cell in Markdown: HTML-escaped (Markdown passes inline HTML through), with its own punctuation and line breaks neutralised.</summary>
    public static string MarkdownCell(string? text)
    {
        var b = new StringBuilder();
        foreach (var c in Escape(text))
        {
            // Not '#': it would break the &#39; entities Escape writes, and no cell or paragraph starts with one.
            if (c is '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '!' or '(' or ')' or '~') b.Append('\\');
            b.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return b.ToString();
    }

    /// <summary>Four significant digits, large values with thousands separators rather than an exponent ("452,700").</summary>
    public static string Number(double? value) =>
        value is not { } v || !double.IsFinite(v) ? "—"
        : Math.Abs(v) >= 1e4 ? v.ToString("#,0", CultureInfo.InvariantCulture)
        : v.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A metric value with the metric's unit: "4.2 MB".</summary>
    public static string Value(double? value, MetricDefinition metric) =>
        metric.Format?.Contains('%') == true ? Percent(value)
        : value is { } v && double.IsFinite(v) && !string.IsNullOrWhiteSpace(metric.Unit) ? $"{Number(v)} {metric.Unit!.Trim()}" : Number(value);

    public static string Percent(double? value) => value is { } v && double.IsFinite(v) ? (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A word for file names: "Model Size" → "model-size"; spec text never reaches a path unfiltered.</summary>
    public static string Slug(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) b.Append(c);
            else if (b.Length > 0 && b[^1] != '-') b.Append('-');
        var slug = b.ToString().Trim('-');
        return slug.Length == 0 ? "metric" : slug.Length > 40 ? slug[..40] : slug;
    }

    /// <summary>One shell word, quoted only when it needs to be.</summary>
    public static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ',' or ':' or '=' or '+')
            ? word : "'" + word.Replace("'", "'\\''") + "'";
}
