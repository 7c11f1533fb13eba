// The per-instance comparison of one model with the base: a single pass over the model's softmax rows,
// no allocation per instance. This is the hot loop of `behaviors/compare` (100,000 × 20 × 10 in well under 1 s).
using CompressCompare.Backend.Evaluation;

using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public static class BehaviorKernel
{
    /// <summary>
    /// Probabilities are clamped to at least this before taking logs, so a class the model gives exactly 0 where
    /// the base gives p &gt; 0 adds p·(ln p − ln 1e-7) (about 16·p nats) instead of ∞. 1e-7 is about float32's
    /// resolution near 1, below which a softmax output carries no information anyway.
    /// </summary>
    public const float ProbabilityFloor = 1e-7f;

    /// <summary>ln(max(p, floor)) of every base probability, computed once and shared by every model's comparison.</summary>
    public static float[] LogProbabilities(ModelOutputs outputs)
    {
        var p = outputs.Probabilities;
        var logs = new float[p.Length];
        for (var j = 0; j < p.Length; j++) logs[j] = MathF.Log(MathF.Max(p[j], ProbabilityFloor));
        return logs;
    }

    /// <summary>Compares <paramref name="model"/> with the base on every instance.</summary>
    /// <param name="baseLogs">LogProbabilities of the base.</param>
    public static ModelBehavior Compare(ModelOutputs baseOutputs, float[] baseLogs, ModelOutputs model, int[] labels)
    {
        var n = labels.Length;
        var k = model.Classes;
        var kl = new float[n];
        var confidenceChange = new float[n];
        var change = new CorrectnessChange[n];
        var agrees = new bool[n];
        var pb = baseOutputs.Probabilities;
        var pm = model.Probabilities;
        var basePredicted = baseOutputs.Predicted;
        var predicted = model.Predicted;
        var same = ReferenceEquals(baseOutputs, model);
        for (var i = 0; i < n; i++)
        {
            var row = i * k;
            var sum = 0f;
            // KL(base ‖ model) = Σ p_base·(ln p_base − ln p_model); a term with p_base = 0 is 0 (the limit of p ln p).
            if (!same)
                for (var c = 0; c < k; c++)
                {
                    var p = pb[row + c];
                    if (p > 0f) sum += p * (baseLogs[row + c] - MathF.Log(MathF.Max(pm[row + c], ProbabilityFloor)));
                }
            // Rounding can make a near-identical distribution's sum slightly negative; KL is never below 0.
            kl[i] = MathF.Max(sum, 0f);
            confidenceChange[i] = model.Confidence[i] - baseOutputs.Confidence[i];
            var label = labels[i];
            var baseRight = basePredicted[i] == label;
            var modelRight = predicted[i] == label;
            change[i] = baseRight ? (modelRight ? CorrectnessChange.BothRight : CorrectnessChange.Broken)
                : (modelRight ? CorrectnessChange.Fixed : CorrectnessChange.BothWrong);
            agrees[i] = predicted[i] == basePredicted[i];
        }
        return new ModelBehavior(model.ModelId, predicted, model.Confidence, kl, confidenceChange, change, agrees);
    }

    /// <summary>Per instance, how many of the behaviours (the base excluded) disagree with the base's top-1.</summary>
    public static int[] Flips(IReadOnlyList<ModelBehavior> behaviors, int instances)
    {
        var flips = new int[instances];
        for (var m = 1; m < behaviors.Count; m++)
        {
            var agrees = behaviors[m].Agrees;
            for (var i = 0; i < instances; i++)
                if (!agrees[i]) flips[i]++;
        }
        return flips;
    }
}
