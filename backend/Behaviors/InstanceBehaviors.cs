// Everything computed per instance for one comparison (base, models): what `behaviors/compare` aggregates and
// `behaviors/instances` pages through, kept so scrolling does not recompute.
namespace CompressCompare.Backend.Behaviors;

/// <param name="Behaviors">Base first, then the compared models in the order requested.</param>
/// <param name="Flips">Per instance, how many compared models (the base excluded) disagree with the base's top-1.</param>
public sealed record InstanceBehaviors(int[] Labels, IReadOnlyList<string> ClassNames, IReadOnlyList<ModelBehavior> Behaviors, int[] Flips)
{
    /// <summary>The dataset's task; embedding and regression fill every behaviour's Vector and <see cref="Moved"/>.</summary>
    public CompressCompare.Protocol.Spec.DatasetTask Task { get; init; }
    /// <summary>Embedding/regression: per instance, the compared models' mean relative L2 from the base (VectorKernel.Moved); null otherwise.</summary>
    public float[]? Moved { get; init; }
    /// <summary>Generation: the reference string per instance; null otherwise or when the dataset has none.</summary>
    public string[]? References { get; init; }

    public int Count => Labels.Length;

    public int IndexOf(string modelId)
    {
        for (var m = 0; m < Behaviors.Count; m++)
            if (Behaviors[m].ModelId == modelId) return m;
        return -1;
    }
}
