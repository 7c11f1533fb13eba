// Parameters and results of `models/diagnose` ("Which layer broke it?"): a compressed model's modules ranked by how
// much of its metric gap to its base each recovers when only that module's weights are restored to the base's, and,
// conversely, how much the base loses when only that module is compressed.
namespace CompressCompare.Protocol.Diagnose;

/// <summary>Diagnose which modules of a compressed model cost it its metric, against its base, on a sample of the spec's dataset.</summary>
public sealed record DiagnoseParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Id of the base model (the uncompressed one whose weights are restored).</summary>
    public required string BaseId { get; init; }
    /// <summary>Id of the compressed model.</summary>
    public required string ModelId { get; init; }
    /// <summary>How many instances of the spec's dataset to evaluate on, evenly spread (default 256).</summary>
    public int? Instances { get; init; }
    /// <summary>Module groups are the first Depth segments of the Layers panel's module names; null for the leaf modules that hold weights.</summary>
    public int? Depth { get; init; }
    /// <summary>True also runs the sensitivity pass (the base with one module compressed), doubling the evaluations; null or false measures recovery alone.</summary>
    public bool? Sensitivity { get; init; }
    /// <summary>Token under which `$/progress` notifications are sent; null for none.</summary>
    public string? WorkDoneToken { get; init; }
    /// <summary>The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now; null reads the file.</summary>
    public string? Snapshot { get; init; }
}

/// <summary>The modules whose weights differ between the two models, sorted by recovery, highest first.</summary>
public sealed record DiagnoseResult
{
    /// <summary>Id of the base model.</summary>
    public required string Base { get; init; }
    /// <summary>Id of the compressed model.</summary>
    public required string Model { get; init; }
    /// <summary>What is measured: "accuracy" (against the dataset's labels, for a classifier whose output has one score per class), "agreement" (with the base's predicted class) or "cosine" (of the outputs with the base's, for outputs with no class to pick).</summary>
    public required string Metric { get; init; }
    /// <summary>How many dataset instances each evaluation ran on.</summary>
    public required int Instances { get; init; }
    /// <summary>The metric of the base model on the sample.</summary>
    public required double BaseMetric { get; init; }
    /// <summary>The metric of the compressed model on the sample.</summary>
    public required double ModelMetric { get; init; }
    /// <summary>Seconds the whole diagnosis took.</summary>
    public required double Seconds { get; init; }
    /// <summary>One entry per module group, highest recovery first (modules with no recovery, when the two models score the same, last).</summary>
    public required IReadOnlyList<ModuleDiagnosis> Modules { get; init; }
}

/// <summary>One module group's restoration and compression alone.</summary>
public sealed record ModuleDiagnosis
{
    /// <summary>The module as the Layers panel names it (or its first Depth segments).</summary>
    public required string Module { get; init; }
    /// <summary>Weights in the module's restored tensors.</summary>
    public required long Params { get; init; }
    /// <summary>(metric of the compressed model with this module restored − ModelMetric) / (BaseMetric − ModelMetric): 1 recovers the whole gap, 0 none; null when the two models score the same.</summary>
    public double? Recovery { get; init; }
    /// <summary>The metric of the compressed model with only this module's weights restored to the base's.</summary>
    public required double RestoredMetric { get; init; }
    /// <summary>BaseMetric − the metric of the base with only this module's weights replaced by the compressed model's: what compressing this module alone costs; null unless DiagnoseParams.Sensitivity was true.</summary>
    public double? Sensitivity { get; init; }
    /// <summary>The metric of the base with only this module's weights replaced by the compressed model's; null unless DiagnoseParams.Sensitivity was true.</summary>
    public double? CompressedAloneMetric { get; init; }
}
