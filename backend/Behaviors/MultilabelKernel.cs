// The per-instance comparison of one multilabel model with the base: each class is predicted when its sigmoid
// is at or above the threshold; an instance agrees when every class does, is right when its predicted set is
// exactly the labelled one, and its Hamming fractions count the classes that differ. One pass, no allocation
// per instance.
using CompressCompare.Backend.Evaluation;
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public static class MultilabelKernel
{
    /// <summary>
    /// Compares <paramref name="model"/> (sigmoid probabilities, [instances × classes]) with the base on every
    /// instance; <paramref name="labels"/> are the 0/1 labels in the same layout.
    /// </summary>
    public static ModelBehavior Compare(ModelOutputs baseOutputs, ModelOutputs model, byte[] labels, float threshold)
    {
        var n = model.Instances;
        var k = model.Classes;
        var bits = Bits(model, threshold);
        var baseBits = ReferenceEquals(baseOutputs, model) ? bits : Bits(baseOutputs, threshold);
        var pb = baseOutputs.Probabilities;
        var pm = model.Probabilities;
        var kl = new float[n];
        var confidence = new float[n];
        var confidenceChange = new float[n];
        var change = new CorrectnessChange[n];
        var agrees = new bool[n];
        var hammingToBase = new float[n];
        var hammingLoss = new float[n];
        for (var i = 0; i < n; i++)
        {
            int row = i * k, differ = 0, wrong = 0, baseWrong = 0;
            float sum = 0, modelConfidence = 0, baseConfidence = 0;
            for (var c = 0; c < k; c++)
            {
                var j = row + c;
                if (bits[j] != baseBits[j]) differ++;
                if (bits[j] != labels[j]) wrong++;
                if (baseBits[j] != labels[j]) baseWrong++;
                sum += BernoulliKl(pb[j], pm[j]);
                modelConfidence += MathF.Max(pm[j], 1f - pm[j]);
                baseConfidence += MathF.Max(pb[j], 1f - pb[j]);
            }
            kl[i] = MathF.Max(sum, 0f);
            confidence[i] = modelConfidence / k;
            confidenceChange[i] = (modelConfidence - baseConfidence) / k;
            agrees[i] = differ == 0;
            change[i] = baseWrong == 0 ? (wrong == 0 ? CorrectnessChange.BothRight : CorrectnessChange.Broken)
                : (wrong == 0 ? CorrectnessChange.Fixed : CorrectnessChange.BothWrong);
            hammingToBase[i] = (float)differ / k;
            hammingLoss[i] = (float)wrong / k;
        }
        return new ModelBehavior(model.ModelId, model.Predicted, confidence, kl, confidenceChange, change, agrees)
        {
            Multilabel = new MultilabelChange(bits, baseBits, labels, pm, pb, k, hammingToBase, hammingLoss),
        };
    }

    /// <summary>1 where the class's probability is at or above the threshold, else 0.</summary>
    static byte[] Bits(ModelOutputs outputs, float threshold)
    {
        var p = outputs.Probabilities;
        var bits = new byte[p.Length];
        for (var j = 0; j < p.Length; j++) bits[j] = p[j] >= threshold ? (byte)1 : (byte)0;
        return bits;
    }

    /// <summary>
    /// KL(Bernoulli(p) ‖ Bernoulli(q)) in nats, probabilities floored as BehaviorKernel floors them so a class the
    /// model gives exactly 0 or 1 costs a bounded amount; a term with zero base probability is 0.
    /// </summary>
    public static float BernoulliKl(float p, float q)
    {
        const float floor = BehaviorKernel.ProbabilityFloor;
        var sum = 0f;
        if (p > 0f) sum += p * (MathF.Log(MathF.Max(p, floor)) - MathF.Log(MathF.Max(q, floor)));
        if (p < 1f) sum += (1f - p) * (MathF.Log(MathF.Max(1f - p, floor)) - MathF.Log(MathF.Max(1f - q, floor)));
        return sum;
    }
}
