// Sparsity and parameter count of a .safetensors file, counted as OnnxChildMeasurer counts an .onnx file's weights
// (2-D and 4-D "*.weight" tensors are the weights pruning acts on; running statistics are not parameters), reading one
// tensor at a time through the probe's reader, so a large checkpoint never sits in memory whole.
using CompressCompare.Backend.Layers.Sources;

namespace CompressCompare.Backend.AddModel;

internal static class SafetensorsWeights
{
    public static (long Weights, long Zeros, long Parameters) Count(string file, CancellationToken cancellationToken)
    {
        using var source = TensorSources.Open(file);
        var named = source.Tensors.Any(t => t.Name.EndsWith(".weight", StringComparison.Ordinal));
        long weights = 0, zeros = 0, parameters = 0;
        var buffer = Array.Empty<float>();
        foreach (var tensor in source.Tensors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tensor.Name.EndsWith(".running_mean", StringComparison.Ordinal) || tensor.Name.EndsWith(".running_var", StringComparison.Ordinal)
                || tensor.Name.EndsWith(".num_batches_tracked", StringComparison.Ordinal)) continue;
            parameters += tensor.Count;
            var isWeight = tensor.Shape.Count is 2 or 4 && (!named || tensor.Name.EndsWith(".weight", StringComparison.Ordinal));
            if (!isWeight) continue;
            if (buffer.Length < tensor.Count) buffer = new float[tensor.Count];
            var values = buffer.AsSpan(0, (int)tensor.Count);
            source.Read(tensor, values);
            weights += values.Length;
            zeros += values.Length - NonZero(values);
        }
        return (weights, zeros, parameters);
    }

    static long NonZero(ReadOnlySpan<float> values)
    {
        long count = 0;
        foreach (var v in values) count += v != 0f ? 1 : 0;
        return count;
    }
}
