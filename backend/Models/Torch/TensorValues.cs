// Copies between TorchSharp tensors and plain float arrays: compression maths runs on arrays so that every
// operation is exact and independent of libtorch's kernels, then writes the result back into the module.
using static TorchSharp.torch;

namespace CompressCompare.Backend.Models.Torch;

public static class TensorValues
{
    /// <summary>The tensor's values as float32, row-major.</summary>
    public static float[] ToArray(Tensor tensor)
    {
        using var scope = NewDisposeScope();
        return tensor.detach().cpu().to_type(ScalarType.Float32).contiguous().data<float>().ToArray();
    }

    public static int[] Shape(Tensor tensor) => tensor.shape.Select(d => checked((int)d)).ToArray();

    public static TensorData ToTensorData(Tensor tensor) => new(ToArray(tensor), Shape(tensor));

    /// <summary>Overwrites <paramref name="target"/> (a parameter or buffer) with <paramref name="values"/>, keeping its shape.</summary>
    public static void Assign(Tensor target, float[] values)
    {
        if (values.LongLength != target.numel())
            throw new ArgumentException($"{values.Length} values cannot fill a tensor of shape [{string.Join(", ", target.shape)}].", nameof(values));
        using var scope = NewDisposeScope();
        using (no_grad())
            target.copy_(tensor(values, target.shape));
    }

    /// <summary>A batch tensor [N, ..instanceShape] holding rows <paramref name="start"/>..start+count of an N×D array.</summary>
    public static Tensor Batch(float[] inputs, int features, int[] instanceShape, int start, int count)
    {
        long[] shape = [count, .. instanceShape.Select(d => (long)d)];
        return tensor(inputs.AsSpan(start * features, count * features).ToArray(), shape);
    }
}
