// Fits the text classifier's linear head on sentence embeddings: multinomial logistic regression by full-batch
// gradient descent with a little L2, deterministic (zero start, fixed steps). A few hundred 384-wide embeddings
// take well under a second on 2 cores.
namespace CompressCompare.Backend.Demo.Text;

internal static class SoftmaxHead
{
    /// <summary>W [classes × width] and b [classes] minimizing cross-entropy of softmax(x Wᵀ + b) on <paramref name="labels"/>.</summary>
    public static (float[] Weights, float[] Bias) Fit(float[] x, int width, int[] labels, int classes, int steps = 300, float rate = 2f, float l2 = 1e-3f)
    {
        var n = labels.Length;
        var weights = new float[classes * width];
        var bias = new float[classes];
        var probabilities = new float[classes];
        for (var step = 0; step < steps; step++)
        {
            var gradW = new float[weights.Length];
            var gradB = new float[classes];
            for (var i = 0; i < n; i++)
            {
                var row = x.AsSpan(i * width, width);
                Probabilities(row, weights, bias, probabilities);
                for (var c = 0; c < classes; c++)
                {
                    var error = probabilities[c] - (labels[i] == c ? 1f : 0f);
                    gradB[c] += error;
                    System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(row, error, gradW.AsSpan(c * width, width), gradW.AsSpan(c * width, width));
                }
            }
            for (var j = 0; j < weights.Length; j++) weights[j] -= rate * (gradW[j] / n + l2 * weights[j]);
            for (var c = 0; c < classes; c++) bias[c] -= rate * gradB[c] / n;
        }
        return (weights, bias);
    }

    /// <summary>softmax(row Wᵀ + b) into <paramref name="probabilities"/>.</summary>
    public static void Probabilities(ReadOnlySpan<float> row, float[] weights, float[] bias, Span<float> probabilities)
    {
        var width = row.Length;
        for (var c = 0; c < bias.Length; c++)
            probabilities[c] = bias[c] + System.Numerics.Tensors.TensorPrimitives.Dot(row, weights.AsSpan(c * width, width));
        System.Numerics.Tensors.TensorPrimitives.SoftMax(probabilities, probabilities);
    }
}
