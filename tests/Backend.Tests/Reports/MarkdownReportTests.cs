// The Markdown report: the same tables as the HTML, each chart an SVG file next to it, linked relatively; and the
// rules for replacing files: only files the backend wrote, unless forced, and nothing when one file is refused.
using System.Xml.Linq;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Reports;
using CompressCompare.Protocol.Reports;
using CompressCompare.Protocol.Rpc;

namespace Backend.Tests.Reports;

public sealed class MarkdownReportTests
{
    static WriteReportParams Markdown(ReportSpecFolder folder) =>
        folder.Request("study.md", "B", "C") with { Format = ReportFormat.Md, Budgets = ["Model Size<=3MB"] };

    [Fact]
    public async Task Markdown_writes_one_svg_per_chart_next_to_it_and_links_them_relatively()
    {
        using var folder = new ReportSpecFolder();
        var result = await ReportSpecFolder.Service().WriteAsync(Markdown(folder), CancellationToken.None);

        string[] charts = ["study-scatter.svg", "study-bars-accuracy.svg", "study-bars-model-size.svg"];
        Assert.Equal([folder.Out("study.md"), .. charts.Select(folder.Out)], result.Files);
        var md = File.ReadAllText(folder.Out("study.md"));
        Assert.StartsWith(MarkdownReport.Marker + "\n", md);
        foreach (var chart in charts)
        {
            Assert.Contains($"]({chart})", md);
            var svg = XDocument.Load(folder.Out(chart)).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.Equal("http://www.w3.org/2000/svg", svg.Name.NamespaceName);
        }
        Assert.Contains("| Model Size<=3MB | Model Size | <= 3,000,000 B |", md.Replace("&lt;", "<"));
        // Within 3 MB: B, C and D; the front of size against accuracy among them.
        Assert.Equal(["D", "C"], result.ParetoIds);
        Assert.Contains("| B | ", md);
        Assert.Contains("| C | ", md);
    }

    [Fact]
    public async Task A_file_the_backend_did_not_write_is_replaced_only_with_force()
    {
        using var folder = new ReportSpecFolder();
        var service = ReportSpecFolder.Service();
        File.WriteAllText(folder.Out("notes.html"), "my own notes");
        var refused = await Assert.ThrowsAsync<BackendException>(() => service.WriteAsync(folder.Request("notes.html", "B"), CancellationToken.None));
        Assert.Equal(RpcErrorCodes.PathRefused, refused.Code);
        Assert.Contains("notes.html", refused.Message);
        Assert.Contains("--force", refused.ErrorData.Hint);
        Assert.Equal("my own notes", File.ReadAllText(folder.Out("notes.html")));

        await service.WriteAsync(folder.Request("notes.html", "B") with { Force = true }, CancellationToken.None);
        Assert.Contains(HtmlReport.Marker, File.ReadAllText(folder.Out("notes.html")));
        // A report the backend wrote is its own to replace.
        await service.WriteAsync(folder.Request("notes.html", "C"), CancellationToken.None);
        Assert.Contains(">C<", File.ReadAllText(folder.Out("notes.html")));
    }

    [Fact]
    public async Task A_foreign_chart_file_refuses_the_whole_markdown_report()
    {
        using var folder = new ReportSpecFolder();
        File.WriteAllText(folder.Out("study-bars-accuracy.svg"), "<svg/>");
        await Assert.ThrowsAsync<BackendException>(() => ReportSpecFolder.Service().WriteAsync(Markdown(folder), CancellationToken.None));
        Assert.False(File.Exists(folder.Out("study.md")));
        Assert.False(File.Exists(folder.Out("study-scatter.svg")));
        Assert.Equal("<svg/>", File.ReadAllText(folder.Out("study-bars-accuracy.svg")));

        var result = await ReportSpecFolder.Service().WriteAsync(Markdown(folder) with { Force = true }, CancellationToken.None);
        Assert.Equal(4, result.Files.Count);
        Assert.StartsWith(MarkdownReport.ChartMarker, File.ReadAllText(folder.Out("study-bars-accuracy.svg")));
    }

    [Fact]
    public async Task A_report_outside_the_workspace_is_refused()
    {
        using var folder = new ReportSpecFolder();
        using var elsewhere = new ReportSpecFolder();
        var request = folder.Request("x.html", "B") with { Out = elsewhere.Out("x.html") };
        var refused = await Assert.ThrowsAsync<BackendException>(() => ReportSpecFolder.Service().WriteAsync(request, CancellationToken.None));
        Assert.Equal(RpcErrorCodes.PathRefused, refused.Code);
        Assert.False(File.Exists(elsewhere.Out("x.html")));
    }

    [Fact]
    public async Task A_hostile_spec_cannot_inject_markup_or_links_into_the_markdown_or_its_charts()
    {
        using var folder = new ReportSpecFolder();
        var result = await ReportSpecFolder.Service().WriteAsync(
            folder.Request("hostile.md", "A", ReportSpecFolder.HostileId) with { Format = ReportFormat.Md }, CancellationToken.None);
        var md = File.ReadAllText(folder.Out("hostile.md"));
        // The commands are a fenced code block, which Markdown shows as text; the id is quoted there for the shell.
        var fence = System.Text.RegularExpressions.Regex.Match(md, "````sh\n(.*?)\n````", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Contains("--models 'A,<script>alert('\\''id'\\'')</script>'", fence.Groups[1].Value);
        md = md.Remove(fence.Index, fence.Length);
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("<img src=x", md);
        Assert.DoesNotContain("<b>", md);
        Assert.Contains("&lt;script&gt;alert\\(&#39;id&#39;\\)&lt;/script&gt;", md);
        foreach (var chart in result.Files.Skip(1))
        {
            // Each chart parses as XML, and the hostile id is text in it, never an element.
            var svg = XDocument.Load(chart);
            Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "img" or "b");
        }
    }
}
