// The one place where operation names and parameter keys are spelled, exactly as they appear in a spec's
// "operation": {"name": "Magnitude Prune", "parameters": {"amount": 0.5, "scope": "global", "exclude": "features.0.*"}}.
namespace CompressCompare.Backend.Compression;

public static class CompressionOperationNames
{
    public const string MagnitudePrune = "Magnitude Prune";
    public const string TaylorPrune = "Taylor Prune";
    public const string Int8Quantize = "Int8 Quantize";
    public const string Palettize = "Palettize";
    public const string FineTune = "Fine-Tune";
    public const string Calibrate = "Calibrate";
    /// <summary>Structured pruning: whole output channels removed from the graph (ONNX models only).</summary>
    public const string ChannelPrune = "Channel Prune";
    /// <summary>Weights and computation converted to float16 (ONNX models only).</summary>
    public const string Float16 = "Float16";
    /// <summary>One module's weights put back to another model's (its base's) float values: "Restore this module" in the Layers panel (ONNX models only).</summary>
    public const string RestoreModule = "Restore Module";

    public static IReadOnlyList<string> All { get; } = [MagnitudePrune, ChannelPrune, TaylorPrune, Int8Quantize, Palettize, Float16, FineTune, Calibrate, RestoreModule];
}

public static class CompressionParameterKeys
{
    /// <summary>Pruning: target sparsity s in [0, 1]; exactly round(s·n) of the n selected weights become zero.</summary>
    public const string Amount = "amount";
    /// <summary>Pruning: "global" (one threshold over all selected tensors) or "per-layer" (s in each tensor).</summary>
    public const string Scope = "scope";
    /// <summary>Glob patterns over parameter names ("classifier.*", "*.bias"), comma-separated or a JSON array.</summary>
    public const string Include = "include";
    public const string Exclude = "exclude";
    /// <summary>Taylor pruning and calibration: how many training instances to draw.</summary>
    public const string Samples = "samples";
    /// <summary>Int8 quantization: "none" (weight-only) or "static" (activations quantized too, ranges calibrated on the dataset).</summary>
    public const string Activations = "activations";
    public const string Seed = "seed";
    /// <summary>Palettization: bits per index (2, 4, 6 or 8), so 2^bits codebook entries.</summary>
    public const string Bits = "bits";
    /// <summary>Palettization: Lloyd (k-means) iterations.</summary>
    public const string Iterations = "iterations";
    /// <summary>Palettization: one codebook per tensor or per group of output channels (<see cref="PaletteGranularities"/>).</summary>
    public const string Granularity = "granularity";
    /// <summary>Palettization per grouped channel: output channels (first-axis slices) per codebook.</summary>
    public const string GroupSize = "groupSize";
    public const string Epochs = "epochs";
    public const string LearningRate = "learningRate";
    public const string BatchSize = "batchSize";
    /// <summary>Restore Module: the module as the Layers panel names it ("layer1.0.conv1", or a parent such as "layer1").</summary>
    public const string Module = "module";
    /// <summary>Restore Module: the id of the spec's model whose weights are restored (the base).</summary>
    public const string From = "from";
}

public static class PaletteGranularities
{
    public const string PerTensor = "per-tensor";
    public const string PerGroupedChannel = "per-grouped-channel";
}

public static class PruningScopes
{
    public const string Global = "global";
    public const string PerLayer = "per-layer";
}
