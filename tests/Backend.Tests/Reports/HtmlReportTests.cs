// The HTML report read back with an XML parser (it is written as well-formed XHTML-compatible markup): one
// self-contained file with no network reference, the selected models named, one SVG per chart, a Behaviors
// section from the models' precomputed outputs, and every spec string escaped.
using System.Xml;
using System.Xml.Linq;
using CompressCompare.Backend.Reports;

namespace Backend.Tests.Reports;

public sealed class HtmlReportTests
{
    static XDocument Parse(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    static IEnumerable<XElement> All(XDocument html, string name) => html.Descendants().Where(e => e.Name.LocalName == name);

    static XElement Section(XDocument html, string heading) =>
        All(html, "section").Single(s => s.Elements().First().Value == heading);

    [Fact]
    public async Task Report_is_one_file_with_no_network_reference_the_selected_models_and_one_svg_per_chart()
    {
        using var folder = new ReportSpecFolder();
        var result = await ReportSpecFolder.Service().WriteAsync(folder.Request("report.html", "B", "C") with { BaseId = "A" }, CancellationToken.None);

        Assert.Equal([folder.Out("report.html")], result.Files);
        var text = File.ReadAllText(folder.Out("report.html"));
        Assert.DoesNotContain("http:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", text, StringComparison.OrdinalIgnoreCase);
        var html = Parse(folder.Out("report.html"));
        Assert.Empty(All(html, "script"));
        Assert.Empty(All(html, "link"));
        foreach (var attribute in html.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href"))
            Assert.StartsWith("data:", attribute.Value);
        Assert.Contains(All(html, "meta"), m => (string?)m.Attribute("name") == "generator" && (string?)m.Attribute("content") == "Compress & Compare report");
        Assert.Contains("prefers-color-scheme: dark", All(html, "style").Single().Value);

        var selected = Section(html, "Selected models");
        var firstColumn = All(new XDocument(selected), "tr").Skip(1).Select(r => r.Elements().First().Value).ToList();
        Assert.Equal(["B", "C"], firstColumn);
        // The scatter and one bar chart per primary metric (Accuracy, Model Size): each its own figure with one svg.
        var figures = All(html, "figure").ToList();
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.Single(f.Elements(), e => e.Name.LocalName == "svg"));
        Assert.Equal(3, All(html, "svg").Count());
        Assert.Equal(["Accuracy against Model Size", "Accuracy", "Model Size"], figures.Select(f => f.Elements().Last().Value));
        Assert.Equal(["D", "C", ReportSpecFolder.HostileId], result.ParetoIds);
        Assert.Equal(64, result.Sha256.Length);
    }

    [Fact]
    public async Task Behaviors_compare_with_the_base_from_precomputed_outputs_with_exemplar_images()
    {
        using var folder = new ReportSpecFolder();
        await ReportSpecFolder.Service().WriteAsync(folder.Request("report.html", "A", "B", "C"), CancellationToken.None);
        var html = Parse(folder.Out("report.html"));
        var behaviors = new XDocument(Section(html, "Behaviors against the base"));
        var overall = All(behaviors, "table").First();
        Assert.Equal(["A", "B", "C"], All(new XDocument(overall), "tr").Skip(1).Select(r => r.Elements().First().Value));
        Assert.Contains(All(behaviors, "p"), p => p.Value.StartsWith("Classes that lost most", StringComparison.Ordinal));
        var images = All(behaviors, "img").ToList();
        Assert.NotEmpty(images);
        Assert.All(images, i => Assert.StartsWith("data:image/png;base64,", (string)i.Attribute("src")!));
        var commands = All(html, "code").Single().Value;
        Assert.Contains("compare models.json --base A --models B,C", commands);
        Assert.Contains("report models.json --models A,B,C --base A --format html --out report.html", commands);
    }

    [Fact]
    public async Task Without_cached_outputs_the_report_says_which_command_gets_them()
    {
        using var folder = new ReportSpecFolder();
        await ReportSpecFolder.Service().WriteAsync(folder.Request("report.html", "B", "D"), CancellationToken.None);
        var note = Section(Parse(folder.Out("report.html")), "Behaviors against the base").Value;
        Assert.Contains("No cached outputs for D", note);
        Assert.Contains("evaluate models.json --models D", note);
    }

    [Fact]
    public async Task A_hostile_spec_cannot_inject_markup()
    {
        using var folder = new ReportSpecFolder();
        await ReportSpecFolder.Service().WriteAsync(folder.Request("report.html", "A", ReportSpecFolder.HostileId, "B"), CancellationToken.None);
        // Parsing succeeds only when nothing broke the markup; then no element came from the spec's strings.
        var html = Parse(folder.Out("report.html"));
        Assert.Empty(All(html, "script"));
        Assert.Empty(All(html, "b"));
        Assert.DoesNotContain(html.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.All(All(html, "img"), i => Assert.StartsWith("data:image/png", (string)i.Attribute("src")!));
        var text = html.Root!.Value;
        Assert.Contains(ReportSpecFolder.HostileId, text);
        Assert.Contains(ReportSpecFolder.HostileTag, text);
        Assert.Contains(ReportSpecFolder.HostileClass, text);
    }

    [Fact]
    public void Png_encoder_writes_rows_that_inflate_back_to_the_pixels()
    {
        byte[] pixels = [0, 128, 255, 64, 32, 16];
        var png = PngImage.Encode(pixels, 2, 3, 1);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        var chunks = new List<(string Type, byte[] Data)>();
        for (var at = 8; at < png.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            chunks.Add((System.Text.Encoding.ASCII.GetString(png, at + 4, 4), png[(at + 8)..(at + 8 + length)]));
            at += 12 + length;
        }
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Equal((3, 2), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data.AsSpan(4))));
        using var inflated = new System.IO.Compression.ZLibStream(new MemoryStream(chunks[1].Data), System.IO.Compression.CompressionMode.Decompress);
        var rows = new MemoryStream();
        inflated.CopyTo(rows);
        Assert.Equal(new byte[] { 0, 0, 128, 255, 0, 64, 32, 16 }, rows.ToArray());
    }
}

