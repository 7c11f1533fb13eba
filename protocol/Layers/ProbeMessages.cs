// Parameters and results of `layers/probe`: per-tensor and per-module statistics of several models'
// weights and activations, matched by name and shape, with the change of each against a base.
namespace CompressCompare.Protocol.Layers;

/// <summary>Probe the weights of a base model and others, from a spec or from files directly.</summary>
public sealed record ProbeParams
{
    /// <summary>Absolute path of the spec file; null when Files are given instead.</summary>
    public string? Path { get; init; }
    /// <summary>With Path: id of the base model.</summary>
    public string? BaseId { get; init; }
    /// <summary>With Path: ids of the other models, in the order their statistics are listed (after the base).</summary>
    public IReadOnlyList<string>? ModelIds { get; init; }
    /// <summary>Without Path: absolute paths of model files (.onnx, TorchSharp .dat, .safetensors, PyTorch .pt/.pth/.bin, a sharded checkpoint's .index.json) or Hugging Face model folders, the base first.</summary>
    public IReadOnlyList<string>? Files { get; init; }
    /// <summary>Number of histogram bins shared by all models for one tensor (default 32).</summary>
    public int? Bins { get; init; }
    /// <summary>With Path: also run the models on this many instances of the spec's dataset (evenly spaced, the same for every model) and probe each module's output; null or 0 for weights only.</summary>
    public int? Activations { get; init; }
    /// <summary>Token under which `$/progress` notifications are sent; null for none.</summary>
    public string? WorkDoneToken { get; init; }
    /// <summary>The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.</summary>
    public string? Snapshot { get; init; }
}

/// <summary>The probed tensors, grouped into modules, and every tensor that could not be matched.</summary>
public sealed record ProbeResult
{
    /// <summary>Display names of the probed models, base first (model ids, or file names when probing files).</summary>
    public required IReadOnlyList<string> Models { get; init; }
    /// <summary>Tensors present in the base and matched (same name and shape) in at least one other model, in the base file's order.</summary>
    public required IReadOnlyList<TensorProbe> Tensors { get; init; }
    /// <summary>Modules (dotted-name prefixes of tensors) with their tensors' statistics pooled, parents before children.</summary>
    public required IReadOnlyList<ModuleProbe> Modules { get; init; }
    /// <summary>Tensors that are in some models but could not be compared, and why.</summary>
    public required IReadOnlyList<UnmatchedTensor> Unmatched { get; init; }
    /// <summary>Labels of the change bands that TensorStats.ChangeHistograms split values into, least change first (e.g. "unchanged", "&lt; 1%", "1–10%", "&gt; 10%", "zeroed").</summary>
    public required IReadOnlyList<string> ChangeBands { get; init; }
    /// <summary>Per-module output statistics on a dataset sample; null unless ProbeParams.Activations asked for them.</summary>
    public ActivationsProbe? Activations { get; init; }
}

/// <summary>The models' module outputs on the same dataset instances, matched by name and shape like weights.</summary>
public sealed record ActivationsProbe
{
    /// <summary>Number of dataset instances every model ran on.</summary>
    public required int Instances { get; init; }
    /// <summary>Indices of those instances in the spec's dataset, ascending.</summary>
    public required IReadOnlyList<int> InstanceIndices { get; init; }
    /// <summary>One entry per module output in the base's execution order. Name is the output's name (the ONNX value name, or the TorchSharp module name); Module is the module that produced it; Shape starts with the instance count; Params counts its values; TensorStats.Sparsity is the fraction of exactly-zero activations.</summary>
    public required IReadOnlyList<TensorProbe> Outputs { get; init; }
    /// <summary>Outputs that are in some models but could not be compared, and why.</summary>
    public required IReadOnlyList<UnmatchedTensor> Unmatched { get; init; }
}

/// <summary>One tensor across the probed models.</summary>
public sealed record TensorProbe
{
    /// <summary>The tensor's name: its name in the base's file, or, when that name carries no module path (e.g. "Parameter91", "onnx::Conv_123"), the node that consumes it, its op type and input role ("Convolution249 (Conv).W").</summary>
    public required string Name { get; init; }
    /// <summary>The tensor's name in the base's file, where Name was derived from the graph instead; null otherwise.</summary>
    public string? Stored { get; init; }
    /// <summary>The module the tensor belongs to: its name up to the last dot, or the module derived from the graph ("" at the top level).</summary>
    public required string Module { get; init; }
    /// <summary>One entry per probed model, base first: the tensor's name in that model's file where it differs from the base's (matched by graph position and shape, or a quantizer's renaming); null where it is the same or the model has no match. Null when no model differs.</summary>
    public IReadOnlyList<string?>? MatchedAs { get; init; }
    /// <summary>The tensor's shape.</summary>
    public required IReadOnlyList<long> Shape { get; init; }
    /// <summary>Number of values.</summary>
    public required long Params { get; init; }
    /// <summary>Lower edge of the shared histogram's first bin.</summary>
    public required double BinMin { get; init; }
    /// <summary>Upper edge of the shared histogram's last bin.</summary>
    public required double BinMax { get; init; }
    /// <summary>One entry per probed model, base first; null where that model lacks a matching tensor.</summary>
    public required IReadOnlyList<TensorStats?> Models { get; init; }
}

