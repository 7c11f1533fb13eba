// Parameters and results of `models/evaluate`: run models on the spec's dataset and cache their outputs.
using System.Text.Json.Serialization;

namespace CompressCompare.Protocol.Evaluation;

/// <summary>Evaluate models of one spec on its dataset, filling the output cache.</summary>
public sealed record EvaluateParams
{
    /// <summary>Absolute path of the spec file.</summary>
    public required string Path { get; init; }
    /// <summary>Ids of the models to evaluate; null for every model with an artifact or precomputed outputs.</summary>
    public IReadOnlyList<string>? ModelIds { get; init; }
    /// <summary>Token under which `$/progress` notifications are sent; null for none.</summary>
    public string? WorkDoneToken { get; init; }
    /// <summary>The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.</summary>
    public string? Snapshot { get; init; }
}

/// <summary>What evaluating each requested model gave.</summary>
public sealed record EvaluateResult
{
    /// <summary>One entry per model, in the order requested (file order when all were requested).</summary>
    public required IReadOnlyList<ModelEvaluation> Models { get; init; }
    /// <summary>What the evaluation worked around, for every model alike (e.g. image files skipped because they do not decode, naming the first few); empty when nothing.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>The evaluation of one model on the spec's dataset.</summary>
public sealed record ModelEvaluation
{
    /// <summary>Id of the model.</summary>
    public required string ModelId { get; init; }
    /// <summary>Number of dataset instances evaluated; 0 when the model could not be evaluated.</summary>
    public required int Instances { get; init; }
    /// <summary>Top-1 accuracy on those instances; null when the model could not be evaluated.</summary>
    public double? Accuracy { get; init; }
    /// <summary>Wall-clock seconds this request spent on the model (near zero when read from the cache).</summary>
    public required double Seconds { get; init; }
    /// <summary>True when the outputs came from the cache instead of running the model.</summary>
    public required bool Cached { get; init; }
    /// <summary>"onnx", "torchsharp" or "precomputed": where the outputs came from; null when evaluation failed.</summary>
    public ModelSource? Source { get; init; }
    /// <summary>The ONNX Runtime execution provider whose outputs these are ("cpu", or "cuda:N" for GPU N); null when ONNX Runtime did not run the model (TorchSharp, precomputed, failed).</summary>
    public string? ExecutionProvider { get; init; }
    /// <summary>Why the model could not be evaluated and what to do about it; null on success.</summary>
    public string? Error { get; init; }
}

/// <summary>Where a model's outputs came from (ModelEvaluation.Source).</summary>
[JsonConverter(typeof(WireEnumConverter<ModelSource>))]
public enum ModelSource
{
    /// <summary>Its ONNX artifact, run by ONNX Runtime.</summary>
    Onnx,
    /// <summary>Its TorchSharp artifact.</summary>
    [JsonStringEnumMemberName("torchsharp")]
    TorchSharp,
    /// <summary>The outputs file the spec names.</summary>
    Precomputed,
}
