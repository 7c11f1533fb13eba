// Symmetric per-output-channel int8 weight quantization: scale_c = max|w_c| / 127, q = clamp(round(w / scale_c),
// −127, 127), zero point 0. The module keeps the dequantized weights q · scale_c (float32, the arithmetic of ONNX
// DequantizeLinear), so accuracy measured in torch is the accuracy of the exported int8 model. The arithmetic is
// done here rather than with libtorch's fake-quantize ops (fake_quantize_per_channel_affine is not implemented
// in TorchSharp 0.107, see FACTS).
using System.Text.Json;
using CompressCompare.Backend.Models;
using CompressCompare.Backend.Models.Torch;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Compression;

/// <param name="Include">Glob patterns over parameter names; only Linear/Conv2d weights can be quantized.</param>
/// <param name="Exclude">Layers to keep in float32, e.g. "features.0.*" for a sensitive first layer.</param>
public sealed record Int8Quantization(string? Include = null, string? Exclude = null) : ICompressionOperation
{
    public const int MaxLevel = 127;

    public string Name => CompressionOperationNames.Int8Quantize;

    public static Int8Quantization FromParameters(IReadOnlyDictionary<string, JsonElement> parameters)
    {
        var p = OperationParameters.Of(CompressionOperationNames.Int8Quantize, parameters, CompressionParameterKeys.Include, CompressionParameterKeys.Exclude,
            CompressionParameterKeys.Activations, CompressionParameterKeys.Samples);
        if (Int8Activations.Read(p).Activations == Int8Activations.Static)
            throw new CompressionParameterException(CompressionOperationNames.Int8Quantize, CompressionParameterKeys.Activations,
                $"\"{Int8Activations.Static}\" calibrates activation ranges by running an ONNX model, and this model is a TorchSharp checkpoint; use \"{Int8Activations.None}\" (weight-only) here, or compress the model's ONNX export.");
        return new Int8Quantization(p.Patterns(CompressionParameterKeys.Include), p.Patterns(CompressionParameterKeys.Exclude));
    }

    public OperationApplication ToApplication() => OperationParameters.Application(Name,
        (CompressionParameterKeys.Include, Include), (CompressionParameterKeys.Exclude, Exclude));

    public TorchClassifier Apply(TorchClassifier model, CompressionContext context, CancellationToken cancellationToken = default)
    {
        return WeightEncoder.EncodeSelected(model, new ParameterSelection(Include, Exclude), Name,
            (values, shape) => Quantize(values, shape[0]), cancellationToken);
    }

    /// <summary>
    /// Quantizes a weight laid out as [channels, …] row-major. A channel of zeros (fully pruned) gets scale 1 so
    /// that no division by zero occurs; its values stay 0. Rounding is to nearest, halves to even (as torch.round).
    /// </summary>
    public static Int8PerChannelEncoding Quantize(float[] weight, int channels)
    {
        if (channels <= 0 || weight.Length % channels != 0)
            throw new ArgumentException($"{weight.Length} values do not split into {channels} output channels.", nameof(channels));
        var perChannel = weight.Length / channels;
        var scales = new float[channels];
        var quantized = new sbyte[weight.Length];
        for (var c = 0; c < channels; c++)
        {
            var row = weight.AsSpan(c * perChannel, perChannel);
            var max = 0f;
            foreach (var w in row) max = MathF.Max(max, MathF.Abs(w));
            var scale = ScaleFor(max);
            scales[c] = scale;
            for (var i = 0; i < perChannel; i++) quantized[c * perChannel + i] = Code(row[i], scale);
        }
        return new Int8PerChannelEncoding(quantized, scales);
    }

    /// <summary>The scale of a channel whose largest magnitude is <paramref name="maxAbs"/>; 1 for a channel of zeros (or subnormals), which any scale decodes to 0.</summary>
    public static float ScaleFor(float maxAbs, int maxLevel = MaxLevel)
    {
        var scale = maxAbs / maxLevel;
        return scale > 0 ? scale : 1f;
    }

    /// <summary>The int8 code of <paramref name="value"/> at <paramref name="scale"/>: rounded to nearest, halves to even (as torch.round), clamped to ±<paramref name="maxLevel"/>.</summary>
    public static sbyte Code(float value, float scale, int maxLevel = MaxLevel) =>
        (sbyte)Math.Clamp(MathF.Round(value / scale, MidpointRounding.ToEven), -maxLevel, maxLevel);
}