/// <summary>Statistics of one tensor of one model, and its change against the base's.</summary>
public sealed record TensorStats
{
    /// <summary>Fraction of values that are exactly zero.</summary>
    public required double Sparsity { get; init; }
    /// <summary>Fraction of values that are exactly zero here and in the base too (equals Sparsity for the base); the paper's "zero in both". Null for activations.</summary>
    public double? ZeroInBoth { get; init; }
    /// <summary>Fraction of values that are exactly zero here but not in the base (0 for the base); the paper's "zero only in this model", what compression zeroed. Null for activations.</summary>
    public double? ZeroOnlyHere { get; init; }
    /// <summary>Smallest value.</summary>
    public required double Min { get; init; }
    /// <summary>Largest value.</summary>
    public required double Max { get; init; }
    /// <summary>Mean value.</summary>
    public required double Mean { get; init; }
    /// <summary>Population standard deviation.</summary>
    public required double Std { get; init; }
    /// <summary>Counts per bin of the shared histogram (BinMin..BinMax, equal widths; values outside clamp to the end bins).</summary>
    public required IReadOnlyList<long> Histogram { get; init; }
    /// <summary>‖model − base‖₂ / ‖base‖₂ (0 for the base; null when the base is all zeros and the model is not).</summary>
    public double? RelL2 { get; init; }
    /// <summary>Fraction of values that differ from the base's (0 for the base).</summary>
    public required double Changed { get; init; }
    /// <summary>The base's values histogrammed on the shared bins, split by how much each value changed in this model: one histogram per change band (see ChangeBands), each as long as Histogram. Empty for the base.</summary>
    public required IReadOnlyList<IReadOnlyList<long>> ChangeHistograms { get; init; }
    /// <summary>Number of NaN and ±Inf values (0 in a healthy tensor). They are left out of every other statistic: Min, Max, Mean, Std, Histogram and the shared bins cover the finite values; RelL2 sums the positions where both this model and the base are finite; a finite base value whose value here is not finite is in the "&gt; 10%" change band; Changed counts them (NaN where the base has NaN is unchanged).</summary>
    public long NonFinite { get; init; }
}

/// <summary>One module across the probed models: its tensors pooled.</summary>
public sealed record ModuleProbe
{
    /// <summary>Dotted module name ("" for the whole model).</summary>
    public required string Name { get; init; }
    /// <summary>Parent module name; null for the whole model.</summary>
    public string? Parent { get; init; }
    /// <summary>What the module is ("Conv", "BatchNorm", "Linear", "LayerNorm", "Embedding", "Attention", "ReLU", …), from the ONNX graph's op types or the checkpoint's tensors and config.json; null when unknown.</summary>
    public string? Type { get; init; }
    /// <summary>Number of values in the module's matched tensors (descendants included).</summary>
    public required long Params { get; init; }
    /// <summary>One entry per probed model, base first; null where the model has none of the module's tensors.</summary>
    public required IReadOnlyList<ModuleStats?> Models { get; init; }
}

/// <summary>Pooled statistics of one module of one model.</summary>
public sealed record ModuleStats
{
    /// <summary>Fraction of the module's values that are exactly zero.</summary>
    public required double Sparsity { get; init; }
    /// <summary>Fraction of the module's values that are zero here and in the base too; null for activations.</summary>
    public double? ZeroInBoth { get; init; }
    /// <summary>Fraction of the module's values that are zero here but not in the base; null for activations.</summary>
    public double? ZeroOnlyHere { get; init; }
    /// <summary>Pooled ‖model − base‖₂ / ‖base‖₂ over the module's tensors; null when the base's are all zeros.</summary>
    public double? RelL2 { get; init; }
    /// <summary>Fraction of the module's values that differ from the base's.</summary>
    public required double Changed { get; init; }
}

/// <summary>A tensor that could not be compared.</summary>
public sealed record UnmatchedTensor
{
    /// <summary>The tensor's name.</summary>
    public required string Name { get; init; }
    /// <summary>The model (display name) it was found in.</summary>
    public required string Model { get; init; }
    /// <summary>Why, e.g. "not in the base model", "missing in this model", "shape [64, 32] differs from the base's [64, 16]".</summary>
    public required string Reason { get; init; }
}
