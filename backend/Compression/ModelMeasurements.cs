// Size measurements of a classifier that compression changes. Sparsity counts the weights of Linear and Conv2d
// layers only — the tensors pruning acts on by default — so biases and BatchNorm parameters (never pruned unless
// included explicitly) do not dilute it.
using CompressCompare.Backend.Models.Torch;

namespace CompressCompare.Backend.Compression;

/// <param name="ParameterCount">All trainable parameters (weights, biases, BatchNorm scale and shift; not running statistics).</param>
/// <param name="LayerWeightCount">Entries of Linear and Conv2d weights.</param>
/// <param name="ZeroLayerWeights">Those entries that are exactly zero (±0).</param>
public sealed record ModelMeasurement(long ParameterCount, long LayerWeightCount, long ZeroLayerWeights)
{
    /// <summary>Fraction of Linear/Conv2d weight entries that are exactly zero.</summary>
    public double Sparsity => LayerWeightCount == 0 ? 0 : ZeroLayerWeights / (double)LayerWeightCount;
}

public static class ModelMeasurements
{
    public static ModelMeasurement Measure(TorchClassifier model)
    {
        long weights = 0, zeros = 0;
        foreach (var layer in model.WeightedLayers())
        {
            var values = TensorValues.ToArray(layer.Weight);
            weights += values.Length;
            zeros += values.Count(v => v == 0f);
        }
        return new ModelMeasurement(ParameterCount(model), weights, zeros);
    }

    public static double Sparsity(TorchClassifier model) => Measure(model).Sparsity;

    public static long ParameterCount(TorchClassifier model) => model.Module.parameters().Sum(p => p.numel());

    /// <summary>Fraction of exact zeros in one tensor's values.</summary>
    public static double Sparsity(float[] values) => values.Length == 0 ? 0 : values.Count(v => v == 0f) / (double)values.Length;
}
