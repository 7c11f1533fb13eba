// Parameters and result of `report/write` (and the `report` CLI command): a shareable file that records a decision
// made in the overview: the selected models, the budgets, the Pareto set within them, and how to reproduce it all.
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.Reports;

/// <summary>Write a report on some models of one spec.</summary>
public sealed record WriteReportParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Ids of the models to report on, in the order the report lists them.</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }
    /// <summary>The model the others are compared with (Behaviors, Layers, metric deltas); null: the first model's root.</summary>
    public string? BaseId { get; init; }
    /// <summary>Budgets such as "Model Size&lt;=5MB" or "accuracy&gt;0.9": a metric of the spec, one of &lt;=, &gt;=, &lt;, &gt;, and a number with an optional unit.</summary>
    public IReadOnlyList<string>? Budgets { get; init; }
    /// <summary>"html" (one self-contained file) or "md" (Markdown with the charts as SVG files next to it).</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Html;
    /// <summary>Absolute path of the report file to write.</summary>
    public required string Out { get; init; }
    /// <summary>Replace a file the backend did not write; a report it wrote before is replaced either way.</summary>
    public bool Force { get; init; }
    /// <summary>Run the models whose outputs are not cached yet, so the Behaviors section can be written; false leaves them out and says how.</summary>
    public bool Evaluate { get; init; }
}

/// <summary>The report's file format (WriteReportParams.Format).</summary>
[JsonConverter(typeof(WireEnumConverter<ReportFormat>))]
public enum ReportFormat
{
    /// <summary>One HTML file: inline CSS and SVG, no network reference.</summary>
    Html,
    /// <summary>Markdown; each chart is an SVG file named after the report, linked relatively.</summary>
    Md,
}

/// <summary>What `report/write` wrote.</summary>
public sealed record ReportResult
{
    /// <summary>Absolute path of the report.</summary>
    public required string Out { get; init; }
    /// <summary>Every file written: the report, then (Markdown) its charts.</summary>
    public required IReadOnlyList<string> Files { get; init; }
    /// <summary>The reported models, in the order requested.</summary>
    public required IReadOnlyList<string> Models { get; init; }
    /// <summary>Ids of the models on the Pareto front of the two charted metrics among the models within every budget.</summary>
    public required IReadOnlyList<string> ParetoIds { get; init; }
    /// <summary>SHA-256 of the spec file's bytes, in lower-case hex.</summary>
    public required string Sha256 { get; init; }
}
