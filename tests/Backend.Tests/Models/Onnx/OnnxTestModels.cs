// Small classifiers with seeded random weights, and the int8 / palette encodings applied to them, for the
// ONNX tests. Weights are uniform in ±1/√fan-in, like PyTorch's default initialisation.
using CompressCompare.Backend.Models;

namespace Backend.Tests.Models.Onnx;

internal static class OnnxTestModels
{
    /// <summary>Conv(1→4, 3×3, pad 1) + BN + ReLU + MaxPool 2 + Conv(4→6, 3×3, stride 2, pad 1) + ReLU + Flatten + Linear(24→10) on [N, 1, 8, 8].</summary>
    public static SequentialModel Cnn(int seed = 1)
    {
        var random = new Random(seed);
        return new SequentialModel([1, 8, 8], 10,
        [
            new Conv2dLayer("features.0", Uniform(random, [4, 1, 3, 3], 9), Uniform(random, [4], 9), 1, 1, WeightEncoding.Float32),
            new BatchNorm2dLayer("features.1", Uniform(random, [4], 1, offset: 1), Uniform(random, [4], 4),
                Uniform(random, [4], 4), Uniform(random, [4], 4, offset: 1.5f), 1e-5f),
            new ReluLayer("features.2"),
            new MaxPool2dLayer("features.3", 2, 2),
            new Conv2dLayer("features.4", Uniform(random, [6, 4, 3, 3], 36), Uniform(random, [6], 36), 2, 1, WeightEncoding.Float32),
            new ReluLayer("features.5"),
            new FlattenLayer("flatten"),
            new LinearLayer("classifier", Uniform(random, [10, 24], 24), Uniform(random, [10], 24), WeightEncoding.Float32),
        ]);
    }

    /// <summary>An MLP on the 64 grey levels of an 8×8 digit: 64→32→10, or any widths.</summary>
    public static SequentialModel Mlp(int seed = 2, params int[] widths)
    {
        if (widths.Length == 0) widths = [64, 32, 10];
        var random = new Random(seed);
        var layers = new List<Layer>();
        for (var i = 0; i + 1 < widths.Length; i++)
        {
            if (i > 0) layers.Add(new ReluLayer($"layers.{2 * i - 1}"));
            layers.Add(new LinearLayer($"layers.{2 * i}", Uniform(random, [widths[i + 1], widths[i]], widths[i]),
                Uniform(random, [widths[i + 1]], widths[i]), WeightEncoding.Float32));
        }
        return new SequentialModel([widths[0]], widths[^1], layers);
    }

    public static float[] RandomBatch(SequentialModel model, int batch, int seed = 3)
    {
        var random = new Random(seed);
        var values = new float[batch * model.InstanceShape.Aggregate(1, (a, d) => a * d)];
        for (var i = 0; i < values.Length; i++) values[i] = random.NextSingle() * 2 - 1;
        return values;
    }

    /// <summary>Every Linear/Conv weight as symmetric per-output-channel int8 (scale = max|w| / 127).</summary>
    public static SequentialModel ToInt8(SequentialModel model) => Map(model, weight =>
    {
        var channels = weight.Shape[0];
        var perChannel = weight.Values.Length / channels;
        var scales = new float[channels];
        var quantized = new sbyte[weight.Values.Length];
        for (var c = 0; c < channels; c++)
        {
            var max = 0f;
            for (var i = 0; i < perChannel; i++) max = Math.Max(max, Math.Abs(weight.Values[c * perChannel + i]));
            scales[c] = max > 0 ? max / 127 : 1;
            for (var i = 0; i < perChannel; i++)
                quantized[c * perChannel + i] = (sbyte)Math.Clamp(MathF.Round(weight.Values[c * perChannel + i] / scales[c]), -127, 127);
        }
        return new Int8PerChannelEncoding(quantized, scales);
    });

    /// <summary>Every Linear/Conv weight palettized to 2^bits evenly spaced values between its min and max (nearest index).</summary>
    public static SequentialModel ToPalette(SequentialModel model, int bits) => Map(model, weight =>
    {
        var entries = 1 << bits;
        float min = weight.Values.Min(), max = weight.Values.Max();
        var step = entries > 1 ? (max - min) / (entries - 1) : 0;
        var codebook = Enumerable.Range(0, entries).Select(k => min + k * step).ToArray();
        var indices = weight.Values.Select(v => (byte)(step > 0 ? Math.Clamp((int)MathF.Round((v - min) / step), 0, entries - 1) : 0)).ToArray();
        return new PaletteEncoding(indices, codebook, bits);
    });

    /// <summary>The float weight an encoding stands for: Quantized·Scale per channel, or Codebook[Index].</summary>
    public static float[] Decoded(TensorData weight, WeightEncoding encoding) => encoding switch
    {
        Int8PerChannelEncoding q => q.Quantized.Select((v, i) => v * q.Scales[i / (q.Quantized.Length / q.Scales.Length)]).ToArray(),
        PaletteEncoding p => p.Indices.Select(i => p.Codebook[i]).ToArray(),
        _ => weight.Values,
    };

    /// <summary>The model a reader of the encoded file should see: each weight replaced by what its encoding decodes to.</summary>
    public static SequentialModel Dequantized(SequentialModel model) => model with
    {
        Layers = model.Layers.Select(layer => layer switch
        {
            LinearLayer l => l with { Weight = l.Weight with { Values = Decoded(l.Weight, l.Encoding) }, Encoding = WeightEncoding.Float32 },
            Conv2dLayer c => c with { Weight = c.Weight with { Values = Decoded(c.Weight, c.Encoding) }, Encoding = WeightEncoding.Float32 },
            _ => layer,
        }).ToList(),
    };

    public static int WeightCount(SequentialModel model) => model.Layers.Sum(l => l switch
    {
        LinearLayer x => x.Weight.Values.Length,
        Conv2dLayer x => x.Weight.Values.Length,
        _ => 0,
    });

    static SequentialModel Map(SequentialModel model, Func<TensorData, WeightEncoding> encode) => model with
    {
        Layers = model.Layers.Select(layer => layer switch
        {
            LinearLayer l => l with { Encoding = encode(l.Weight) },
            Conv2dLayer c => c with { Encoding = encode(c.Weight) },
            _ => layer,
        }).ToList(),
    };

    static TensorData Uniform(Random random, int[] shape, int fanIn, float offset = 0)
    {
        var bound = 1 / MathF.Sqrt(fanIn);
        var values = new float[shape.Aggregate(1, (a, d) => a * d)];
        for (var i = 0; i < values.Length; i++) values[i] = offset + (random.NextSingle() * 2 - 1) * bound;
        return new TensorData(values, shape);
    }
}
