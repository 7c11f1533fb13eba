// One model's behaviour on every instance, compared with the base: the per-instance arrays the aggregates,
// the exemplars and the instance table all read. Struct-of-arrays so 100,000 instances cost a few flat arrays.
using CompressCompare.Protocol.Behaviors;

namespace CompressCompare.Backend.Behaviors;

public static class CorrectnessChanges
{
    public static bool IsCorrect(CorrectnessChange change) => change is CorrectnessChange.BothRight or CorrectnessChange.Fixed;
}

/// <summary>
/// Per-instance arrays of one model against the base. <see cref="Predicted"/> and <see cref="Confidence"/> are the
/// model's outputs (shared, not copied); the others are computed by <see cref="BehaviorKernel"/>.
/// </summary>
public sealed class ModelBehavior(string modelId, int[] predicted, float[] confidence, float[] kl, float[] confidenceChange,
    CorrectnessChange[] change, bool[] agrees)
{
    public string ModelId { get; } = modelId;
    public int[] Predicted { get; } = predicted;
    public float[] Confidence { get; } = confidence;
    /// <summary>KL(base ‖ model) in nats; 0 for the base itself.</summary>
    public float[] Kl { get; } = kl;
    /// <summary>This model's confidence minus the base's.</summary>
    public float[] ConfidenceChange { get; } = confidenceChange;
    public CorrectnessChange[] Change { get; } = change;
    /// <summary>Whether the top-1 prediction equals the base's.</summary>
    public bool[] Agrees { get; } = agrees;

    public bool Correct(int instance) => CorrectnessChanges.IsCorrect(Change[instance]);

    /// <summary>For embedding and regression: how the output vector moved from the base's; null for class tasks.</summary>
    public VectorChange? Vector { get; init; }

    /// <summary>For multilabel: the predicted classes and how they differ from the base's and the labels; null otherwise.</summary>
    public MultilabelChange? Multilabel { get; init; }

    /// <summary>For generated text: the strings and their token F1 to the references and to the base's; null otherwise.</summary>
    public TextChange? Text { get; init; }
}

/// <summary>One model's generated strings against the base's and the references (see GenerationKernel).</summary>
/// <param name="Texts">The model's string per instance.</param>
/// <param name="TokenF1">Token F1 to the reference per instance; null when the dataset has no references.</param>
/// <param name="TokenF1ToBase">Token F1 to the base's string per instance.</param>
public sealed record TextChange(string[] Texts, float[]? TokenF1, float[] TokenF1ToBase);

/// <summary>
/// One multilabel model against the base (see MultilabelKernel). Row-major [instances × <paramref name="Classes"/>]:
/// the predicted 0/1 of the model and of the base, the labels, and both sigmoid outputs (shared, not copied).
/// </summary>
/// <param name="HammingToBase">Per instance, the fraction of classes whose prediction differs from the base's.</param>
/// <param name="HammingLoss">Per instance, the fraction of classes predicted wrong.</param>
public sealed record MultilabelChange(byte[] Bits, byte[] BaseBits, byte[] Labels, float[] Probabilities, float[] BaseProbabilities, int Classes,
    float[] HammingToBase, float[] HammingLoss);

/// <summary>Per-instance arrays of one model's output vector against the base's (see VectorKernel).</summary>
/// <param name="Cosine">Cosine similarity with the base's output (1 for the base).</param>
/// <param name="Mse">Mean over the output's components of the squared difference from the base's.</param>
/// <param name="RelativeL2">‖model − base‖ / ‖base‖.</param>
/// <param name="LabelMse">Mean squared error to the regression label; null without labels.</param>
public sealed record VectorChange(float[] Cosine, float[] Mse, float[] RelativeL2, float[]? LabelMse);
