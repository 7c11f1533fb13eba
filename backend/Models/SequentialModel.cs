// The framework-neutral description of the feed-forward classifiers the backend trains, compresses and
// exports: TorchSharp modules are converted into it, and the ONNX writer turns it into a graph. Keeping
// it neutral lets compression write real int8 weights and palettes without either side knowing the other.
namespace CompressCompare.Backend.Models;

/// <summary>A dense float32 tensor in row-major order.</summary>
public sealed record TensorData(float[] Values, int[] Shape)
{
    public long Count => Values.LongLength;
}

/// <summary>How a layer's weight is stored in the exported file.</summary>
public abstract record WeightEncoding
{
    /// <summary>Plain float32 (the default).</summary>
    public static readonly WeightEncoding Float32 = new Float32Encoding();
}

public sealed record Float32Encoding : WeightEncoding;

/// <summary>
/// Symmetric per-output-channel int8: weight[c, ...] = Quantized[c, ...] * Scales[c] (zero point 0).
/// Exported as an int8 initializer + DequantizeLinear(axis = 0), so the file really shrinks.
/// </summary>
public sealed record Int8PerChannelEncoding(sbyte[] Quantized, float[] Scales) : WeightEncoding;

/// <summary>
/// Palettization: weight[i] = Codebook[Indices[i]] with 2^Bits entries in the codebook (k-means centroids).
/// Exported as uint8 indices → Cast → Gather from the codebook → Reshape.
/// </summary>
public sealed record PaletteEncoding(byte[] Indices, float[] Codebook, int Bits) : WeightEncoding;

public abstract record Layer(string Name);

/// <summary>y = x · Weightᵀ + Bias, Weight shaped [out, in].</summary>
public sealed record LinearLayer(string Name, TensorData Weight, TensorData? Bias, WeightEncoding Encoding) : Layer(Name);

/// <summary>2-D convolution, Weight shaped [out, in, kh, kw], NCHW activations.</summary>
public sealed record Conv2dLayer(string Name, TensorData Weight, TensorData? Bias, int Stride, int Padding, WeightEncoding Encoding) : Layer(Name);

/// <summary>Inference-mode batch normalization over channels (NCHW).</summary>
public sealed record BatchNorm2dLayer(string Name, TensorData Scale, TensorData Bias, TensorData RunningMean, TensorData RunningVar, float Epsilon) : Layer(Name);

public sealed record ReluLayer(string Name) : Layer(Name);

public sealed record MaxPool2dLayer(string Name, int Kernel, int Stride) : Layer(Name);

/// <summary>Flattens [N, C, H, W] to [N, C·H·W].</summary>
public sealed record FlattenLayer(string Name) : Layer(Name);

/// <summary>
/// A classifier: float32 input shaped [N, ..InstanceShape] (e.g. [N, 64] for an MLP on 8×8 digits or
/// [N, 1, 8, 8] for a CNN), logits [N, Classes] out. Layer names are dotted module paths
/// ("features.0", "classifier.2") so tensors read back from the file group into modules.
/// </summary>
public sealed record SequentialModel(int[] InstanceShape, int Classes, IReadOnlyList<Layer> Layers)
{
    public const string InputName = "input";
    public const string OutputName = "logits";
}
