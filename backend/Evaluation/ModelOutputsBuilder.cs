// Turns raw model outputs (logits or probabilities, N × K) into ModelOutputs: softmax unless the rows already
// are probability distributions, then the argmax and its probability per instance.
using System.Numerics.Tensors;

namespace CompressCompare.Backend.Evaluation;

internal static class ModelOutputsBuilder
{
    /// <summary>How far a row's sum may be from 1 and still read as probabilities (float32 exports round).</summary>
    public const float ProbabilitySumTolerance = 1e-3f;

    /// <summary>Normalises <paramref name="outputs"/> in place (row-major [instances × classes]) and wraps it.</summary>
    public static ModelOutputs FromRaw(string modelId, float[] outputs, int instances, int classes)
    {
        if (instances < 0 || classes < 1 || outputs.LongLength != (long)instances * classes)
            throw new ArgumentException($"{outputs.Length} outputs do not form {instances} rows of {classes} classes.", nameof(outputs));
        var softmax = !AreProbabilities(outputs, instances, classes);
        var predicted = new int[instances];
        var confidence = new float[instances];
        for (var i = 0; i < instances; i++)
        {
            var row = outputs.AsSpan(i * classes, classes);
            if (softmax) TensorPrimitives.SoftMax(row, row);
            var best = TensorPrimitives.IndexOfMax(row);
            predicted[i] = best;
            confidence[i] = row[best];
        }
        return new ModelOutputs(modelId, instances, classes, outputs, predicted, confidence);
    }

    /// <summary>True when every row is non-negative and sums to 1 within the tolerance: a model that ends in softmax.</summary>
    public static bool AreProbabilities(ReadOnlySpan<float> outputs, int instances, int classes)
    {
        for (var i = 0; i < instances; i++)
        {
            var row = outputs.Slice(i * classes, classes);
            if (TensorPrimitives.Min(row) < 0f || MathF.Abs(TensorPrimitives.Sum(row) - 1f) > ProbabilitySumTolerance) return false;
        }
        return true;
    }
}
