// `report/write` and the `report` CLI command: gathers what a report says about some models of one spec (budgets,
// the Pareto set within them, Selection Details, Behaviors and Layers against the base, the commands that reproduce
// it), renders it as HTML or Markdown, and writes the files (ReportFiles). One service behind both shells.
using System.Security.Cryptography;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.ModelMap.SelectionDetails;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Reports;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;
using static CompressCompare.Backend.Reports.ReportText;

namespace CompressCompare.Backend.Reports;

public sealed class ReportService(SpecService specs, ReportBehaviors behaviors)
{
    public async Task<ReportResult> WriteAsync(WriteReportParams request, CancellationToken cancellationToken)
    {
        var content = await GatherAsync(request, DateTimeOffset.UtcNow, cancellationToken);
        var output = Path.GetFullPath(request.Out);
        var markdown = request.Format == ReportFormat.Md;
        var charts = SvgCharts.All(content, standalone: markdown);
        var sections = ReportDocument.Build(content, charts);
        IReadOnlyList<ReportFile> files = markdown
            ?
            [
                new(output, MarkdownReport.Write(sections, output), MarkdownReport.Marker),
                .. charts.Select(c => new ReportFile(Path.Combine(Path.GetDirectoryName(output)!, MarkdownReport.ChartFileName(output, c)),
                    MarkdownReport.ChartFile(c), MarkdownReport.ChartMarker)),
            ]
            : [new(output, HtmlReport.Write(sections), HtmlReport.Marker)];
        var written = ReportFiles.WriteAll(files, content.SpecPath, request.Force);
        return new ReportResult
        {
            Out = written[0],
            Files = written,
            Models = [.. content.Selected.Select(m => m.Id)],
            ParetoIds = [.. content.Pareto.Select(m => m.Id)],
            Sha256 = content.Sha256,
        };
    }

