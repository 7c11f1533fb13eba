// Static int8's calibration, as ONNX Runtime's quantize_static does it with its MinMax calibrator: the activations to quantize
// are declared as extra graph outputs, the float model runs on a sample of the spec's dataset, and each activation's min and
// max over every instance are kept; the extra outputs are removed again. From a range, uint8 asymmetric per-tensor
// parameters: the range widened to hold 0 (so zero padding and ReLU's zeros are exact), scale = (max − min)/255,
// zero point = round(−min/scale).
using System.Numerics.Tensors;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Compression.Onnx;

internal readonly record struct OnnxActivationRange(float Min, float Max)
{
    /// <summary>quantize_static's uint8 scale and zero point for this range (compute_scale_zp with qmin 0, qmax 255).</summary>
    public (float Scale, byte ZeroPoint) UInt8()
    {
        var (min, max) = (MathF.Min(Min, 0), MathF.Max(Max, 0));
        var scale = (max - min) / 255f;
        if (!(scale >= float.Epsilon) || !float.IsFinite(scale)) return (1f, 0);
        return (scale, (byte)Math.Clamp(MathF.Round(-min / scale, MidpointRounding.ToEven), 0, 255));
    }
}

internal static class OnnxActivationRanges
{
    /// <summary>Each of <paramref name="tensors"/>' range over <paramref name="samples"/> instances run through <paramref name="feed"/>.</summary>
    public static IReadOnlyDictionary<string, OnnxActivationRange> Calibrate(OnnxModelEdit edit, IReadOnlyList<string> tensors, IOnnxFeed feed, int samples,
        CancellationToken cancellationToken)
    {
        var graph = edit.Graph;
        var declared = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        // Name only: ONNX Runtime infers each type (FACTS: a wrong one fails the session).
        var added = tensors.Where(declared.Add).Select(t => new ValueInfoProto { Name = t }).ToArray();
        graph.Output.Add(added);
        var minima = Enumerable.Repeat(float.PositiveInfinity, tensors.Count).ToArray();
        var maxima = Enumerable.Repeat(float.NegativeInfinity, tensors.Count).ToArray();
        int ran;
        try
        {
            ran = feed.Run(edit, tensors, samples, null, (values, count) =>
            {
                for (var t = 0; t < tensors.Count; t++)
                {
                    var data = RealRows(values[t], count);
                    if (data.Length == 0) continue;
                    minima[t] = MathF.Min(minima[t], TensorPrimitives.Min(data));
                    maxima[t] = MathF.Max(maxima[t], TensorPrimitives.Max(data));
                }
            }, cancellationToken);
        }
        finally
        {
            foreach (var output in added) graph.Output.Remove(output);
        }
        var ranges = new Dictionary<string, OnnxActivationRange>(StringComparer.Ordinal);
        for (var t = 0; t < tensors.Count; t++)
        {
            if (!(float.IsFinite(minima[t]) && float.IsFinite(maxima[t])))
                throw new OnnxModelException(edit.Source, $"Activation '{tensors[t]}' ranges from {minima[t]} to {maxima[t]} on the {ran} calibration instances, which no int8 scale can hold.",
                    "Check that the model computes finite outputs on the spec's dataset (Evaluate it first), or exclude the layers that read it.", tensors[t]);
            ranges[tensors[t]] = new OnnxActivationRange(minima[t], maxima[t]);
        }
        return ranges;
    }

    /// <summary>The values of the batch's <paramref name="count"/> real instances: a fixed-batch model's padded rows left out.</summary>
    static ReadOnlySpan<float> RealRows(OrtValue value, int count)
    {
        var data = value.GetTensorDataAsSpan<float>();
        var shape = value.GetTensorTypeAndShape().Shape;
        return shape.Length > 0 && shape[0] > count ? data[..(int)(data.Length / shape[0] * count)] : data;
    }
}
