// Everything a report says, gathered once (ReportService) and then written as HTML or Markdown, so the two formats
// can never disagree on a table. Spec strings stay raw here; each writer escapes them for its own format.
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.ModelMap;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Reports;

public sealed record ReportContent
{
    public required string SpecPath { get; init; }
    public required string Sha256 { get; init; }
    public required DateTimeOffset Date { get; init; }
    /// <summary>The commands that reproduce the report, the `report` command itself last.</summary>
    public required IReadOnlyList<string> Commands { get; init; }
    public required IReadOnlyList<MetricDefinition> Metrics { get; init; }
    public required IReadOnlyList<Budget> Budgets { get; init; }
    public required int ModelCount { get; init; }
    /// <summary>The spec's models that fit every budget.</summary>
    public required IReadOnlyList<ModelSummary> WithinBudget { get; init; }
    /// <summary>The scatter's axes: two primary metrics (a cost on x when there is one); null when the spec declares fewer than two metrics.</summary>
    public MetricDefinition? X { get; init; }
    public MetricDefinition? Y { get; init; }
    /// <summary>The Pareto front of X and Y among the models within budget, best X first.</summary>
    public required IReadOnlyList<ModelSummary> Pareto { get; init; }
    public required IReadOnlyList<ModelSummary> Selected { get; init; }
    public required string BaseId { get; init; }
    public required SelectionExplanation Explanation { get; init; }
    /// <summary>The metrics charted one bar chart each: the primary ones (all when none is primary).</summary>
    public required IReadOnlyList<MetricDefinition> BarMetrics { get; init; }
    public required BehaviorSummary Behaviors { get; init; }
    /// <summary>What the Layers section says: how to probe (the backend keeps no probe result to report).</summary>
    public required string LayersNote { get; init; }
}

/// <summary>The Behaviors section: the comparison when outputs were at hand, else why not and the command that gets them.</summary>
public sealed record BehaviorSummary
{
    public BehaviorComparison? Comparison { get; init; }
    /// <summary>The instances that changed most, ready to show; empty without a comparison.</summary>
    public IReadOnlyList<ExemplarView> Exemplars { get; init; } = [];
    /// <summary>Why there is no comparison and what to run; null with one.</summary>
    public string? Note { get; init; }
}

/// <summary>One exemplar as a report shows it: a data: URI image or a text.</summary>
public sealed record ExemplarView(int Instance, string Label, int Flips, string? ImageDataUri, string? Text);
