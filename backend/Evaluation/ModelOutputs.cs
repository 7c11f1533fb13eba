// What one model predicted on every instance of a spec's dataset: the unit the cache stores and the
// behaviour comparison reads.
namespace CompressCompare.Backend.Evaluation;

/// <summary>
/// Per-instance outputs of one model. <paramref name="Probabilities"/> holds the softmax of each instance's
/// outputs, row-major [Instances × Classes]; <paramref name="Predicted"/> and <paramref name="Confidence"/>
/// are its argmax and max per instance.
/// </summary>
public sealed record ModelOutputs(string ModelId, int Instances, int Classes, float[] Probabilities, int[] Predicted, float[] Confidence);
