// Parameters and result of `models/add`: a model the user trained or exported elsewhere, appended to a spec with every
// metric the backend can measure on it (the same measurements `compress` makes on its children), and which it could not.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Protocol.Compression;

/// <summary>Add one existing model file to a spec, measured; the file is neither copied nor moved.</summary>
public sealed record AddModelParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Absolute path of the model file (.onnx or .safetensors), inside the workspace; the spec records it relative to itself.</summary>
    public required string Artifact { get; init; }
    /// <summary>The new model's id: letters, digits, '.', '_', '+', '-'; unique in the spec.</summary>
    public required string Id { get; init; }
    /// <summary>Id of the model it was made from; null for a new root.</summary>
    public string? Base { get; init; }
    /// <summary>What was applied to the base to make it, checked against the spec's declaration of the operation; null for none.</summary>
    public OperationApplication? Operation { get; init; }
    /// <summary>Display labels, recorded as the model's "tag" (joined by ", "); empty for none.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>False to append the model without measuring it (its metrics empty).</summary>
    public bool Measure { get; init; } = true;
    /// <summary>Token under which `$/progress` notifications are sent; null for none.</summary>
    public string? WorkDoneToken { get; init; }
}

/// <summary>The model appended, what was measured on it and what was not, with why.</summary>
public sealed record AddModelResult
{
    /// <summary>Absolute path of the spec file written.</summary>
    public required string Spec { get; init; }
    public required AddedModel Model { get; init; }
    /// <summary>Names of the metrics measured and recorded.</summary>
    public required IReadOnlyList<string> Measured { get; init; }
    /// <summary>Metrics `compress` records that this model did not get, each with the reason.</summary>
    public required IReadOnlyList<SkippedMetric> Skipped { get; init; }
    /// <summary>Wall-clock seconds the add took, measurements included.</summary>
    public required double Seconds { get; init; }
}

/// <summary>The model as it was appended to the spec.</summary>
public sealed record AddedModel
{
    public required string Id { get; init; }
    /// <summary>Its base model's id; null for a root.</summary>
    public string? Base { get; init; }
    /// <summary>The artifact as the spec records it: relative to the spec file, with '/' separators.</summary>
    public required string Artifact { get; init; }
    public OperationApplication? Operation { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    /// <summary>The metrics recorded, by metric name.</summary>
    public required IReadOnlyDictionary<string, double?> Metrics { get; init; }
}

/// <summary>A metric not recorded for the added model.</summary>
public sealed record SkippedMetric
{
    public required string Metric { get; init; }
    /// <summary>Why, and what would let it be measured.</summary>
    public required string Reason { get; init; }
}
