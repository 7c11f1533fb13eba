// The per-instance comparison of one model's output vectors with the base's, for tasks without classes
// (embedding, regression): cosine similarity, mean squared difference and relative L2, and with regression
// labels each model's squared error to them. One pass over the rows, no allocation per instance.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public static class VectorKernel
{
    /// <summary>
    /// Compares <paramref name="model"/>'s rows with the base's. <paramref name="targets"/> (row-major, one row of the
    /// output width per instance) are the regression labels, or null. Class-keyed arrays are filled neutrally (agrees,
    /// "bothRight", no KL) so class-based readers see no change they could misreport.
    /// </summary>
    public static ModelBehavior Compare(ModelOutputs baseOutputs, ModelOutputs model, float[]? targets)
    {
        var n = model.Instances;
        var k = model.Classes;
        var cosine = new float[n];
        var mse = new float[n];
        var relativeL2 = new float[n];
        var labelMse = targets is null ? null : new float[n];
        var b = baseOutputs.Probabilities;
        var m = model.Probabilities;
        for (var i = 0; i < n; i++)
        {
            var row = i * k;
            double dot = 0, baseNorm = 0, modelNorm = 0, diff = 0, label = 0;
            for (var c = 0; c < k; c++)
            {
                double x = b[row + c], y = m[row + c];
                dot += x * y;
                baseNorm += x * x;
                modelNorm += y * y;
                diff += (y - x) * (y - x);
                if (targets is not null) label += (y - targets[row + c]) * (y - targets[row + c]);
            }
            cosine[i] = (float)Cosine(dot, baseNorm, modelNorm, diff);
            mse[i] = (float)(diff / k);
            relativeL2[i] = (float)RelativeL2(diff, baseNorm);
            if (labelMse is not null) labelMse[i] = (float)(label / k);
        }
        var agrees = new bool[n];
        Array.Fill(agrees, true);
        return new ModelBehavior(model.ModelId, model.Predicted, model.Confidence, new float[n], new float[n], new CorrectnessChange[n], agrees)
        {
            Vector = new VectorChange(cosine, mse, relativeL2, labelMse),
        };
    }

    /// <summary>
    /// dot / (‖b‖·‖m‖); two zero vectors are the same output (1), one zero vector against a non-zero one has no
    /// direction in common (0).
    /// </summary>
    static double Cosine(double dot, double baseNorm, double modelNorm, double diff)
    {
        if (baseNorm == 0 || modelNorm == 0) return diff == 0 ? 1 : 0;
        return Math.Clamp(dot / Math.Sqrt(baseNorm * modelNorm), -1, 1);
    }

    /// <summary>‖m − b‖ / ‖b‖; a zero base output gives 0 when the model's is zero too, else +∞ (no finite ratio).</summary>
    static double RelativeL2(double diff, double baseNorm) =>
        baseNorm > 0 ? Math.Sqrt(diff / baseNorm) : diff == 0 ? 0 : double.PositiveInfinity;

    /// <summary>Per instance, the compared models' (base excluded) mean relative L2: how far compression moved it.</summary>
    public static float[] Moved(IReadOnlyList<ModelBehavior> behaviors, int instances)
    {
        var moved = new float[instances];
        if (behaviors.Count < 2) return moved;
        for (var m = 1; m < behaviors.Count; m++)
        {
            var relative = behaviors[m].Vector!.RelativeL2;
            for (var i = 0; i < instances; i++) moved[i] += relative[i];
        }
        for (var i = 0; i < instances; i++) moved[i] /= behaviors.Count - 1;
        return moved;
    }
}
