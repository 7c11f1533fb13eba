// PLACEHOLDER: replaced by the evaluation engine (evaluate CLI command, models/evaluate RPC method).
using CompressCompare.Backend.Progress;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Evaluation;

public sealed class EvaluationService(SpecService specs) : IModelOutputSource
{
    public Task<EvaluateResult> EvaluateAsync(string path, IReadOnlyList<string>? modelIds, IWorkProgress progress, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"evaluation lands next ({specs})");

    public Task<ModelOutputs> GetOutputsAsync(SpecSummary spec, string modelId, IWorkProgress progress, CancellationToken cancellationToken) =>
        throw new NotImplementedException("evaluation lands next");
}
