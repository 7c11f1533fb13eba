// A spec as the parser reads it: what every service works on. The Model Map adds its layout to make it the
// SpecSummary that `spec/summarize` returns.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Spec;

/// <summary>The fields of a SpecSummary that come from reading the file (see SpecSummary for each one's meaning).</summary>
public sealed record ParsedSpec(
    string Path,
    IReadOnlyList<ModelSummary> Models,
    IReadOnlyList<MetricDefinition> Metrics,
    IReadOnlyList<OperationDefinition> Operations,
    IReadOnlyList<string> Roots,
    IReadOnlyList<SpecDiagnostic> Diagnostics,
    DatasetSummary? Dataset)
{
    /// <summary>The snapshot id (content hash) under which SpecSnapshotStore keeps this parse; null when it is not kept.</summary>
    public string? Snapshot { get; init; }

    public SpecSummary WithLayout(MapLayout layout) => new()
    {
        Path = Path,
        Models = Models,
        Metrics = Metrics,
        Operations = Operations,
        Roots = Roots,
        Layout = layout,
        Diagnostics = Diagnostics,
        Dataset = Dataset,
        Snapshot = Snapshot,
    };
}
