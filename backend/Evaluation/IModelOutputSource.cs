// How behaviour comparison gets a model's outputs without knowing whether they were computed now,
// read from the cache or read from a precomputed file.
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation;

public interface IModelOutputSource
{
    /// <summary>The model's outputs on the spec's dataset; evaluates (and caches) them when needed.</summary>
    Task<ModelOutputs> GetOutputsAsync(ParsedSpec spec, string modelId, IWorkProgress progress, CancellationToken cancellationToken);
}