    /// <summary>Everything the report says, checked: unknown ids, base and budgets are refused by name before anything is written.</summary>
    public async Task<ReportContent> GatherAsync(WriteReportParams request, DateTimeOffset date, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Path) || !Path.IsPathFullyQualified(request.Path))
            throw Invalid($"Spec path '{request.Path}' is not an absolute path.", request.Path, "Pass the absolute path of the spec file.");
        if (string.IsNullOrWhiteSpace(request.Out) || !Path.IsPathFullyQualified(request.Out))
            throw Invalid($"Report path '{request.Out}' is not an absolute path.", request.Out, "Pass the absolute path of the report file to write.");
        var path = Path.GetFullPath(request.Path);
        var snapshot = await SpecSnapshot.ReadAsync(path, cancellationToken);
        // The parse of exactly the bytes hashed: the report's hash names the spec it describes.
        var spec = await specs.ResolveAsync(path, null, SpecSnapshotStore.IdOf(snapshot.Bytes), cancellationToken);
        var byId = spec.Models.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ids = (request.ModelIds ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) throw Invalid("No models to report on.", path, $"Name the models to report on, e.g. --models {Sample(spec)}.");
        if (ids.FirstOrDefault(id => !byId.ContainsKey(id)) is { } unknown)
            throw Unknown(unknown, "model", spec, path);
        var baseId = request.BaseId ?? RootOf(byId[ids[0]], byId);
        if (!byId.ContainsKey(baseId)) throw Unknown(baseId, "base model", spec, path);
        var budgets = (request.Budgets ?? []).Select(b => Budget.Parse(b, spec.Metrics, path)).ToList();
        var within = spec.Models.Where(m => budgets.All(b => b.Allows(m.Metrics.GetValueOrDefault(b.Metric.Name)))).ToList();
        var (x, y) = Axes(spec.Metrics);
        var pareto = x is null || y is null ? [] : Front(within, x, y);
        var selected = ids.Select(id => byId[id]).ToList();
        var specArgument = Path.GetFileName(path);
        var commands = new List<string> { ReportCommandLine(request, specArgument, baseId, budgets) };
        var behaviorSummary = await behaviors.SummarizeAsync(spec, specArgument, baseId, ids, request.Evaluate, commands, cancellationToken);
        var primary = spec.Metrics.Where(m => m.Primary).ToList();
        var compared = ids.Where(id => id != baseId).ToList();
        return new ReportContent
        {
            SpecPath = path,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(snapshot.Bytes)),
            Date = date,
            Commands = commands,
            Metrics = spec.Metrics,
            Budgets = budgets,
            ModelCount = spec.Models.Count,
            WithinBudget = within,
            X = x,
            Y = y,
            Pareto = pareto,
            Selected = selected,
            BaseId = baseId,
            Explanation = SelectionExplainer.Explain(spec, ids),
            BarMetrics = primary.Count > 0 ? primary : spec.Metrics,
            Behaviors = behaviorSummary,
            LayersNote = compared.Count == 0
                ? "Only the base is selected: there are no weights to compare with it."
                : $"The backend keeps no probe result to report. To see the modules that changed most against {baseId}, run "
                    + $"`probe --spec {ShellWord(specArgument)} --base {ShellWord(baseId)} --models {ShellWord(string.Join(',', compared))}` or open Compare Layers from the sidebar.",
        };
    }

    /// <summary>The scatter's axes: two primary metrics (all metrics when fewer are primary), a cost on x when there is one.</summary>
    public static (MetricDefinition? X, MetricDefinition? Y) Axes(IReadOnlyList<MetricDefinition> metrics)
    {
        var primary = metrics.Where(m => m.Primary).ToList();
        var pool = primary.Count >= 2 ? primary : [.. metrics];
        if (pool.Count < 2) return (null, null);
        var x = pool.FirstOrDefault(MetricDirection.IsLowerBetter) ?? pool[0];
        var y = pool.FirstOrDefault(m => m != x && !MetricDirection.IsLowerBetter(m)) ?? pool.First(m => m != x);
        return (x, y);
    }

    static IReadOnlyList<ModelSummary> Front(IReadOnlyList<ModelSummary> models, MetricDefinition x, MetricDefinition y)
    {
        var byId = models.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First());
        var points = models.Select(m => new ParetoFront.Point(m.Id, m.Metrics.GetValueOrDefault(x.Name) ?? double.NaN, m.Metrics.GetValueOrDefault(y.Name) ?? double.NaN));
        return [.. ParetoFront.Of(points, MetricDirection.IsLowerBetter(x), MetricDirection.IsLowerBetter(y)).Select(p => byId[p.Id])];
    }

    static string RootOf(ModelSummary model, Dictionary<string, ModelSummary> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (model.Base is { } parent && byId.TryGetValue(parent, out var next) && seen.Add(model.Id)) model = next;
        return model.Id;
    }

    static string ReportCommandLine(WriteReportParams request, string specArgument, string baseId, IReadOnlyList<Budget> budgets)
    {
        var words = new List<string> { "report", ShellWord(specArgument), "--models", ShellWord(string.Join(',', request.ModelIds.Distinct())), "--base", ShellWord(baseId) };
        foreach (var budget in budgets) words.AddRange(["--budget", ShellWord(budget.Text)]);
        words.AddRange(["--format", request.Format == ReportFormat.Md ? "md" : "html", "--out", ShellWord(RelativeOut(request.Out, request.Path))]);
        if (request.Evaluate) words.Add("--evaluate");
        return string.Join(' ', words);
    }

    static string RelativeOut(string output, string specPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(specPath))!, Path.GetFullPath(output));

    static string Sample(ParsedSpec spec) => string.Join(',', spec.Models.Take(2).Select(m => m.Id));

    static BackendException Unknown(string id, string what, ParsedSpec spec, string path) =>
        new(RpcErrorCodes.InvalidRequest, $"The {what} \"{id}\" is not in the spec {path}.",
            new RpcErrorData
            {
                File = path,
                ModelId = id,
                Hint = $"Use one of its model ids ({string.Join(", ", spec.Models.Take(8).Select(m => m.Id))}{(spec.Models.Count > 8 ? ", …" : "")}).",
            });

    static BackendException Invalid(string message, string? file, string hint) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = file, Hint = hint });
}
