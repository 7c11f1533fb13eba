// Parameters and results of `behaviors/instances` (one page of the per-instance table, sorted and
// filtered in the backend so 100,000 rows never cross the wire) and `dataset/instance` (one instance's data).
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Protocol.Behaviors;

/// <summary>One page of per-instance comparison rows.</summary>
public sealed record InstancesParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Id of the base model.</summary>
    public required string BaseId { get; init; }
    /// <summary>Ids of the compared models (the base is always first in each row).</summary>
    public required IReadOnlyList<string> ModelIds { get; init; }
    /// <summary>Index of the first row of the page in the sorted, filtered list.</summary>
    public required int Offset { get; init; }
    /// <summary>Maximum number of rows to return (at most 1000).</summary>
    public required int Limit { get; init; }
    /// <summary>The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.</summary>
    public string? Snapshot { get; init; }
    /// <summary>Sort key; null keeps dataset order.</summary>
    public InstanceSort? Sort { get; init; }
    /// <summary>Which rows to keep; null keeps all.</summary>
    public InstanceFilter? Filter { get; init; }
}

/// <summary>How to order instance rows.</summary>
public sealed record InstanceSort
{
    /// <summary>"flips" (across models), or a per-model field: "correct", "confidence", "confidenceChange", "kl", "agrees", and for embedding/regression "cosine", "mse", "relativeL2", "labelMse".</summary>
    public required InstanceSortField Field { get; init; }
    /// <summary>The model whose value sorts; required for per-model fields.</summary>
    public string? ModelId { get; init; }
    /// <summary>Largest first.</summary>
    public bool Descending { get; init; }
}

/// <summary>Which instance rows to keep; all given conditions must hold.</summary>
public sealed record InstanceFilter
{
    /// <summary>"all", "fixed" (base wrong, model right), "broken" (base right, model wrong), "bothRight", "bothWrong" or "disagree" (prediction differs from the base's).</summary>
    public InstanceChange? Change { get; init; }
    /// <summary>The model the change condition applies to; required unless Change is null or "all".</summary>
    public string? ModelId { get; init; }
    /// <summary>Keep only instances of this true class index.</summary>
    public int? ClassIndex { get; init; }
    /// <summary>Keep only instances whose true class name contains this text (case-insensitive).</summary>
    public string? Search { get; init; }
    /// <summary>Keep only these 0-based instance indices (at most 1000), e.g. the exemplars or the instance the user clicked; null keeps all.</summary>
    public IReadOnlyList<int>? Instances { get; init; }
}

/// <summary>A page of instance rows.</summary>
public sealed record InstancesPage
{
    /// <summary>Number of rows after filtering, before paging.</summary>
    public required int Total { get; init; }
    /// <summary>The rows of the page.</summary>
    public required IReadOnlyList<InstanceRow> Rows { get; init; }
}

/// <summary>One instance and every compared model's prediction on it.</summary>
public sealed record InstanceRow
{
    /// <summary>0-based index of the instance in the dataset.</summary>
    public required int Instance { get; init; }
    /// <summary>True class index (0 for multilabel, whose labelled set is in Labels).</summary>
    public required int Label { get; init; }
    /// <summary>Multilabel: the labelled class indices, ascending (empty when none); null for other tasks.</summary>
    public IReadOnlyList<int>? Labels { get; init; }
    /// <summary>Number of compared models (the base excluded) whose prediction differs from the base's.</summary>
    public required int Flips { get; init; }
    /// <summary>One prediction per model, base first, in the order of the comparison's models.</summary>
    public required IReadOnlyList<InstancePrediction> Predictions { get; init; }
}

/// <summary>One model's prediction on one instance, compared with the base's.</summary>
public sealed record InstancePrediction
{
    /// <summary>Predicted class index (top-1).</summary>
    public required int Predicted { get; init; }
    /// <summary>Softmax probability of the predicted class.</summary>
    public required double Confidence { get; init; }
    /// <summary>Whether the prediction is the true class.</summary>
    public required bool Correct { get; init; }
    /// <summary>Whether the prediction equals the base's.</summary>
    public required bool Agrees { get; init; }
    /// <summary>KL(base ‖ model) of the softmax outputs, in nats (0 for the base).</summary>
    public required double Kl { get; init; }
    /// <summary>This model's confidence (top-1 probability) minus the base's on the same instance.</summary>
    public required double ConfidenceChange { get; init; }
    /// <summary>"fixed", "broken", "bothRight" or "bothWrong" relative to the base.</summary>
    public required CorrectnessChange Change { get; init; }
    /// <summary>Multilabel: the class indices whose sigmoid is at or above the threshold, ascending (empty when none); null for other tasks.</summary>
    public IReadOnlyList<int>? PredictedSet { get; init; }
    /// <summary>Embedding/regression: cosine similarity of this model's output with the base's (1 for the base); null for other tasks.</summary>
    public double? Cosine { get; init; }
    /// <summary>Embedding/regression: mean squared difference between this model's output and the base's; null for other tasks.</summary>
    public double? Mse { get; init; }
    /// <summary>Embedding/regression: ‖model − base‖ / ‖base‖ of the outputs; null for other tasks.</summary>
    public double? RelativeL2 { get; init; }
    /// <summary>Regression with labels: mean squared error of this model's output to the instance's label; null otherwise.</summary>
    public double? LabelMse { get; init; }
    /// <summary>Generation: the model's generated text for the instance; null for other tasks.</summary>
    public string? Text { get; init; }
    /// <summary>Generation with references: token F1 of the text to the reference; null otherwise.</summary>
    public double? TokenF1 { get; init; }
    /// <summary>Generation: token F1 of the text to the base's (1 for the base); null for other tasks.</summary>
    public double? TokenF1ToBase { get; init; }
}

/// <summary>Read one instance of the spec's dataset for display.</summary>
public sealed record InstanceParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>0-based index of the instance.</summary>
    public required int Instance { get; init; }
    /// <summary>The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.</summary>
    public string? Snapshot { get; init; }
}

/// <summary>One instance, ready to draw.</summary>
public sealed record InstanceData
{
    /// <summary>0-based index of the instance.</summary>
    public required int Instance { get; init; }
    /// <summary>True class index.</summary>
    public required int Label { get; init; }
    /// <summary>"image" or "text".</summary>
    public required InstanceKind Kind { get; init; }
    /// <summary>For images: [height, width, channels] with channels 1 (grey) or 3 (RGB).</summary>
    public IReadOnlyList<int>? Shape { get; init; }
    /// <summary>For images: base64 of height × width × channels bytes (0–255, row-major), scaled from the dataset's range.</summary>
    public string? Pixels { get; init; }
    /// <summary>For text: the instance's text.</summary>
    public string? Text { get; init; }
    /// <summary>The instance's attribute values by attribute name; empty when the dataset has none.</summary>
    public required IReadOnlyDictionary<string, string> Attributes { get; init; }
}
