// Turns a model's raw outputs (N × K) into the ModelOutputs its dataset's task compares: class probabilities for
// classification, two-class Bernoulli probabilities for a binary logit, a sigmoid per class for multilabel, and the
// raw vectors, untouched, for embedding and regression (no softmax: it would erase what those tasks compare).
using CompressCompare.Protocol;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation;

internal static class TaskOutputs
{
    /// <summary>Whether the task's labels are class indices (what accuracy and today's behaviours read).</summary>
    public static bool HasClassLabels(DatasetTask task) => task is DatasetTask.Classification or DatasetTask.Binary;

    /// <summary>Whether outputs are compared as vectors with the base's (cosine, MSE, relative L2) rather than as classes.</summary>
    public static bool ComparesVectors(DatasetTask task) => task is DatasetTask.Embedding or DatasetTask.Regression;

    /// <summary>The outputs the task compares, built from <paramref name="raw"/> (row-major [instances × outputs]; reused in place).</summary>
    public static ModelOutputs FromRaw(string modelId, float[] raw, int instances, int outputs, DatasetTask task, string? file = null) => task switch
    {
        DatasetTask.Classification => ModelOutputsBuilder.FromRaw(modelId, raw, instances, outputs),
        DatasetTask.Binary => Binary(modelId, raw, instances, outputs, file),
        DatasetTask.Multilabel => Kept(modelId, Sigmoid(raw), instances, outputs),
        DatasetTask.Embedding or DatasetTask.Regression => Kept(modelId, raw, instances, outputs),
        _ => throw new EvaluationException($"Model \"{modelId}\" has numeric outputs, but the dataset's task \"{WireEnum.Name(task)}\" compares generated text.",
            "Give the model precomputed \"outputs\": a CSV with a \"prediction\" column of generated strings.", file),
    };

    /// <summary>
    /// One logit z per instance becomes the two-class distribution [1 − σ(z), σ(z)]: the classification comparison then
    /// gives exactly the binary numbers (predicted = z &gt; 0 since an argmax tie goes to class 0, KL between the two
    /// Bernoullis, confidence max(σ, 1 − σ)).
    /// </summary>
    static ModelOutputs Binary(string modelId, float[] logits, int instances, int outputs, string? file)
    {
        if (outputs != 1)
            throw new EvaluationException($"Model \"{modelId}\" gives {outputs} outputs per instance, but the dataset's task \"binary\" reads one logit.",
                "Set the dataset's \"task\" to \"classification\" for a model with one output per class, or export the model with a single logit output.", file);
        var probabilities = new float[(long)instances * 2];
        var predicted = new int[instances];
        var confidence = new float[instances];
        for (var i = 0; i < instances; i++)
        {
            var p = Sigmoid(logits[i]);
            probabilities[2 * i] = 1f - p;
            probabilities[2 * i + 1] = p;
            predicted[i] = logits[i] > 0f ? 1 : 0;
            confidence[i] = MathF.Max(p, 1f - p);
        }
        return new ModelOutputs(modelId, instances, 2, probabilities, predicted, confidence);
    }

    /// <summary>The values as they are; predicted and confidence are the argmax and max, so class-keyed readers still work.</summary>
    static ModelOutputs Kept(string modelId, float[] values, int instances, int outputs)
    {
        if (instances < 0 || outputs < 1 || values.LongLength != (long)instances * outputs)
            throw new ArgumentException($"{values.Length} outputs do not form {instances} rows of {outputs}.", nameof(values));
        var predicted = new int[instances];
        var confidence = new float[instances];
        for (var i = 0; i < instances; i++)
        {
            var row = values.AsSpan(i * outputs, outputs);
            var best = 0;
            for (var c = 1; c < row.Length; c++) if (row[c] > row[best]) best = c;
            predicted[i] = best;
            confidence[i] = row[best];
        }
        return new ModelOutputs(modelId, instances, outputs, values, predicted, confidence);
    }

    static float[] Sigmoid(float[] logits)
    {
        for (var j = 0; j < logits.Length; j++) logits[j] = Sigmoid(logits[j]);
        return logits;
    }

    static float Sigmoid(float z) => 1f / (1f + MathF.Exp(-z));
}
